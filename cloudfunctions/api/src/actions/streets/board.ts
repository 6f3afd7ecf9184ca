// streets.board — 街道调度: the orders escalated to the street (nobody took them within the community's SLA, then
// the street's) and still waiting, across its communities, oldest first. Each carries its community and the
// street-level area only — never the address, phone or photos (条例 art 21: the street admin dispatches, the
// volunteer serves). Dispatching is orders.candidates + orders.dispatch, which accept a street admin exactly for
// these orders (orders/streetDispatch.ts). Round trips: the street (1), its communities (1), the orders (1).
import { orderCategoryLabel } from '../../../../../src/shared/domain/order'
import { toUtcIso } from '../../../../../src/shared/time'
import { targetStreet } from '../../lib/targetStreet'
import { communitiesOfStreet } from '../../repos/communities'
import { streetEscalatedOpen } from '../../repos/streetOrders'
import { defineAction } from '../define'

export const board = defineAction({
  action: 'streets.board',
  allow: ['admin', 'street_admin'],
  scope: 'street',
  async handler(input, ctx) {
    const street = await targetStreet(ctx, input.streetId)
    const [list, docs] = await Promise.all([communitiesOfStreet(street._id), streetEscalatedOpen(street._id)])
    const names = new Map(list.map((c) => [c._id, c.name]))
    // An order moved to another street keeps the street it escalated to (its streetId): it stays this street's.
    const items = docs.map((o) => ({
      id: o._id,
      shortNo: o.shortNo,
      communityId: o.communityId,
      communityName: names.get(o.communityId) ?? '其他社区',
      category: o.category,
      categoryLabel: orderCategoryLabel(o),
      description: o.description,
      urgency: o.urgency,
      status: o.status,
      area: o.area,
      createdAt: toUtcIso(o.createdAt),
      windowStart: toUtcIso(o.windowStart),
      windowEnd: toUtcIso(o.windowEnd),
      streetEscalatedAt: o.streetEscalatedAt ? toUtcIso(o.streetEscalatedAt) : null,
      volunteer: o.volunteerName ? { name: o.volunteerName, volunteerNo: o.volunteerNo } : null
    }))
    // Waiting for a dispatch first (pending), then those dispatched and not yet accepted; oldest first within each.
    items.sort((a, b) => Number(a.status !== 'pending') - Number(b.status !== 'pending'))
    return { streetId: street._id, streetName: street.name, items, now: toUtcIso(ctx.now) }
  }
})
