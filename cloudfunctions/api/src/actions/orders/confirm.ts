// orders.confirm — the resident (or their family proxy) confirms the service and rates it 1–5 with tags.
// The comment goes through content security. Then the hours are paid and the service recorded (settle.ts).
import { assertTextSafe } from '../../lib/contentCheck'
import { notify } from '../../lib/notify'
import { defineAction } from '../define'
import { communityOf } from './communityOf'
import { settleOrder } from './settle'
import { actorFor, commitMove, loadOrder } from './move'
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
    await settleOrder(moved, await communityOf(moved, ctx), ctx.now) // hours paid and recorded (replay-safe)
    await notify([moved.volunteerOpenid], 'completed', moved, ctx.now)
    return orderView(moved, ctx)
  }
})
