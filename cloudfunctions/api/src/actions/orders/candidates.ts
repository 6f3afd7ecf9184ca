// orders.candidates — for a coordinator: eligible volunteers ranked by distance, load, rating and reliability
// (src/shared/domain/order/ranking.ts), each with the reasons. Only those dispatch would accept: eligible, and not
// kept out by the exclusion rule (the resident, those who declined or withdrew). Round trips: caller with the order
// joined (router), candidates (1). An order escalated to its street (街道): its street admin (or an admin) gets the
// volunteers of every community of the street, as dispatch would accept them (streetDispatch.ts), one read more.
import { excludedFrom, isAvailable, rankCandidate, reliabilityOf } from '../../../../../src/shared/domain/order'
import { NOT_SERVING_LIFECYCLES } from '../../../../../src/shared/domain/volunteerLifecycle'
import { shanghaiDay } from '../../../../../src/shared/time'
import { _ } from '../../lib/cloud'
import { toGeoPoint, toLocation } from '../../lib/geo'
import { assertManages } from '../../lib/scope'
import { nearestCandidates } from '../../repos/candidates'
import type { OrderDoc } from '../../repos/orders'
import { defineAction } from '../define'
import { loadOrder } from './move'
import { membersFirst } from './teamFirst'
import { communitiesOfStreet } from '../../repos/communities'
import { isStreetDispatch } from './streetDispatch'

export const candidates = defineAction({
  action: 'orders.candidates',
  allow: ['coordinator', 'admin', 'street_admin'],
  scope: 'community',
  needs: ['order'],
  async handler(input, ctx) {
    const o = await loadOrder(input.orderId, ctx)
    const viaStreet = isStreetDispatch(o, ctx)
    if (!viaStreet) assertManages(ctx, { _id: o.communityId }) // managing it, not living there
    // At the street level each candidate says which community they serve in (the street admin picks across them).
    const streetNames = viaStreet ? new Map((await communitiesOfStreet(o.streetId!)).map((c) => [c._id, c.name])) : null
    const communities = streetNames ? [...streetNames.keys()] : [o.communityId]
    const { people, closed } = excludedFrom(o, 'dispatch')
    if (closed) return { orderId: o._id, candidates: [] }
    const found = await nearestCandidates(toGeoPoint(toLocation(o.location)!), volunteerFilter(o, communities, people, ctx.now), 30)
    const ranked = found.map((c) => {
      const s = c.stats ?? { completed: 0, withdrawn: 0, ratingSum: 0, ratingCount: 0 }
      const facts = {
        distanceMeters: c.distanceMeters,
        load: c.openOrders.length,
        ratingAvg: s.ratingCount ? s.ratingSum / s.ratingCount : null,
        ratingCount: s.ratingCount,
        completed: s.completed,
        withdrawn: s.withdrawn,
        available: isAvailable(c.availability, o.windowStart, o.windowEnd)
      }
      const { score, reasons } = rankCandidate(facts)
      return {
        volunteerId: c._id,
        name: c.realName,
        volunteerNo: c.volunteerNo,
        communityName: streetNames?.get(c.communityId) ?? null,
        distanceMeters: Math.round(c.distanceMeters),
        load: facts.load,
        rating: facts.ratingAvg,
        completed: s.completed,
        reliability: reliabilityOf(s),
        score,
        reasons,
        eligible: true
      }
    })
    // Team first (teamFirst.ts): members of a team serving the category lead; the coordinator may still pick anyone.
    const openidOf = new Map(found.map((c) => [c._id, c.openid]))
    return {
      orderId: o._id,
      candidates: await membersFirst(
        o,
        ctx.community,
        ranked.sort((a, b) => b.score - a.score),
        openidOf
      )
    }
  }
})

/** Eligibility (eligibility.ts) as a filter on volunteers of `communities` — active, all skills, age, insurance — leaving out `excluded`. */
function volunteerFilter(o: OrderDoc, communities: string[], excluded: string[], now: Date): Record<string, unknown> {
  const [y, m, d] = shanghaiDay(now).split('-')
  return {
    communityId: communities.length === 1 ? communities[0] : _.in(communities),
    status: 'approved',
    lifecycle: _.nin([...NOT_SERVING_LIFECYCLES]), // only active volunteers (a missing field is active)
    ...(o.skillsNeeded.length ? { skills: _.all(o.skillsNeeded) } : {}),
    birthDate: _.lte(`${Number(y) - o.minAge}-${m}-${d}`),
    ...(o.needsInsurance ? { insuredUntil: _.gte(now) } : {}),
    openid: _.nin(excluded) // the exclusion rule (exclusion.ts): the resident, those who declined or withdrew
  }
}
