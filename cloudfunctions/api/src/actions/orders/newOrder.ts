// What every new order is, whoever records it: the resident themself (orders.create) or a coordinator for a
// registered beneficiary (orders.createFor). Both build the document here and store it here, so the two paths
// cannot drift: the same id rule (creator + requestId: a replay creates nothing), catalog entry, SLA clock,
// check-in code, the 'create' event and the replay answer.
import { randomInt } from 'crypto'
import { findCatalogEntry, isOrderable, orderRulesOf, slaDueAt } from '../../../../../src/shared/domain/order'
import { AppError } from '../../../../../src/shared/errors'
import { formatShanghai } from '../../../../../src/shared/time'
import type { CommunityDoc } from '../../repos/communities'
import { isDuplicateKey } from '../../lib/dbErrors'
import { findOrder, insertOrder, orderIdFor, type OrderDoc } from '../../repos/orders'
import type { ActionContext } from '../define'
import { insertHeldOrder } from './funding'
import { eventFor } from './move'

/** The catalog entry of `category` if the caller may order it (a coordinator may order any open one, direct or not). */
export function orderableEntry(community: CommunityDoc, category: OrderDoc['category'], ctx: ActionContext) {
  const entry = findCatalogEntry(community.catalog, category)
  if (!entry) throw new AppError('CATEGORY_UNKNOWN', { category: '本社区没有这项服务' })
  if (!isOrderable(entry, !!ctx.user?.roles.includes('coordinator')))
    throw new AppError('CATEGORY_UNAVAILABLE', { category: entry.retired ? '该服务已停用' : '该服务暂不开放，请联系社区协调员' })
  return entry
}

/** Who the order is for and where: what differs between a resident's own order and one recorded for someone. */
export type OrderParty = Pick<OrderDoc, 'onBehalfOf' | 'forLinkId' | 'beneficiaryName' | 'ownerOpenids' | 'address' | 'photos'> &
  Partial<Pick<OrderDoc, 'beneficiaryId' | 'priority'>>

export interface OrderRequest {
  /** orderableEntry(community, category, ctx), checked first by the action. */
  entry: ReturnType<typeof orderableEntry>
  requestId: string
  category: OrderDoc['category']
  description: string
  urgency: OrderDoc['urgency']
  funding: OrderDoc['funding']
  start: Date
  end: Date
}

export function newOrderDoc(community: CommunityDoc, req: OrderRequest, party: OrderParty, ctx: ActionContext): OrderDoc {
  const entry = req.entry
  const id = orderIdFor(ctx.openid, req.requestId)
  const point = party.address.location
  const doc: OrderDoc = {
    _id: id,
    _openid: ctx.openid,
    shortNo: `${formatShanghai(ctx.now, 'MMDD')}-${id.slice(0, 4).toUpperCase()}`,
    communityId: community._id,
    area: community.name,
    requestId: req.requestId,
    createdBy: ctx.openid,
    ...party,
    category: req.category,
    categoryLabel: entry.label,
    ...(entry.grabPool ? {} : { route: 'dispatch' as const }),
    description: req.description,
    location: point ?? community.location,
    exactLocation: !!point,
    windowStart: req.start,
    windowEnd: req.end,
    urgency: req.urgency,
    funding: req.funding,
    estimatedMinutes: entry.defaultMinutes,
    skillsNeeded: entry.skills,
    minAge: entry.minAge,
    needsInsurance: entry.risky,
    status: 'pending',
    volunteerOpenid: null,
    volunteerId: null,
    volunteerName: null,
    volunteerNo: null,
    declinedBy: [],
    checkInCode: String(randomInt(0, 10000)).padStart(4, '0'),
    slaDueAt: slaDueAt(ctx.now, req.urgency, orderRulesOf(community.orderRules)),
    escalated: false,
    escalatedAt: null,
    acceptedAt: null,
    checkInAt: null,
    checkInMethod: null,
    checkOutAt: null,
    autoConfirmAt: null,
    servedMinutes: null,
    finalMinutes: null,
    rating: null,
    dispute: null,
    cancelReason: null,
    tally: 'due',
    events: [],
    createdAt: ctx.now,
    updatedAt: ctx.now
  }
  doc.events = [eventFor(doc, 'create', 'owner', ctx, null)]
  return doc
}

/**
 * Stores the new order (own hours: with the hold of its estimate, one transaction) and returns the order as stored
 * first — `doc` itself, or on a replay the first order, unchanged.
 */
export async function storeNewOrder(doc: OrderDoc): Promise<OrderDoc> {
  try {
    const first = doc.funding === 'own_hours' ? await insertHeldOrder(doc, doc.estimatedMinutes, doc.createdAt) : (await insertOrder(doc), null)
    return first ?? doc
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
    const first = await findOrder(doc._id) // a replay: the first order, unchanged
    if (!first) throw e
    return first
  }
}
