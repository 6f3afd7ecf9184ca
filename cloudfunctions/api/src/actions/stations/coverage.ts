// stations.coverage — the 10-minute service circle for a coordinator (admin): which residents' addresses of the
// community lie farther than 800 m from every station in service, farthest first, with the distance to the nearest.
// Planning needs where, not who: each item shows the resident's label (家…), the street only (number, building and
// room dropped) and a masked contact name; never a phone number or the full address.
// Round trips: the router's caller read, the open stations (one indexed read), the community's addresses
// (⌈members/500⌉ aggregate round trips, see repos/stations.addressesOfCommunity).
import { areaOf, coverageOf, coveredShare, maskName, WALK_CIRCLE_METERS, type Point } from '../../../../../src/shared/domain/stations'
import { distanceMeters, toLocation } from '../../lib/geo'
import { addressesOfCommunity, openStationsOf } from '../../repos/stations'
import { defineAction } from '../define'
import { managedCommunity } from './view'

export const coverage = defineAction({
  action: 'stations.coverage',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const communityId = managedCommunity(ctx, input.communityId)
    const [open, book] = await Promise.all([openStationsOf(communityId), addressesOfCommunity(communityId)])
    const points = open.map((s) => toLocation(s.location)).filter((p): p is Point => p !== null)
    const named = open.filter((s) => toLocation(s.location) !== null)
    const result = coverageOf(
      book.addresses.map((a) => ({ address: a, location: toLocation(a.location) })),
      points,
      distanceMeters,
      WALK_CIRCLE_METERS
    )
    const uncovered = result.uncovered.slice(0, input.limit).map((u) => ({
      addressId: u.address._id,
      label: u.address.label,
      area: areaOf(u.address.detail),
      residentName: maskName(u.address.contactName),
      nearestMeters: u.nearestMeters === null ? null : Math.round(u.nearestMeters / 10) * 10,
      nearestStation: u.nearestIndex === null ? null : named[u.nearestIndex].name
    }))
    return {
      communityId,
      radiusMeters: WALK_CIRCLE_METERS,
      openStations: points.length,
      located: result.covered + result.uncovered.length,
      covered: result.covered,
      uncoveredCount: result.uncovered.length,
      unlocated: result.unlocated,
      coveredShare: coveredShare(result.covered, result.uncovered.length),
      uncovered,
      hasMore: result.uncovered.length > input.limit,
      complete: book.complete
    }
  }
})
