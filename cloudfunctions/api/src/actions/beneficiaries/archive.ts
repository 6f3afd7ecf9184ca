// beneficiaries.archive — a coordinator takes someone off the register (moved away, passed away, no longer needs
// help): no new orders can be created for them; orders already created run to their end and the record stays for
// the community's books (谁组织谁记录). Conditional on the version read; archiving an archived record is a replay
// and changes nothing. Audited.
import { AppError } from '../../../../../src/shared/errors'
import { assertTextSafe } from '../../lib/contentCheck'
import { updateBeneficiary } from '../../repos/beneficiaries'
import { defineAction } from '../define'
import { auditBeneficiary, beneficiaryView, loadManagedBeneficiary } from './view'

export const archive = defineAction({
  action: 'beneficiaries.archive',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const b = await loadManagedBeneficiary(ctx, input.beneficiaryId)
    if (b.status === 'archived') return beneficiaryView(b)
    if (b.version !== input.version) throw new AppError('CONFLICT')
    await assertTextSafe(ctx.openid, { reason: input.reason })
    const patch = { status: 'archived' as const, archiveReason: input.reason }
    if (!(await updateBeneficiary(b._id, b.version, patch, ctx.openid, ctx.requestId, ctx.now))) throw new AppError('CONFLICT')
    await auditBeneficiary(ctx, 'beneficiaries.archive', b, { status: b.status }, { status: 'archived', reason: input.reason })
    return beneficiaryView({ ...b, ...patch, version: b.version + 1, lastRequestId: ctx.requestId, updatedBy: ctx.openid, updatedAt: ctx.now })
  }
})
