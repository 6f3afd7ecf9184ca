// orders.dispatch — a coordinator sends a pending order to one eligible volunteer (usually the top candidate),
// who then accepts or declines. Conditional on the order still being pending.
import { defineAction } from '../define'
import { assignTo } from './assignTo'

export const dispatch = defineAction({
  action: 'orders.dispatch',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  needs: ['order', 'assignee'],
  handler: (input, ctx) => assignTo('dispatch', input.orderId, input.volunteerId, ctx, null)
})
