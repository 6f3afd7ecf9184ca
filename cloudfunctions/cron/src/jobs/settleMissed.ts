// Safety net for settlement: a finished order whose hours were not paid — the function died between the status
// move and the settlement, or the ledger refused then — is settled again here. settleOrder is idempotent (fixed
// posting ids, fixed record id), so an order settled meanwhile by its own request changes nothing. Orders younger
// than two minutes are left to the request that finished them.
import { settleOrder } from '../../../api/src/actions/orders/settle'
import { findCommunity } from '../../../api/src/repos/communities'
import { unsettledSince } from '../../../api/src/repos/orders'

const BATCH = 100
const GRACE_MS = 2 * 60000

export async function settleMissed(now: Date): Promise<{ name: string; touched: number }> {
  let touched = 0
  for (const o of await unsettledSince(new Date(now.getTime() - GRACE_MS), BATCH)) {
    try {
      await settleOrder(o, await findCommunity(o.communityId), now)
      touched++
    } catch (e) {
      // One order the ledger refuses (e.g. a ruling it cannot take back) must not stop the others.
      console.error(JSON.stringify({ level: 'error', job: 'settleMissed', error: (e as Error)?.name, code: (e as { code?: string })?.code }))
    }
  }
  return { name: 'settleMissed', touched }
}
