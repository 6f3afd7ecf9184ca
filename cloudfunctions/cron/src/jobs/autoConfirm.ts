// Auto-confirm: an order checked out and left unconfirmed past the community's timeout (default 72 h, stored as
// `autoConfirmAt` at check-out) is completed by the system — the volunteer's hours must not wait forever on a
// resident who never opens the app. It is the table's `autoConfirm` move by 'system' (systemMove: refused unless
// the table allows it from the status read), one conditional update like any other: a resident confirming at the
// same moment wins or loses cleanly, never both.
// Paying: a resident's confirm pays nothing itself (the `settle` function's settleDue pays completed orders within
// seconds). This job is already in the background, so it pays the order it completed at once (settleOrder, which is
// replay-safe); one it fails to pay stays unsettled and settleDue pays it.
import { dueForAutoConfirm } from '../../../api/src/repos/orders'
import { notify } from '../../../api/src/lib/notify'
import { findCommunity } from '../../../api/src/repos/communities'
import { settleOrder } from '../../../api/src/actions/orders/settle'
import { systemMove } from '../../../api/src/actions/orders/move'

const BATCH = 200

export async function autoConfirm(now: Date): Promise<{ name: string; touched: number }> {
  let touched = 0
  for (const o of await dueForAutoConfirm(now, BATCH)) {
    const done = await systemMove(o, 'autoConfirm', now, '居民未在时限内确认，系统自动确认')
    if (!done) continue
    touched++
    await settleOrder(done, await findCommunity(o.communityId), now)
    await notify([o.volunteerOpenid], 'completed', done, now)
  }
  return { name: 'autoConfirm', touched }
}
