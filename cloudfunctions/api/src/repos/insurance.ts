// The only code that touches `insurance_policies` (条例 art 17: accident insurance before risky services).
// Invariant: a policy is never edited or removed; a volunteer's `insuredUntil` is the latest `to` among the policies
// that list them (deriveInsuredUntil below), so recording a policy again (a replay) changes nothing.
import { createHash } from 'crypto'
import { db, _ } from '../lib/cloud'
import { docsOf } from '../lib/docs'
import { isDuplicateKey } from '../lib/dbErrors'

export interface InsurancePolicyDoc {
  _id: string
  communityId: string
  insurer: string
  policyNo: string
  /** Cover starts at this day's start and ends at `to`'s end, China time. */
  from: Date
  to: Date
  /** `volunteers` document ids (never names or ID numbers). */
  volunteerIds: string[]
  createdBy: string
  createdAt: Date
}

const policies = () => db.collection('insurance_policies')

/** The policy id of (coordinator, requestId): a retried form records the same policy. */
export function policyIdOf(openid: string, requestId: string): string {
  return createHash('sha256').update(`insurance\u0000${openid}\u0000${requestId}`).digest('hex').slice(0, 24)
}

/** Inserts the policy; on a replay (its id is taken) returns the stored one instead. */
export async function insertPolicy(doc: InsurancePolicyDoc): Promise<InsurancePolicyDoc> {
  try {
    await policies().add({ data: doc })
    return doc
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
    const stored = docsOf<InsurancePolicyDoc>(await policies().where({ _id: doc._id }).limit(1).get())[0]
    if (!stored) throw e
    return stored
  }
}

/**
 * The latest cover end of each of these volunteers over all their policies (index volunteer_to); volunteers with
 * no policy are absent. At most 1000 policies are read: far more than any community's volunteers hold together.
 */
export async function latestCoverEnds(volunteerIds: string[]): Promise<Map<string, Date>> {
  const rows = docsOf<InsurancePolicyDoc>(
    await policies()
      .where({ volunteerIds: _.in(volunteerIds) })
      .orderBy('to', 'desc')
      .limit(1000)
      .get()
  )
  // Newest end first: the first policy seen for a volunteer is their latest cover.
  const ends = new Map<string, Date>()
  for (const p of rows) for (const v of p.volunteerIds) if (volunteerIds.includes(v) && !ends.has(v)) ends.set(v, new Date(p.to))
  return ends
}
