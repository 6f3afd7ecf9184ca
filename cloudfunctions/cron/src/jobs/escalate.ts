// Escalation: an order nobody has accepted within the community's SLA (30 min, urgent 10 min, set at submit as
// `slaDueAt`) is marked escalated once, with an event on its timeline, and the community's coordinators are told.
// It is the table's `escalate` move by 'system' (it keeps the status; systemMove refuses it unless the table allows
// it from the status read), conditional on that status and on not yet escalated, so overlapping runs never
// escalate (or notify) twice. When the community belongs to a street, the same write arms the second level: the
// street's deadline (streetDueAt = slaDueAt + the street SLA, streetSla.ts) for the escalateStreet job.
import { dueForEscalation } from '../../../api/src/repos/orders'
import { coordinatorsOf } from '../../../api/src/repos/coordinators'
import { notify } from '../../../api/src/lib/notify'
import { systemMove } from '../../../api/src/actions/orders/move'
import { streetSlaOf, type StreetSla } from './streetSla'

const BATCH = 200

export async function escalate(now: Date): Promise<{ name: string; touched: number }> {
  let touched = 0
  const coordinators = new Map<string, string[]>() // one look-up per community per run
  const streets = new Map<string, Promise<StreetSla | null>>()
  for (const o of await dueForEscalation(now, BATCH)) {
    const late = Math.round((now.getTime() - o.slaDueAt.getTime()) / 60000)
    const note = `超过响应时限${late > 0 ? late + '分钟' : ''}无人接单，已提醒协调员`
    const street = await streetSlaOf(o.communityId, streets)
    const toStreet = street ? { streetId: street.streetId, streetDueAt: new Date(o.slaDueAt.getTime() + street.minutes * 60000), streetEscalated: false } : {}
    const marked = await systemMove(o, 'escalate', now, note, { escalated: true, escalatedAt: now, ...toStreet }, { escalated: false })
    if (!marked) continue
    touched++
    if (!coordinators.has(o.communityId)) coordinators.set(o.communityId, await coordinatorsOf(o.communityId))
    await notify(coordinators.get(o.communityId)!, 'escalated', marked, now)
  }
  return { name: 'escalate', touched }
}
