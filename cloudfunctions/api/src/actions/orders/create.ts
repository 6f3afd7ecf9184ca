// orders.create — a resident (or their family proxy) asks for help. The order id is derived from the caller and
// the client's requestId, so a retried submit on a weak network returns the first order and creates nothing.
// Own hours: the estimate is held on the creator's account (key `order_<id>`) in the same transaction that stores
// the order (funding.ts insertHeldOrder), so a resident cannot promise the same minutes twice, a crash leaves
// neither half alone, and a replay — even after the hold was settled or released — writes nothing.
// Round trips: caller with addresses (router), insert (1) — own hours: the transaction instead (start, order,
// account, account, order, commit: 6); a proxy adds the link read; a public-service replay adds one read. The
// 工作台 counts the new order a few seconds later (`tally: 'due'`, the settle worker's tallyCreated).
import { randomInt } from 'crypto'
import { AppError } from '../../../../../src/shared/errors'
import { catalogEntry, orderRulesOf, slaDueAt } from '../../../../../src/shared/domain/order'
import { formatShanghai } from '../../../../../src/shared/time'
import { assertTextSafe } from '../../lib/contentCheck'
import { isDuplicateKey } from '../../lib/dbErrors'
import { startImageChecks } from '../../lib/mediaCheck'
import { timebankRulesOf } from '../../../../../src/shared/domain/ledger'
import { findActiveLinkFor, onBehalfOfId } from '../../repos/familyLinks'
import { findOrder, insertOrder, orderIdFor, type OrderDoc } from '../../repos/orders'
import { defineAction } from '../define'
import { eventFor } from './move'
import { orderView } from './view'
import { assertMaySpend, insertHeldOrder } from './funding'
import { assertWindow } from './window'

export const create = defineAction({
  action: 'orders.create',
  rateLimit: 'orders.create',
  allow: ['resident'],
  scope: 'self',
  personal: true, // 《用户隐私保护指引》 consent first (router: CONSENT_REQUIRED)
  needs: ['addresses'],
  async handler(input, ctx) {
    const community = ctx.community
    if (!community || !ctx.user) throw new AppError('NOT_IN_COMMUNITY')
    const entry = catalogEntry(community.catalog, input.category)
    if (!entry.enabled || (!entry.residentDirect && !ctx.user.roles.includes('coordinator')))
      throw new AppError('CATEGORY_UNAVAILABLE', { category: '该服务暂不开放，请联系社区协调员' })
    const { start, end } = assertWindow(input.windowStart, input.windowEnd, ctx.now)
    const link = input.forLinkId ? await findActiveLinkFor(input.forLinkId, ctx.openid) : null
    if (input.forLinkId && !link) throw new AppError('FORBIDDEN', { forLinkId: '代办关系不存在或尚未生效' })
    const address = ctx.addresses?.find((a) => a._id === input.addressId)
    if (!address) throw new AppError('ADDRESS_REQUIRED', { addressId: '请选择您地址簿中的地址' })
    await assertTextSafe(ctx.openid, { description: input.description })
    const id = orderIdFor(ctx.openid, input.requestId)
    if (input.funding === 'own_hours') assertMaySpend(timebankRulesOf(community.timebankRules).spendFromAge, link !== null, ctx)
    const doc: OrderDoc = {
      _id: id,
      _openid: ctx.openid,
      shortNo: `${formatShanghai(ctx.now, 'MMDD')}-${id.slice(0, 4).toUpperCase()}`,
      communityId: community._id,
      area: community.name,
      requestId: input.requestId,
      createdBy: ctx.openid,
      onBehalfOf: link ? onBehalfOfId(link) : null,
      forLinkId: link?._id ?? null,
      beneficiaryName: link?.memberName ?? null,
      ownerOpenids: link?.memberOpenid ? [ctx.openid, link.memberOpenid] : [ctx.openid],
      category: input.category,
      description: input.description,
      photos: await startImageChecks(ctx.openid, input.photos),
      address: {
        addressId: address._id,
        detail: address.detail,
        contactName: address.contactName,
        contactPhone: address.contactPhone,
        location: address.location ?? null
      },
      location: address.location ?? community.location,
      exactLocation: !!address.location,
      windowStart: start,
      windowEnd: end,
      urgency: input.urgency,
      funding: input.funding,
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
      slaDueAt: slaDueAt(ctx.now, input.urgency, orderRulesOf(community.orderRules)),
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
    try {
      const first = input.funding === 'own_hours' ? await insertHeldOrder(doc, entry.defaultMinutes, ctx.now) : (await insertOrder(doc), null)
      return orderView(first ?? doc, ctx) // first: a replay, the first order unchanged
    } catch (e) {
      if (!isDuplicateKey(e)) throw e
      const first = await findOrder(id) // a replay: the first order, unchanged
      if (!first) throw e
      return orderView(first, ctx)
    }
  }
})
