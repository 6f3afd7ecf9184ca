// orders.pool — 抢单大厅: pending orders of the volunteer's community that they are eligible for (skills, age,
// insurance; not ones they declined), nearest first from where they are (or their registered service location).
// Only street-level area and distance are shown (条例 art 21). Round trips: caller (router) + one query.
import { AppError } from '../../../../../src/shared/errors'
import { lifecycleOf } from '../../../../../src/shared/domain/volunteerLifecycle'
import { toGeoPoint, toLocation } from '../../lib/geo'
import { pendingNear, pendingOldest } from '../../repos/orders'
import { defineAction } from '../define'
import { activeVolunteer, eligibleOrderFilter } from './eligible'
import { teamFirstCondition } from './teamFirst'
import { orderView } from './view'

export const pool = defineAction({
  action: 'orders.pool',
  allow: ['volunteer'],
  scope: 'community',
  async handler(input, ctx) {
    const v = activeVolunteer(ctx)
    if (!v) throw new AppError('FORBIDDEN')
    // Paused, suspended, revoked or left (volunteerLifecycle.ts): offered nothing; grab refuses with the reason.
    if (lifecycleOf(v) !== 'active') return { items: [], located: false }
    const filter = eligibleOrderFilter(v, ctx.now, ctx.community?.catalog)
    const teamFirst = await teamFirstCondition(ctx) // orders reserved for a team the caller is not in (teamFirst.ts)
    // The record came through $lookup, so its point is raw GeoJSON: normalise before handing it to geoNear.
    const at = input.location ?? toLocation(v.serviceLocation)
    if (!at) {
      const docs = await pendingOldest(filter, input.limit, teamFirst)
      return { items: await Promise.all(docs.map((o) => orderView(o, ctx))), located: false }
    }
    const near = await pendingNear(toGeoPoint(at), input.radiusMeters, filter, input.limit, teamFirst)
    return { items: await Promise.all(near.map((o) => orderView(o, ctx, { distanceMeters: o.distanceMeters }))), located: true }
  }
})
