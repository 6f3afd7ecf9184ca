import type * as z from '../../../../../src/shared/zod'
import type { TeamView } from '../../../../../src/shared/contracts'
import type { TeamDoc } from '../../repos/teams'

export function teamView(t: TeamDoc, joined: boolean): z.infer<typeof TeamView> {
  return { id: t._id, name: t.name, kind: t.kind, slogan: t.slogan, memberCount: t.memberCount, joined }
}
