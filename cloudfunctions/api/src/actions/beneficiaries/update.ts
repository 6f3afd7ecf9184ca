// beneficiaries.update — a coordinator corrects a registered beneficiary (moved, new phone, tags changed).
// Conditional on the version the editor read (CONFLICT when someone saved first); a replay of the edit that already
// landed (same requestId, version one past) returns the record as it is. An archived record is not edited (it is
// off the register). Orders already created keep the address they were created with (their snapshot). Audited.
import { AppError } from '../../../../../src/shared/errors'
import { assertTextSafe } from '../../lib/contentCheck'
import { toGeoPoint, toLocation } from '../../lib/geo'
import { updateBeneficiary, type BeneficiaryEdit } from '../../repos/beneficiaries'
import { defineAction } from '../define'
import { auditBeneficiary, auditFields, beneficiaryView, loadManagedBeneficiary } from './view'

const FIELDS = ['name', 'phone', 'address', 'tags', 'note'] as const

export const update = defineAction({
  action: 'beneficiaries.update',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  personal: true,
  async handler(input, ctx) {
    const b = await loadManagedBeneficiary(ctx, input.beneficiaryId)
    if (b.lastRequestId === input.requestId && b.version === input.version + 1) return beneficiaryView(b)
    if (b.version !== input.version) throw new AppError('CONFLICT')
    if (b.status !== 'active') throw new AppError('CONFLICT', { beneficiaryId: '该受助对象已归档，不能修改' })
    await assertTextSafe(ctx.openid, { name: input.name, address: input.address, note: input.note })
    const edit: BeneficiaryEdit = {
      name: input.name,
      phone: input.phone,
      address: input.address,
      location: input.location ? toGeoPoint(input.location) : null,
      tags: [...new Set(input.tags)],
      note: input.note
    }
    if (!(await updateBeneficiary(b._id, b.version, edit, ctx.openid, input.requestId, ctx.now))) throw new AppError('CONFLICT')
    const changed = FIELDS.filter((k) => JSON.stringify(b[k]) !== JSON.stringify(edit[k]))
    const moved = JSON.stringify(toLocation(b.location)) !== JSON.stringify(input.location)
    const keys = moved && !changed.includes('address') ? [...changed, 'address' as const] : changed
    await auditBeneficiary(ctx, 'beneficiaries.update', b, auditFields(b, keys), auditFields(edit, keys))
    return beneficiaryView({ ...b, ...edit, version: b.version + 1, lastRequestId: input.requestId, updatedBy: ctx.openid, updatedAt: ctx.now })
  }
})
