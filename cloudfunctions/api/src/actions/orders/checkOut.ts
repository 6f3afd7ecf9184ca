// orders.checkOut — service ends. Served minutes = check-out − check-in (travel excluded, 民函〔2012〕340号),
// rounded by the community's rule; the resident has the community's timeout (default 72 h) to confirm.
import { autoConfirmAt, orderRulesOf, servedMinutes } from '../../../../../src/shared/domain/order'
import { defineAction } from '../define'
import { actorFor, commitMove, loadOrder } from './move'
import { orderView } from './view'

export const checkOut = defineAction({
  action: 'orders.checkOut',
  allow: ['volunteer'],
  scope: 'community',
  needs: ['order'],
  async handler(input, ctx) {
    const o = await loadOrder(input.orderId, ctx)
    const actor = actorFor(o, 'checkOut', ctx)
    const rules = orderRulesOf(ctx.community?.orderRules)
    const minutes = servedMinutes(o.checkInAt ?? ctx.now, ctx.now, rules.rounding)
    const patch = { checkOutAt: ctx.now, servedMinutes: minutes, finalMinutes: minutes, autoConfirmAt: autoConfirmAt(ctx.now, rules) }
    const moved = await commitMove(o, 'checkOut', actor, ctx, patch, input.note ?? null, { volunteerOpenid: ctx.openid })
    return orderView(moved, ctx)
  }
})
