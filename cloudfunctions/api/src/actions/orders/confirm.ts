// orders.confirm — the resident (or their family proxy) confirms the service and rates it 1–5 with tags.
// The comment goes through content security. The move is the whole request (caller with the order, move, 工作台
// bump: 3 round trips); the hours are paid and the service recorded by the settle worker within seconds
// (cloudfunctions/settle, actions/orders/settle.ts), which finds every completed order not yet settled. Until then
// the order's view says 时长结算中 (`settling`).
import { assertTextSafe } from '../../lib/contentCheck'
import { notify } from '../../lib/notify'
import { defineAction } from '../define'
import { actorFor, commitMove, loadOrder } from './move'
import { auditOnBehalf } from './onBehalf'
import { orderView } from './view'

export const confirm = defineAction({
  action: 'orders.confirm',
  allow: ['resident'],
  scope: 'self',
  needs: ['order'],
  async handler(input, ctx) {
    const o = await loadOrder(input.orderId, ctx)
    const actor = actorFor(o, 'confirm', ctx)
    await assertTextSafe(ctx.openid, { comment: input.comment })
    const rating = { stars: input.stars, tags: input.tags, comment: input.comment || null, at: ctx.now }
    const moved = await commitMove(o, 'confirm', actor, ctx, { rating }, `${input.stars}星`)
    await auditOnBehalf('orders.confirm', o, moved, ctx, { stars: input.stars })
    await notify([moved.volunteerOpenid], 'completed', moved, ctx.now)
    return orderView(moved, ctx)
  }
})
