// volunteers.list — the coordinator's review list: their own community only, newest first, filtered by status
// and skill (index community_status_created).
import { callerCommunity } from '../../lib/scope'
import { listVolunteers } from '../../repos/volunteers'
import { defineAction } from '../define'
import { adminView } from './views'

export const list = defineAction({
  action: 'volunteers.list',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const rows = await listVolunteers({
      communityId: callerCommunity(ctx),
      status: input.status,
      skill: input.skill,
      offset: input.offset,
      limit: input.limit + 1
    })
    return { items: rows.slice(0, input.limit).map((v) => adminView(v, ctx.now)), hasMore: rows.length > input.limit }
  }
})
