// communities.nearby — communities around a point, nearest first, distance in whole metres. Open to anyone
// (a new user picks their community before joining); the view holds nothing private.
import { nearbyCommunities } from '../../repos/communities'
import { defineAction } from '../define'
import { communityView } from './view'

const MAX_RESULTS = 20

export const nearby = defineAction({
  action: 'communities.nearby',
  allow: 'anyone',
  scope: 'global',
  async handler(input) {
    const found = await nearbyCommunities(input.location, input.radiusMeters, MAX_RESULTS)
    return { communities: found.map((c) => ({ ...communityView(c), distanceMeters: Math.round(c.distanceMeters) })) }
  }
})
