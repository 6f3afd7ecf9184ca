// orders.dispute — the resident or the volunteer disagrees (e.g. with the minutes) after check-out or after
// completion; a coordinator of the community resolves it.
import { assertTextSafe } from '../../lib/contentCheck'
import { defineAction } from '../define'
import { actorFor, commitMove, loadOrder } from './move'
import { auditOnBehalf } from './onBehalf'
import { orderView } from './view'

export const dispute = defineAction({
  action: 'orders.dispute',
  allow: ['resident', 'volunteer'],
  scope: 'self',
  needs: ['order'],
  async handler(input, ctx) {
    const o = await loadOrder(input.orderId, ctx)
    const actor = actorFor(o, 'dispute', ctx)
    await assertTextSafe(ctx.openid, { reason: input.reason })
    const dispute = { reason: input.reason, byOpenid: ctx.openid, at: ctx.now, resolution: null, minutes: null, resolvedBy: null }
    const moved = await commitMove(o, 'dispute', actor, ctx, { dispute }, input.reason)
    if (actor === 'owner') await auditOnBehalf('orders.dispute', o, moved, ctx, { reason: input.reason })
    return orderView(moved, ctx)
  }
})
