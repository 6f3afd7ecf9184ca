// Writes that must land together (a member document and its team's count, a user's community and the audit
// entry) run in one CloudBase transaction. Inside, CloudBase allows only doc(id).get/set/update/remove and
// collection.add — no where(), count() or aggregate() — so callers look up ids before and pass them in.
// A write conflict with another transaction fails at once (-501001) and the SDK does not retry it, so this
// retries the whole unit after a pause drawn at random up to a bound that doubles per attempt (10 ms … 400 ms,
// "full jitter"), so many writers of one busy document spread out instead of colliding again in step. Any other
// error (an AppError from a business check included) rolls back and propagates. `work` must therefore read and decide inside itself: it may run more than once.
import { db } from '../lib/cloud'
import { isTransactionConflict } from '../lib/dbErrors'

/** A transaction handle (`t.collection(name).doc(id)…`, `.add()`); only repos use it. */
export interface Tx {
  // wx-server-sdk types its transactions as `any` (startTransaction(): Promise<any>); repos type what they read.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  collection(name: string): any
}

const MAX_ATTEMPTS = 40
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export async function inTransaction<T>(work: (t: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const t = await db.startTransaction()
    try {
      const result = await work(t)
      await t.commit()
      return result
    } catch (e) {
      await t.rollback().catch(() => undefined) // a failed commit has already ended the transaction
      if (!isTransactionConflict(e) || attempt >= MAX_ATTEMPTS) throw e
      await sleep(Math.random() * Math.min(400, 10 * 2 ** attempt))
    }
  }
}

/** The document as the transaction sees it, or null (doc().get() rejects for a missing document). */
export async function readIn<T>(t: Tx, coll: string, id: string): Promise<T | null> {
  try {
    return (await t.collection(coll).doc(id).get()).data as T
  } catch (e) {
    const err = e as { errMsg?: string; message?: string }
    if (/does not exist/.test(`${err?.errMsg ?? ''} ${err?.message ?? ''}`)) return null
    throw e
  }
}
