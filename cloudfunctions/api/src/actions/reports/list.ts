// reports.list — mine (filed by me), assigned (dispatched to me), or the community's by status (coordinators and
// admins; an admin lists the community they belong to). One indexed query each.
import { AppError } from '../../../../../src/shared/errors'
import { callerCommunity } from '../../lib/scope'
import { listAssignedTo, listFiledBy, listOfCommunity } from '../../repos/reports'
import { defineAction } from '../define'
import { reportView } from './view'

export const list = defineAction({
  action: 'reports.list',
  allow: ['resident', 'volunteer', 'coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const roles = ctx.user?.roles ?? []
    const page = { offset: input.offset, limit: input.limit + 1 }
    let docs
    if (input.as === 'community') {
      if (!roles.includes('coordinator') && !roles.includes('admin')) throw new AppError('FORBIDDEN')
      docs = await listOfCommunity(callerCommunity(ctx), input.status, page.offset, page.limit)
    } else if (input.as === 'assigned') {
      docs = await listAssignedTo(ctx.openid, input.status, page.offset, page.limit)
    } else {
      docs = await listFiledBy(ctx.openid, input.status, page.offset, page.limit)
    }
    const items = await Promise.all(docs.slice(0, input.limit).map((r) => reportView(r, ctx)))
    return { items, hasMore: docs.length > input.limit }
  }
})
