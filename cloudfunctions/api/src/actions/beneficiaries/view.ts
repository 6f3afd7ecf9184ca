// The one place a registered beneficiary becomes what a coordinator sees, the check that the caller may manage the
// record (its community's coordinators, or an admin), and the audit entry every change leaves. The audit log is
// read by admins of every community: it keeps which fields changed with names and phones masked and the address
// only as 已修改, never the values themselves (repos/audit.ts: no secrets in before/after).
import { BENEFICIARY_TAG_LABELS, beneficiaryRef, isPriorityBeneficiary } from '../../../../../src/shared/domain/beneficiaries'
import { maskName } from '../../../../../src/shared/domain/stations'
import type { BeneficiaryView } from '../../../../../src/shared/contracts'
import { AppError } from '../../../../../src/shared/errors'
import { toUtcIso } from '../../../../../src/shared/time'
import { toLocation } from '../../lib/geo'
import { maskPhone } from '../../lib/phone'
import { assertSameCommunity } from '../../lib/scope'
import { recordAudit } from '../../repos/audit'
import { findBeneficiary, type BeneficiaryDoc } from '../../repos/beneficiaries'
import type { ActionContext } from '../define'

export function beneficiaryView(b: BeneficiaryDoc): BeneficiaryView {
  return {
    id: b._id,
    communityId: b.communityId,
    name: b.name,
    phone: b.phone,
    address: b.address,
    location: toLocation(b.location),
    tags: b.tags,
    tagLabels: b.tags.map((t) => BENEFICIARY_TAG_LABELS[t]),
    priority: isPriorityBeneficiary(b.tags),
    note: b.note,
    status: b.status,
    version: b.version,
    updatedAt: toUtcIso(b.updatedAt)
  }
}

/** The record if it exists and the caller may manage it: NOT_FOUND, or FORBIDDEN for another community's. */
export async function loadManagedBeneficiary(ctx: ActionContext, id: string): Promise<BeneficiaryDoc> {
  const b = await findBeneficiary(id)
  if (!b) throw new AppError('NOT_FOUND')
  assertSameCommunity(ctx, b.communityId)
  return b
}

type Audited = Pick<BeneficiaryDoc, 'name' | 'phone' | 'address' | 'tags' | 'note' | 'status'>

/** The changed fields as the audit log may keep them: tags and status as they are, personal fields masked. */
export function auditFields(b: Partial<Audited>, keys: readonly (keyof Audited)[]): Record<string, unknown> {
  const shown = (k: keyof Audited): unknown =>
    k === 'name' ? maskName(b.name ?? '') : k === 'phone' ? (b.phone ? maskPhone(b.phone) : null) : k === 'tags' || k === 'status' ? b[k] : '已修改'
  return Object.fromEntries(keys.map((k) => [k, shown(k)]))
}

export async function auditBeneficiary(
  ctx: ActionContext,
  action: 'beneficiaries.add' | 'beneficiaries.update' | 'beneficiaries.archive',
  b: Pick<BeneficiaryDoc, '_id' | 'communityId'>,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>
): Promise<void> {
  const entry = { actorOpenid: ctx.openid, communityId: b.communityId, action, targetType: 'beneficiary', targetId: b._id, requestId: ctx.requestId }
  await recordAudit({ ...entry, onBehalfOf: beneficiaryRef(b._id), before, after }, ctx.now)
}
