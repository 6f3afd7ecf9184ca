// Holds released by the order flow in ONE round trip: a conditional single-document update on `ledger_accounts`,
// conditional on the hold being there, so releasing twice (a replay) changes nothing. A posting transaction that
// meets this write conflicts and retries, re-reading the account. (Holds are placed inside the transaction that
// stores their order: actions/orders/funding.ts insertHeldOrder, with repos/ledger.ts placeHoldIn.)
// `updatedAt` is left alone: it orders the account's entries (ledgerDocs entryTime), and a release by a retried
// request stamped earlier than the account's last posting would move it back, letting the next entry sort first.
import { db, _ } from '../lib/cloud'
import { updatedCount } from '../lib/docs'

const accounts = () => db.collection('ledger_accounts')

/** Releases the hold `key` on `accountId` if it is there; true when one was released. */
export async function releaseHoldOnce(accountId: string, key: string): Promise<boolean> {
  const updated = await updatedCount(
    accounts()
      .where({ _id: accountId, [`holds.${key}`]: _.exists(true) })
      .update({ data: { [`holds.${key}`]: _.remove(), version: _.inc(1) } })
  )
  return updated === 1
}
