// orders.dispatch — a coordinator sends a pending order to one eligible volunteer (usually the top candidate),
// who then accepts or declines. Conditional on the order still being pending. A street admin dispatches only
// orders escalated to their street, to a volunteer of any of its communities (streetDispatch.ts).
import { defineAction } from '../define'
import { assignTo } from './assignTo'

export const dispatch = defineAction({
  action: 'orders.dispatch',
  allow: ['coordinator', 'admin', 'street_admin'],
  scope: 'community',
  needs: ['order', 'assignee'],
  handler: (input, ctx) => assignTo('dispatch', input.orderId, input.volunteerId, ctx, null)
})
