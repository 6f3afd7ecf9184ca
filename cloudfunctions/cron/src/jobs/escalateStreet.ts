// Escalation to the street (街道): an order the community escalated that is still unaccepted past its street
// deadline (streetDueAt, armed by the escalate job) is marked streetEscalated once and the street's admins are
// told; they may then dispatch an approved volunteer of any community in the street (orders.dispatch). It is the
// table's `escalateStreet` move by 'system', conditional on the status read and on not yet escalated there, so
// overlapping runs never mark (or notify) twice. Runs after `escalate` in the same minute.
import { dueForStreetEscalation } from '../../../api/src/repos/orders'
import { streetAdminsOf } from '../../../api/src/repos/coordinators'
import { notify } from '../../../api/src/lib/notify'
import { systemMove } from '../../../api/src/actions/orders/move'

const BATCH = 200

export async function escalateStreet(now: Date): Promise<{ name: string; touched: number }> {
  let touched = 0
  const admins = new Map<string, string[]>() // one look-up per street per run
  for (const o of await dueForStreetEscalation(now, BATCH)) {
    if (!o.streetId) continue // armed without a street cannot happen (escalate sets both); never notify nobody
    const note = '社区超时仍无人接单，已上报街道'
    const marked = await systemMove(o, 'escalateStreet', now, note, { streetEscalated: true, streetEscalatedAt: now }, { streetEscalated: false })
    if (!marked) continue
    touched++
    if (!admins.has(o.streetId)) admins.set(o.streetId, await streetAdminsOf(o.streetId))
    await notify(admins.get(o.streetId)!, 'escalated', marked, now)
  }
  return { name: 'escalateStreet', touched }
}
