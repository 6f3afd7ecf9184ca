// The only code that touches `account_deletions` (one document per person, _id = OPENID). States:
// pending (cooling off; cancellable) → erasing (the job has begun; no longer cancellable) → erased; pending →
// cancelled (a later request starts afresh). Every change is conditional on the state read, so a cancel racing
// the job's start has one winner. The document holds no personal data: only times, the disposal and the openid
// of the family member receiving the balance.
import type { Disposal } from '../../../../src/shared/contracts'
import { db, _ } from '../lib/cloud'
import { docsOf, updatedCount } from '../lib/docs'
import { inTransaction, readIn } from './transaction'

export type DeletionStatus = 'pending' | 'erasing' | 'erased' | 'cancelled'
export interface DeletionDoc {
  _id: string
  status: DeletionStatus
  requestId: string
  requestedAt: Date
  dueAt: Date
  disposal: Disposal
  /** transfer_family: the receiving family member's OPENID. */
  toOpenid: string | null
  /** The caller's community when asking: its pool receives a donation. */
  communityId: string | null
  erasedAt: Date | null
  updatedAt: Date
}

const DELETIONS = 'account_deletions'
const deletions = () => db.collection(DELETIONS)

export async function findDeletion(openid: string): Promise<DeletionDoc | null> {
  return docsOf<DeletionDoc>(await deletions().where({ _id: openid }).limit(1).get())[0] ?? null
}

/** Writes the request unless one is pending or under way (then that one is returned and nothing is written). */
export function requestDeletionDoc(doc: DeletionDoc): Promise<{ stored: DeletionDoc; created: boolean }> {
  return inTransaction(async (t) => {
    const cur = await readIn<DeletionDoc>(t, DELETIONS, doc._id)
    if (cur && cur.status !== 'cancelled') return { stored: { ...cur, _id: doc._id }, created: false }
    const { _id, ...data } = doc
    await t.collection(DELETIONS).doc(_id).set({ data })
    return { stored: doc, created: true }
  })
}

/** pending → cancelled; false when it was not pending (never asked, cancelled already, or the job began). */
export async function cancelDeletionDoc(openid: string, now: Date): Promise<boolean> {
  const updated = await updatedCount(
    deletions()
      .where({ _id: openid, status: 'pending' })
      .update({ data: { status: 'cancelled', updatedAt: now } })
  )
  return updated === 1
}

/** Requests whose cooling-off has ended: pending ones, and erasing ones a crashed run left (index status_due). */
export async function dueDeletions(now: Date, limit: number): Promise<DeletionDoc[]> {
  return docsOf<DeletionDoc>(
    await deletions()
      .where({ status: _.in(['pending', 'erasing']), dueAt: _.lte(now) })
      .orderBy('dueAt', 'asc')
      .limit(limit)
      .get()
  )
}

/** pending → erasing (true also when a previous run already began it). */
export async function beginErasing(openid: string, now: Date): Promise<boolean> {
  const updated = await updatedCount(
    deletions()
      .where({ _id: openid, status: 'pending', dueAt: _.lte(now) })
      .update({ data: { status: 'erasing', updatedAt: now } })
  )
  if (updated === 1) return true
  return (await findDeletion(openid))?.status === 'erasing'
}

export async function markErased(openid: string, now: Date): Promise<void> {
  await deletions()
    .where({ _id: openid, status: 'erasing' })
    .update({ data: { status: 'erased', erasedAt: now, updatedAt: now } })
}
