// Holds released by the order flow in ONE round trip: a conditional single-document update on `ledger_accounts`,
// conditional on the hold being there, so releasing twice (a replay) changes nothing. A posting transaction that
// meets this write conflicts and retries, re-reading the account. (Holds are placed inside the transaction that
// stores their order: actions/orders/funding.ts insertHeldOrder, with repos/ledger.ts placeHoldIn.)
import { db, _ } from '../lib/cloud'
import { updatedCount } from '../lib/docs'

const accounts = () => db.collection('ledger_accounts')

/** Releases the hold `key` on `accountId` if it is there; true when one was released. */
export async function releaseHoldOnce(accountId: string, key: string, now: Date): Promise<boolean> {
  const updated = await updatedCount(
    accounts()
      .where({ _id: accountId, [`holds.${key}`]: _.exists(true) })
      .update({ data: { [`holds.${key}`]: _.remove(), version: _.inc(1), updatedAt: now } })
  )
  return updated === 1
}
