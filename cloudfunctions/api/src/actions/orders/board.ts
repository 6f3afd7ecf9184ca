// orders.board — 调度台: every open order of the coordinator's community with its SLA clock, escalated and
// overdue ones first — and before all of them, orders recorded for a priority-tagged beneficiary (独居, 高龄, 残疾,
// 留守儿童, 低保: domain/beneficiaries.ts), which the issue asks to be served first. One indexed query
// (community_status_created), bounded.
import { OPEN_STATUSES, orderCategoryLabel, UNASSIGNED_STATUSES, UNSERVED_STATUSES } from '../../../../../src/shared/domain/order'
import { toUtcIso } from '../../../../../src/shared/time'
import { managedCommunity } from '../../lib/managed'
import { listByStatus, type OrderDoc } from '../../repos/orders'
import { defineAction } from '../define'

const MAX = 300

/** Overdue: the window has ended and the volunteer has not finished (or nobody has it yet). */
const isOverdue = (o: OrderDoc, now: Date) => UNSERVED_STATUSES.includes(o.status) && o.windowEnd.getTime() < now.getTime()

export const board = defineAction({
  action: 'orders.board',
  allow: ['coordinator', 'admin', 'street_admin'],
  scope: 'community',
  async handler(input, ctx) {
    // The caller's own community, or one named: a street admin's must be in their street (lib/managed.ts).
    const community = await managedCommunity(ctx, input.communityId)
    const docs = await listByStatus(community._id, OPEN_STATUSES, MAX)
    const items = docs.map((o) => {
      const unassigned = UNASSIGNED_STATUSES.includes(o.status)
      return {
        id: o._id,
        shortNo: o.shortNo,
        category: o.category,
        categoryLabel: orderCategoryLabel(o, community.catalog),
        urgency: o.urgency,
        status: o.status,
        area: o.area,
        beneficiaryName: o.beneficiaryName,
        priority: o.priority === true,
        createdAt: toUtcIso(o.createdAt),
        slaDueAt: toUtcIso(o.slaDueAt),
        escalated: o.escalated,
        windowStart: toUtcIso(o.windowStart),
        windowEnd: toUtcIso(o.windowEnd),
        volunteer: o.volunteerName ? { name: o.volunteerName, volunteerNo: o.volunteerNo } : null,
        slaMinutesLeft: unassigned ? Math.floor((o.slaDueAt.getTime() - ctx.now.getTime()) / 60000) : null,
        overdue: isOverdue(o, ctx.now),
        streetEscalated: o.streetEscalated === true
      }
    })
    const weight = (i: (typeof items)[number]) => (i.escalated ? 0 : i.overdue ? 1 : i.status === 'disputed' ? 2 : i.slaMinutesLeft !== null ? 3 : 4)
    items.sort((a, b) => Number(b.priority) - Number(a.priority) || weight(a) - weight(b) || a.slaDueAt.localeCompare(b.slaDueAt))
    const count = (f: (i: (typeof items)[number]) => boolean) => items.filter(f).length
    const counts = {
      pending: count((i) => i.status === 'pending'),
      escalated: count((i) => i.escalated && i.slaMinutesLeft !== null),
      overdue: count((i) => i.overdue),
      in_service: count((i) => i.status === 'in_service'),
      awaiting_confirmation: count((i) => i.status === 'awaiting_confirmation'),
      disputed: count((i) => i.status === 'disputed')
    }
    return { counts, items, now: toUtcIso(ctx.now) }
  }
})
