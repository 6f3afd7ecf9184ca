// orders.createFor — a coordinator records a walk-in or phone request for a registered beneficiary (受助对象, often
// without a phone or WeChat). The order is built and stored as any other (newOrder.ts) and then runs the same
// transition table: the beneficiary's address is its address (seen by the volunteer only while assigned, view.ts),
// the community's coordinators are its owners — they confirm, cancel or dispute on the person's behalf, every such
// event recording `onBehalfOf` = beneficiary:<id> — and who pays is the named rule beneficiaryFunding: priority
// groups from the community pool (dispatch is the coordinator's approval), others as public service. Audited.
// Round trips: caller (router), beneficiary, coordinators, insert, audit.
import { beneficiaryFunding, beneficiaryRef, isPriorityBeneficiary } from '../../../../../src/shared/domain/beneficiaries'
import { AppError } from '../../../../../src/shared/errors'
import { assertTextSafe } from '../../lib/contentCheck'
import { recordAudit } from '../../repos/audit'
import { coordinatorsOf } from '../../repos/coordinators'
import { defineAction } from '../define'
import { loadManagedBeneficiary } from '../beneficiaries/view'
import { newOrderDoc, orderableEntry, storeNewOrder } from './newOrder'
import { orderView } from './view'
import { assertWindow } from './window'

export const createFor = defineAction({
  action: 'orders.createFor',
  allow: ['coordinator'],
  scope: 'community',
  async handler(input, ctx) {
    const community = ctx.community
    if (!community || !ctx.user) throw new AppError('NOT_IN_COMMUNITY')
    const entry = orderableEntry(community, input.category, ctx)
    const { start, end } = assertWindow(input.windowStart, input.windowEnd, ctx.now)
    const b = await loadManagedBeneficiary(ctx, input.beneficiaryId)
    if (b.communityId !== community._id) throw new AppError('FORBIDDEN')
    if (b.status !== 'active') throw new AppError('NOT_FOUND', { beneficiaryId: '该受助对象已归档' })
    await assertTextSafe(ctx.openid, { description: input.description })
    // Stored owners: a snapshot for listings (orders.listMine). Who acts as owner and is notified is the community's
    // coordinators at the time (owners.ts), so one appointed later confirms it too.
    const owners = [...new Set([ctx.openid, ...(await coordinatorsOf(community._id))])]
    const party = {
      onBehalfOf: beneficiaryRef(b._id),
      forLinkId: null,
      beneficiaryId: b._id,
      beneficiaryName: b.name,
      priority: isPriorityBeneficiary(b.tags),
      ownerOpenids: owners,
      photos: [],
      address: { addressId: `beneficiary:${b._id}`, detail: b.address, contactName: b.name, contactPhone: b.phone ?? '', location: b.location }
    }
    const doc = newOrderDoc(community, { ...input, entry, funding: beneficiaryFunding(b.tags), start, end }, party, ctx)
    const stored = await storeNewOrder(doc)
    if (stored === doc) {
      const after = { status: doc.status, category: doc.category, funding: doc.funding }
      const entryDoc = { actorOpenid: ctx.openid, communityId: community._id, action: 'orders.createFor', targetType: 'order', targetId: doc._id }
      await recordAudit({ ...entryDoc, onBehalfOf: doc.onBehalfOf, requestId: ctx.requestId, before: null, after }, ctx.now)
    }
    return orderView(stored, ctx)
  }
})
