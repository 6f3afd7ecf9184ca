// The only code that touches `beneficiaries` (受助对象登记): people the community serves who may have no phone or
// WeChat. Invariants:
// - a beneficiary's _id is derived from (registering coordinator, requestId): a replayed add finds the first one;
// - `version` starts at 1 and every edit (archiving included) is ONE conditional update on the version the editor
//   read (+1), so of two coordinators saving at once one wins and the other is told CONFLICT; the edit's requestId
//   is kept as lastRequestId so a replayed edit (reply lost) is recognised instead of refused as stale;
// - every query names the community (index community_status_created): the register never leaves it except as the
//   address snapshot of an order created for the person (orders.createFor), which view.ts guards like any order.
import { createHash } from 'crypto'
import type { BeneficiaryStatus, BeneficiaryTag } from '../../../../src/shared/domain/beneficiaries'
import { db, _ } from '../lib/cloud'
import { isDuplicateKey } from '../lib/dbErrors'
import { docsOf, updatedCount } from '../lib/docs'

export interface BeneficiaryDoc {
  _id: string
  communityId: string
  requestId: string
  createdBy: string
  name: string
  /** Mobile or landline; null when the person has neither (the coordinator visits or calls a neighbour). */
  phone: string | null
  address: string
  /** GeoJSON point or null (then check-in on site needs the 4-digit code the coordinators see). */
  location: unknown | null
  tags: BeneficiaryTag[]
  note: string | null
  status: BeneficiaryStatus
  archiveReason: string | null
  version: number
  lastRequestId: string
  updatedBy: string
  createdAt: Date
  updatedAt: Date
}

export type BeneficiaryEdit = Pick<BeneficiaryDoc, 'name' | 'phone' | 'address' | 'location' | 'tags' | 'note'>

const beneficiaries = () => db.collection('beneficiaries')

export function beneficiaryIdFor(openid: string, requestId: string): string {
  return createHash('sha256').update(`beneficiary\u0000${openid}\u0000${requestId}`).digest('hex').slice(0, 24)
}

export async function findBeneficiary(id: string): Promise<BeneficiaryDoc | null> {
  return docsOf<BeneficiaryDoc>(await beneficiaries().where({ _id: id }).limit(1).get())[0] ?? null
}

/** Inserts unless one with this _id exists (a replayed add); returns the stored one. */
export async function insertBeneficiaryOnce(doc: BeneficiaryDoc): Promise<BeneficiaryDoc> {
  try {
    await beneficiaries().add({ data: doc })
    return doc
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
    const existing = await findBeneficiary(doc._id)
    if (!existing) throw e
    return existing
  }
}

/** Applies `patch` if the record is still at `version`; false when somebody saved first. */
export async function updateBeneficiary(
  id: string,
  version: number,
  patch: Partial<BeneficiaryEdit> & { status?: BeneficiaryStatus; archiveReason?: string | null },
  by: string,
  requestId: string,
  now: Date
): Promise<boolean> {
  const data = { ...patch, ...(patch.tags ? { tags: _.set(patch.tags) } : {}), version: version + 1, lastRequestId: requestId, updatedBy: by, updatedAt: now }
  return (await updatedCount(beneficiaries().where({ _id: id, version }).update({ data }))) === 1
}

/** One page of a community's register in one status, newest first (index community_status_created). */
export async function listBeneficiaries(communityId: string, status: BeneficiaryStatus, offset: number, limit: number): Promise<BeneficiaryDoc[]> {
  return docsOf<BeneficiaryDoc>(await beneficiaries().where({ communityId, status }).orderBy('createdAt', 'desc').skip(offset).limit(limit).get())
}
