// stations.nearby — any member: stations around a point (by default the caller's community), nearest first, with
// the distance in 10 m steps and whether each is open now (China time). Stations are public places, so this is
// not limited to the caller's own community (the nearest station may be the next community's); the view holds
// only public fields. One $geoNear round trip (location_geo).
import { AppError } from '../../../../../src/shared/errors'
import { toGeoPoint, toLocation } from '../../lib/geo'
import { stationsNear } from '../../repos/stations'
import { defineAction } from '../define'
import { stationPublicView } from './view'

const MAX_RESULTS = 50

export const nearby = defineAction({
  action: 'stations.nearby',
  allow: ['resident', 'volunteer', 'coordinator', 'admin'],
  scope: 'global',
  async handler(input, ctx) {
    const center = input.location ?? toLocation(ctx.community?.location)
    if (!center) throw new AppError('NOT_IN_COMMUNITY')
    const found = await stationsNear(toGeoPoint(center), input.radiusMeters, MAX_RESULTS)
    return { center, stations: found.map((s) => ({ ...stationPublicView(s, ctx.now, ctx), distanceMeters: Math.round(s.distanceMeters / 10) * 10 })) }
  }
})
