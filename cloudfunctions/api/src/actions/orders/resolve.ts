// orders.resolve — a coordinator rules on a dispute, setting the minutes that count, with a reason. The ruling
// is on the order's timeline and in the audit log (who, before, after).
import { assertSameCommunity } from '../../lib/scope'
import { defineAction } from '../define'
import { recordAudit } from '../../repos/audit'
import { actorFor, commitMove, loadOrder } from './move'
import { communityOf } from './communityOf'
import { correctSettlement, settleOrder } from './settle'
import { orderView } from './view'

export const resolve = defineAction({
  action: 'orders.resolve',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  needs: ['order'],
  async handler(input, ctx) {
    const o = await loadOrder(input.orderId, ctx)
    assertSameCommunity(ctx, o.communityId)
    const actor = actorFor(o, 'resolve', ctx)
    const community = await communityOf(o, ctx)
    // Already paid (disputed after completion): correct the ledger FIRST, so a correction the ledger refuses
    // (the volunteer already spent the hours) leaves the dispute open instead of half-applied.
    if (o.settledAt && o.settledMinutes !== input.minutes) await correctSettlement(o, community, input.minutes, ctx.now)
    const dispute = { ...(o.dispute ?? { reason: '', byOpenid: '', at: ctx.now }), resolution: input.reason, minutes: input.minutes, resolvedBy: ctx.openid }
    const moved = await commitMove(o, 'resolve', actor, ctx, { dispute, finalMinutes: input.minutes }, `${input.minutes}分钟：${input.reason}`)
    await settleOrder(moved, community, ctx.now)
    await recordAudit(
      {
        actorOpenid: ctx.openid,
        communityId: o.communityId,
        action: 'orders.resolve',
        targetType: 'order',
        targetId: o._id,
        requestId: ctx.requestId,
        before: { finalMinutes: o.finalMinutes },
        after: { finalMinutes: input.minutes, reason: input.reason }
      },
      ctx.now
    )
    return orderView(moved, ctx)
  }
})
