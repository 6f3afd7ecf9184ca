// orders.create — a resident (or their family proxy) asks for help. The order id is derived from the caller and
// the client's requestId, so a retried submit on a weak network returns the first order and creates nothing.
// Own hours: the estimate is held on the creator's account (key `order_<id>`) in the same transaction that stores
// the order (funding.ts insertHeldOrder), so a resident cannot promise the same minutes twice, a crash leaves
// neither half alone, and a replay — even after the hold was settled or released — writes nothing.
// Round trips: caller with addresses (router), insert (1) — own hours: the transaction instead (start, order,
// account, account, order, commit: 6); a proxy adds the link read; a public-service replay adds one read. The
// 工作台 counts the new order a few seconds later (`tally: 'due'`, the settle worker's tallyCreated).
// The document itself is built and stored by newOrder.ts, shared with orders.createFor.
import { AppError } from '../../../../../src/shared/errors'
import { assertTextSafe } from '../../lib/contentCheck'
import { startImageChecks } from '../../lib/mediaCheck'
import { timebankRulesOf } from '../../../../../src/shared/domain/ledger'
import { findActiveLinkFor, onBehalfOfId } from '../../repos/familyLinks'
import { defineAction } from '../define'
import { orderView } from './view'
import { assertMaySpend } from './funding'
import { newOrderDoc, orderableEntry, storeNewOrder } from './newOrder'
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
    const entry = orderableEntry(community, input.category, ctx)
    const { start, end } = assertWindow(input.windowStart, input.windowEnd, ctx.now)
    const link = input.forLinkId ? await findActiveLinkFor(input.forLinkId, ctx.openid) : null
    if (input.forLinkId && !link) throw new AppError('FORBIDDEN', { forLinkId: '代办关系不存在或尚未生效' })
    const address = ctx.addresses?.find((a) => a._id === input.addressId)
    if (!address) throw new AppError('ADDRESS_REQUIRED', { addressId: '请选择您地址簿中的地址' })
    await assertTextSafe(ctx.openid, { description: input.description })
    if (input.funding === 'own_hours') assertMaySpend(timebankRulesOf(community.timebankRules).spendFromAge, link !== null, ctx)
    const doc = newOrderDoc(
      community,
      { ...input, entry, start, end },
      {
        onBehalfOf: link ? onBehalfOfId(link) : null,
        forLinkId: link?._id ?? null,
        beneficiaryName: link?.memberName ?? null,
        ownerOpenids: link?.memberOpenid ? [ctx.openid, link.memberOpenid] : [ctx.openid],
        photos: await startImageChecks(ctx.openid, input.photos),
        address: {
          addressId: address._id,
          detail: address.detail,
          contactName: address.contactName,
          contactPhone: address.contactPhone,
          location: address.location ?? null
        }
      },
      ctx
    )
    return orderView(await storeNewOrder(doc), ctx) // a replay: the first order, unchanged
  }
})
