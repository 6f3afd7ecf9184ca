// Auto-confirm: an order checked out and left unconfirmed past the community's timeout (default 72 h, stored as
// `autoConfirmAt` at check-out) is completed by the system — the volunteer's hours must not wait forever on a
// resident who never opens the app. A conditional move like any other: a resident confirming at the same
// moment wins or loses cleanly, never both.
import { dueForAutoConfirm, moveOrder } from '../../../api/src/repos/orders'
import { notify } from '../../../api/src/lib/notify'

const BATCH = 200

export async function autoConfirm(now: Date): Promise<{ name: string; touched: number }> {
  let touched = 0
  for (const o of await dueForAutoConfirm(now, BATCH)) {
    const event = { kind: 'autoConfirm' as const, at: now, from: o.status, to: 'completed' as const, byOpenid: null, byRole: 'system' as const, byName: '系统', onBehalfOf: null, note: '居民未在时限内确认，系统自动确认' }
    if (!(await moveOrder(o._id, 'awaiting_confirmation', {}, event))) continue
    touched++
    await notify([o.volunteerOpenid], 'completed', { ...o, status: 'completed' }, now)
  }
  return { name: 'autoConfirm', touched }
}
