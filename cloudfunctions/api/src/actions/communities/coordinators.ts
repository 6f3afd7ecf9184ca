// communities.coordinators — who coordinates a community, for those who manage it (a platform admin, its street's
// admin, its own coordinators: lib/managed.ts). Nickname and avatar only: phones stay with their owners.
// Round trips: caller, community (1), coordinators (1, index community_roles).
import { managedCommunity } from '../../lib/managed'
import { coordinatorsOf } from '../../repos/users'
import { defineAction } from '../define'

export const coordinators = defineAction({
  action: 'communities.coordinators',
  allow: ['admin', 'street_admin', 'coordinator'],
  scope: 'street',
  async handler(input, ctx) {
    const community = await managedCommunity(ctx, input.communityId)
    const found = await coordinatorsOf(community._id)
    return { coordinators: found.map((u) => ({ userId: u._id, nickname: u.nickname, avatarUrl: u.avatarUrl ?? null })) }
  }
})
