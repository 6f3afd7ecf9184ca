// orders.accept — the volunteer a coordinator dispatched to accepts (条例 art 25: nobody is forced; they may decline).
import { notify } from '../../lib/notify'
import { ownersToNotify } from './owners'
import { defineAction } from '../define'
import { actorFor, commitMove, loadOrder } from './move'
import { orderView } from './view'

export const accept = defineAction({
  action: 'orders.accept',
  allow: ['volunteer'],
  scope: 'community',
  needs: ['order'],
  async handler(input, ctx) {
    const o = await loadOrder(input.orderId, ctx)
    const actor = actorFor(o, 'accept', ctx)
    const moved = await commitMove(o, 'accept', actor, ctx, { acceptedAt: ctx.now }, null, { volunteerOpenid: ctx.openid })
    await notify(await ownersToNotify(moved), 'accepted', moved, ctx.now)
    return orderView(moved, ctx)
  }
})
