// teams.saveKinds — a coordinator saves the community's team kinds as one list: rename (same key), add (key null:
// a new key from the label, so a retried save adds it once), retire or restore. Existing kinds are never dropped,
// so every team keeps a label (domain/teams.ts teamKindsProblems). Conditional on the kinds' version the router
// read with the community: two coordinators saving at once — the second gets CONFLICT. Saving the same list
// changes nothing and audits nothing.
import { createHash } from 'crypto'
import { AppError } from '../../../../../src/shared/errors'
import { teamKindsOf, teamKindsProblems, type TeamKind } from '../../../../../src/shared/domain/teams'
import { callerCommunity } from '../../lib/scope'
import { recordAudit } from '../../repos/audit'
import { setTeamKinds } from '../../repos/teams'
import { defineAction } from '../define'

const keyFor = (label: string) => `k-${createHash('sha256').update(label).digest('hex').slice(0, 10)}`

export const saveKinds = defineAction({
  action: 'teams.saveKinds',
  allow: ['coordinator'],
  scope: 'community',
  async handler(input, ctx) {
    const communityId = callerCommunity(ctx)
    const current = teamKindsOf(ctx.community?.teamKinds)
    // A new kind whose label an existing kind already has is that kind (a replayed add), not a second one.
    const known = input.kinds.map((k) => ({ ...k, key: k.key ?? current.find((c) => c.label === k.label)?.key ?? null }))
    const problems = teamKindsProblems(current, known)
    if (Object.keys(problems).length) throw new AppError('BAD_INPUT', problems)
    const next: TeamKind[] = known.map((k) => ({ key: k.key ?? keyFor(k.label), label: k.label, retired: k.retired }))
    if (JSON.stringify(next) === JSON.stringify(current)) return { kinds: current }
    if (!(await setTeamKinds(communityId, ctx.community?.teamKindsVersion ?? 0, next, ctx.now))) throw new AppError('CONFLICT')
    const audit = { actorOpenid: ctx.openid, communityId, action: 'teams.saveKinds', targetType: 'community', targetId: communityId, requestId: ctx.requestId }
    await recordAudit({ ...audit, before: { teamKinds: current }, after: { teamKinds: next } }, ctx.now)
    return { kinds: next }
  }
})
