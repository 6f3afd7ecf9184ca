// orders.get — one order as this caller may see it. Someone with no standing toward the order (not its resident,
// its volunteer, an eligible volunteer while it is in the pool, or its community's coordinator) learns nothing.
import { AppError } from '../../../../../src/shared/errors'
import { defineAction } from '../define'
import { loadOrder } from './move'
import { orderView, relationsOf } from './view'

export const get = defineAction({
  action: 'orders.get',
  allow: ['resident', 'volunteer', 'coordinator', 'admin'],
  scope: 'self',
  needs: ['order'],
  async handler(input, ctx) {
    const o = await loadOrder(input.orderId, ctx)
    if (relationsOf(o, ctx).length === 0) throw new AppError('NOT_YOUR_ORDER')
    return orderView(o, ctx)
  }
})
