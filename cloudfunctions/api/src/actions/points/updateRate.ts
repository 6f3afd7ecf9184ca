// points.updateRate — a coordinator (or an admin, for the community they belong to) sets how many 爱心积分 one
// served hour earns. It applies to service recorded from now on: a record keeps the rate it first earned at, so
// a later correction of it is priced as before (repos/points.ts). Audited.
import { callerCommunity } from '../../lib/scope'
import { recordAudit } from '../../repos/audit'
import { readPointsRate, setPointsRate } from '../../repos/points'
import { defineAction } from '../define'

export const updateRate = defineAction({
  action: 'points.updateRate',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const communityId = callerCommunity(ctx)
    const before = await readPointsRate(communityId)
    if (before === input.pointsPerHour) return { pointsPerHour: before }
    await setPointsRate(communityId, input.pointsPerHour, ctx.now)
    await recordAudit(
      {
        actorOpenid: ctx.openid,
        communityId,
        action: 'points.updateRate',
        targetType: 'community',
        targetId: communityId,
        requestId: ctx.requestId,
        before: { pointsPerHour: before },
        after: { pointsPerHour: input.pointsPerHour }
      },
      ctx.now
    )
    return { pointsPerHour: input.pointsPerHour }
  }
})
