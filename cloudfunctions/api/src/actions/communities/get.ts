// communities.get — the community as its edit form shows it, for those who manage it (lib/managed.ts: a platform
// admin, its street's admin, its own coordinators; FORBIDDEN otherwise). Round trips: caller, community (1).
import { managedCommunity } from '../../lib/managed'
import { defineAction } from '../define'
import { communityDetail, editsIdentity } from './detail'

export const get = defineAction({
  action: 'communities.get',
  allow: ['admin', 'street_admin', 'coordinator'],
  scope: 'street',
  async handler(input, ctx) {
    const community = await managedCommunity(ctx, input.communityId)
    return communityDetail(community, editsIdentity(ctx, community))
  }
})
