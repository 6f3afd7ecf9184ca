// The one place an order becomes what a given caller may see (条例 art 21: the recipient's privacy).
// - owner (the resident, or their family proxy): everything, including the 4-digit check-in code;
// - coordinators of the order's community (and admins): everything but the check-in code;
// - the assigned volunteer: address detail, phone and photos only from accepting until confirmation;
// - anyone else allowed to see it (an eligible volunteer looking at the pool): street-level area and distance,
//   no names, no timeline (the assigned volunteer keeps the timeline and the beneficiary's name throughout).
import {
  BEFORE_SERVICE_STATUSES,
  movesFor,
  orderCategoryLabel,
  PAYABLE_STATUSES,
  PRIVATE_VISIBLE_TO_VOLUNTEER,
  type OrderActor
} from '../../../../../src/shared/domain/order'
import { toUtcIso } from '../../../../../src/shared/time'
import type { OrderView } from '../../../../../src/shared/contracts'
import { cloud } from '../../lib/cloud'
import { toLocation } from '../../lib/geo'
import type { OrderDoc } from '../../repos/orders'
import type { ActionContext } from '../define'
import { capacitiesOf } from './move'

type Relation = Exclude<OrderActor, 'system'>

/** How the caller stands to this order now; empty means they may not see it at all. */
export function relationsOf(o: OrderDoc, ctx: ActionContext): Relation[] {
  // An eligible volunteer sees an order only while it is in the pool.
  return capacitiesOf(o, ctx).filter((c): c is Relation => c !== 'system' && (c !== 'volunteer' || o.status === 'pending'))
}

const iso = (d: Date | null | undefined) => (d ? toUtcIso(d) : null)

export async function orderView(o: OrderDoc, ctx: ActionContext, extra: { distanceMeters?: number | null } = {}): Promise<OrderView> {
  const rel = relationsOf(o, ctx)
  const owner = rel.includes('owner')
  const involved = owner || rel.includes('coordinator') || rel.includes('assignee')
  const full = owner || rel.includes('coordinator') || (rel.includes('assignee') && PRIVATE_VISIBLE_TO_VOLUNTEER.includes(o.status))
  return {
    id: o._id,
    shortNo: o.shortNo,
    category: o.category,
    categoryLabel: orderCategoryLabel(o, ctx.community?._id === o.communityId ? ctx.community.catalog : null),
    description: o.description,
    urgency: o.urgency,
    funding: o.funding,
    status: o.status,
    windowStart: toUtcIso(o.windowStart),
    windowEnd: toUtcIso(o.windowEnd),
    estimatedMinutes: o.estimatedMinutes,
    area: o.area,
    distanceMeters: extra.distanceMeters == null ? null : Math.round(extra.distanceMeters / 10) * 10,
    beneficiaryName: involved ? o.beneficiaryName : null,
    address: full
      ? { detail: o.address.detail, contactName: o.address.contactName, contactPhone: o.address.contactPhone, location: toLocation(o.address.location) }
      : null,
    photos: full ? await photoViews(o) : [],
    checkInCode: owner && BEFORE_SERVICE_STATUSES.includes(o.status) ? o.checkInCode : null,
    volunteer: o.volunteerName ? { name: o.volunteerName, volunteerNo: o.volunteerNo } : null,
    createdAt: toUtcIso(o.createdAt),
    slaDueAt: toUtcIso(o.slaDueAt),
    escalated: o.escalated,
    acceptedAt: iso(o.acceptedAt),
    checkInAt: iso(o.checkInAt),
    checkOutAt: iso(o.checkOutAt),
    autoConfirmAt: iso(o.autoConfirmAt),
    servedMinutes: o.servedMinutes,
    finalMinutes: o.finalMinutes,
    rating: o.rating ? { stars: o.rating.stars, tags: o.rating.tags, comment: o.rating.comment } : null,
    dispute: o.dispute ? { reason: o.dispute.reason, resolution: o.dispute.resolution, minutes: o.dispute.minutes } : null,
    cancelReason: o.cancelReason,
    settlement: !PAYABLE_STATUSES.includes(o.status) ? 'none' : o.settledAt ? 'settled' : 'settling',
    // The timeline names people: only for those involved in the order (the pool shows none of it).
    events: (involved ? o.events : []).map((e) => ({
      kind: e.kind,
      at: toUtcIso(e.at),
      from: e.from,
      to: e.to,
      byRole: e.byRole,
      byName: e.byName,
      onBehalf: !!e.onBehalfOf,
      note: e.note
    })),
    moves: movesFor(o.status, rel).filter((m) => m !== 'grab' || !rel.includes('assignee')),
    viewer: rel
  }
}

/** Passed photos get a temporary URL; photos still being checked (or refused) show no image at all. */
async function photoViews(o: OrderDoc): Promise<OrderView['photos']> {
  const passed = o.photos.filter((p) => p.status === 'pass').map((p) => p.fileId)
  const urls = new Map<string, string>()
  if (passed.length) {
    const res = (await cloud.getTempFileURL({ fileList: passed })) as { fileList: Array<{ fileID: string; tempFileURL: string }> }
    for (const f of res.fileList) urls.set(f.fileID, f.tempFileURL)
  }
  return o.photos.map((p) => ({ status: p.status, url: p.status === 'pass' ? (urls.get(p.fileId) ?? null) : null }))
}
