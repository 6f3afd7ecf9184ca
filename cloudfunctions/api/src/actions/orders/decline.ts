// orders.decline — the dispatched volunteer says no, with a reason; the order goes back to 待派单 and is not
// offered to them again. Its SLA clock keeps running from submission (the resident is still waiting).
import { assertTextSafe } from '../../lib/contentCheck'
import { defineAction } from '../define'
import { actorFor, commitMove, loadOrder } from './move'
import { orderView } from './view'

export const decline = defineAction({
  action: 'orders.decline',
  allow: ['volunteer'],
  scope: 'community',
  needs: ['order'],
  async handler(input, ctx) {
    const o = await loadOrder(input.orderId, ctx)
    const actor = actorFor(o, 'decline', ctx)
    await assertTextSafe(ctx.openid, { reason: input.reason }) // shown to the resident and coordinators
    const patch = { volunteerOpenid: null, volunteerId: null, volunteerName: null, volunteerNo: null, declinedBy: [...o.declinedBy, ctx.openid] }
    const moved = await commitMove(o, 'decline', actor, ctx, patch, input.reason, { volunteerOpenid: ctx.openid })
    return orderView(moved, ctx)
  }
})
