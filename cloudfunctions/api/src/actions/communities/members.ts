// communities.members — find the member to appoint as coordinator by nickname (any part, any case), for a platform
// admin or the community's street admin (detail.ts administeredCommunity). At most 20, each saying whether they
// already coordinate. Nickname and avatar only. Round trips: caller, community (1), search (1, community_roles).
import { membersNamed } from '../../repos/users'
import { defineAction } from '../define'
import { administeredCommunity } from './detail'

const MAX_RESULTS = 20

export const members = defineAction({
  action: 'communities.members',
  allow: ['admin', 'street_admin'],
  scope: 'street',
  async handler(input, ctx) {
    const community = await administeredCommunity(ctx, input.communityId)
    const found = await membersNamed(community._id, input.query, MAX_RESULTS)
    return {
      members: found.map((u) => ({ userId: u._id, nickname: u.nickname, avatarUrl: u.avatarUrl ?? null, isCoordinator: u.roles.includes('coordinator') }))
    }
  }
})
