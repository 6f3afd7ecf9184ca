// orders.listMine — the caller's orders as a resident (theirs and those they made for family) or as a volunteer
// (dispatched to or taken by them), open ones or finished ones, newest first. One indexed query.
import { AppError } from '../../../../../src/shared/errors'
import { FINAL_STATUSES, OPEN_STATUSES } from '../../../../../src/shared/domain/order'
import { listAssigned, listOwned } from '../../repos/orders'
import { defineAction } from '../define'
import { orderView } from './view'

export const listMine = defineAction({
  action: 'orders.listMine',
  allow: ['resident', 'volunteer', 'coordinator', 'admin'],
  scope: 'self',
  async handler(input, ctx) {
    if (input.as === 'volunteer' && !ctx.user?.roles.includes('volunteer')) throw new AppError('FORBIDDEN')
    const statuses = input.open ? OPEN_STATUSES : FINAL_STATUSES
    const list = input.as === 'volunteer' ? listAssigned : listOwned
    const docs = await list(ctx.openid, statuses, input.offset, input.limit + 1)
    const items = await Promise.all(docs.slice(0, input.limit).map((o) => orderView(o, ctx)))
    return { items, hasMore: docs.length > input.limit }
  }
})
