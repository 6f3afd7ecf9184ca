// orders.reassign — a coordinator moves a dispatched or accepted order to another volunteer, with a reason
// (e.g. the first one fell ill). Conditional on the order still being with the volunteer read.
import { defineAction } from '../define'
import { assignTo } from './assignTo'

export const reassign = defineAction({
  action: 'orders.reassign',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  needs: ['order', 'assignee'],
  handler: (input, ctx) => assignTo('reassign', input.orderId, input.volunteerId, ctx, input.reason)
})
