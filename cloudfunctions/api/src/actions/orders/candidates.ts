// orders.candidates — for a coordinator: eligible volunteers ranked by distance, load, rating and reliability
// (src/shared/domain/order/ranking.ts), each with the reasons. Only those dispatch would accept: eligible, and not
// kept out by the exclusion rule (the resident, those who declined or withdrew). Round trips: caller with the order
// joined (router), candidates (1).
import { SERVICE_CATEGORIES } from '../../../../../src/shared/contracts'
import { excludedFrom, rankCandidate, reliabilityOf } from '../../../../../src/shared/domain/order'
import { shanghaiDay } from '../../../../../src/shared/time'
import { _ } from '../../lib/cloud'
import { toGeoPoint, toLocation } from '../../lib/geo'
import { assertSameCommunity } from '../../lib/scope'
import { nearestCandidates } from '../../repos/candidates'
import type { OrderDoc } from '../../repos/orders'
import { defineAction } from '../define'
import { loadOrder } from './move'

export const candidates = defineAction({
  action: 'orders.candidates',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  needs: ['order'],
  async handler(input, ctx) {
    const o = await loadOrder(input.orderId, ctx)
    assertSameCommunity(ctx, o.communityId)
    const { people, closed } = excludedFrom(o, 'dispatch')
    if (closed) return { orderId: o._id, candidates: [] }
    const found = await nearestCandidates(toGeoPoint(toLocation(o.location)!), volunteerFilter(o, people, ctx.now), 30)
    const ranked = found.map((c) => {
      const s = c.stats ?? { completed: 0, withdrawn: 0, ratingSum: 0, ratingCount: 0 }
      const facts = {
        distanceMeters: c.distanceMeters,
        load: c.openOrders.length,
        ratingAvg: s.ratingCount ? s.ratingSum / s.ratingCount : null,
        ratingCount: s.ratingCount,
        completed: s.completed,
        withdrawn: s.withdrawn
      }
      const { score, reasons } = rankCandidate(facts)
      return {
        volunteerId: c._id,
        name: c.realName,
        volunteerNo: c.volunteerNo,
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
    return { orderId: o._id, candidates: ranked.sort((a, b) => b.score - a.score) }
  }
})

/** Eligibility (eligibility.ts) as a filter on volunteers — all skills, age, insurance — leaving out `excluded`. */
function volunteerFilter(o: OrderDoc, excluded: string[], now: Date): Record<string, unknown> {
  const [y, m, d] = shanghaiDay(now).split('-')
  return {
    communityId: o.communityId,
    status: 'approved',
    ...(o.skillsNeeded.length ? { skills: _.all(o.skillsNeeded.filter((s) => SERVICE_CATEGORIES.includes(s))) } : {}),
    birthDate: _.lte(`${Number(y) - o.minAge}-${m}-${d}`),
    ...(o.needsInsurance ? { insuredUntil: _.gte(now) } : {}),
    openid: _.nin(excluded) // the exclusion rule (exclusion.ts): the resident, those who declined or withdrew
  }
}
