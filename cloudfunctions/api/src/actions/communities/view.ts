import type * as z from '../../../../../src/shared/zod'
import type { CommunityView } from '../../../../../src/shared/contracts'
import type { CommunityDoc } from '../../repos/communities'

export function communityView(c: CommunityDoc): z.infer<typeof CommunityView> {
  return { id: c._id, name: c.name, code: c.code, address: c.address ?? '' }
}
