// beneficiaries.add — a coordinator registers someone the community serves who may have no phone or WeChat
// (受助对象登记), so walk-in and phone requests can be recorded for them (orders.createFor). The id comes from
// (caller, requestId): a retried submit returns the first record and registers nobody twice. Free text (name,
// address, note) goes through content security: it is shown to the volunteer on an order. Audited (masked).
import { callerCommunity } from '../../lib/scope'
import { assertTextSafe } from '../../lib/contentCheck'
import { toGeoPoint } from '../../lib/geo'
import { beneficiaryIdFor, findBeneficiary, insertBeneficiaryOnce, type BeneficiaryDoc } from '../../repos/beneficiaries'
import { defineAction } from '../define'
import { auditBeneficiary, auditFields, beneficiaryView } from './view'

export const add = defineAction({
  action: 'beneficiaries.add',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  personal: true, // a name, phone and address: 《用户隐私保护指引》 consent first
  async handler(input, ctx) {
    const communityId = callerCommunity(ctx)
    const id = beneficiaryIdFor(ctx.openid, input.requestId)
    const first = await findBeneficiary(id) // a replay: the first record, unchanged
    if (first) return beneficiaryView(first)
    await assertTextSafe(ctx.openid, { name: input.name, address: input.address, note: input.note })
    const doc: BeneficiaryDoc = {
      _id: id,
      communityId,
      requestId: input.requestId,
      createdBy: ctx.openid,
      name: input.name,
      phone: input.phone,
      address: input.address,
      location: input.location ? toGeoPoint(input.location) : null,
      tags: [...new Set(input.tags)],
      note: input.note,
      status: 'active',
      archiveReason: null,
      version: 1,
      lastRequestId: input.requestId,
      updatedBy: ctx.openid,
      createdAt: ctx.now,
      updatedAt: ctx.now
    }
    const stored = await insertBeneficiaryOnce(doc)
    if (stored === doc) await auditBeneficiary(ctx, 'beneficiaries.add', doc, null, auditFields(doc, ['name', 'phone', 'address', 'tags', 'status']))
    return beneficiaryView(stored)
  }
})
