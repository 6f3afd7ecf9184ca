// Settlement of finished orders: a completed or resolved order whose hours are not yet paid is paid and recorded
// here. orders.confirm only moves the order (3 round trips for the resident); this worker runs every 5 seconds and
// finds every such order through one indexed query, so it is also the safety net for a settlement that failed
// halfway (the process died, the ledger refused). settleOrder is idempotent — fixed posting ids, the record's id is
// the order's — so two workers, or a worker and cron's auto-confirm, settling one order change nothing twice.
import { settleOrder } from '../../../api/src/actions/orders/settle'
import { findCommunity } from '../../../api/src/repos/communities'
import { unsettledSince } from '../../../api/src/repos/orders'

const BATCH = 50

export async function settleDue(now: Date): Promise<{ name: string; touched: number }> {
  let touched = 0
  for (const o of await unsettledSince(now, BATCH)) {
    try {
      await settleOrder(o, await findCommunity(o.communityId), now)
      touched++
    } catch (e) {
      // One order the ledger refuses (e.g. a ruling it cannot take back) must not stop the others.
      console.error(JSON.stringify({ level: 'error', job: 'settleDue', error: (e as Error)?.name, code: (e as { code?: string })?.code }))
    }
  }
  return { name: 'settleDue', touched }
}
