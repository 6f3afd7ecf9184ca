// Escalation: an order nobody has accepted within the community's SLA (30 min, urgent 10 min, set at submit as
// `slaDueAt`) is marked escalated once, with an event on its timeline, and the community's coordinators are told.
// Conditional on not yet escalated, so overlapping runs never escalate (or notify) twice.
import { markEscalated, dueForEscalation } from '../../../api/src/repos/orders'
import { coordinatorsOf } from '../../../api/src/repos/coordinators'
import { notify } from '../../../api/src/lib/notify'
import { applyBumps } from '../../../api/src/repos/statsRollups'
import { orderMoveBumps } from '../../../../src/shared/domain/stats'

const BATCH = 200

export async function escalate(now: Date): Promise<{ name: string; touched: number }> {
  let touched = 0
  const coordinators = new Map<string, string[]>() // one look-up per community per run
  for (const o of await dueForEscalation(now, BATCH)) {
    const late = Math.round((now.getTime() - o.slaDueAt.getTime()) / 60000)
    const event = { kind: 'escalate' as const, at: now, from: o.status, to: o.status, byOpenid: null, byRole: 'system' as const, byName: '系统', onBehalfOf: null, note: `超过响应时限${late > 0 ? late + '分钟' : ''}无人接单，已提醒协调员` }
    if (!(await markEscalated(o._id, event))) continue
    await applyBumps(o.communityId, orderMoveBumps(o, event, o), now)
    touched++
    if (!coordinators.has(o.communityId)) coordinators.set(o.communityId, await coordinatorsOf(o.communityId))
    await notify(coordinators.get(o.communityId)!, 'escalated', o, now)
  }
  return { name: 'escalate', touched }
}
