// Auto-confirm: an order checked out and left unconfirmed past the community's timeout (default 72 h, stored as
// `autoConfirmAt` at check-out) is completed by the system — the volunteer's hours must not wait forever on a
// resident who never opens the app. The hours are then paid and recorded exactly as on a resident's confirm. A conditional move like any other: a resident confirming at the same
// moment wins or loses cleanly, never both.
import { dueForAutoConfirm, moveOrder } from '../../../api/src/repos/orders'
import { notify } from '../../../api/src/lib/notify'
import { findCommunity } from '../../../api/src/repos/communities'
import { settleOrder } from '../../../api/src/actions/orders/settle'
import { applyBumps } from '../../../api/src/repos/statsRollups'
import { orderMoveBumps } from '../../../../src/shared/domain/stats'

const BATCH = 200

export async function autoConfirm(now: Date): Promise<{ name: string; touched: number }> {
  let touched = 0
  for (const o of await dueForAutoConfirm(now, BATCH)) {
    const event = { kind: 'autoConfirm' as const, at: now, from: o.status, to: 'completed' as const, byOpenid: null, byRole: 'system' as const, byName: '系统', onBehalfOf: null, note: '居民未在时限内确认，系统自动确认' }
    if (!(await moveOrder(o._id, 'awaiting_confirmation', {}, event))) continue
    touched++
    const done = { ...o, status: 'completed' as const, updatedAt: now, events: [...o.events, event] }
    await applyBumps(o.communityId, orderMoveBumps(o, event, done), now)
    await settleOrder(done, await findCommunity(o.communityId), now) // the volunteer's hours, as on a confirm
    await notify([o.volunteerOpenid], 'completed', done, now)
  }
  return { name: 'autoConfirm', touched }
}
