// The order's timeline, oldest first: what happened, when (Shanghai time), who, 代办 when a family member acted
// for the resident, and the note (a reason, a ruling).
import type { OrderView } from '../../shared/contracts'
import { eventLabel } from '../../hooks/orderFormat'
import Timeline from './Timeline'

export default function OrderTimeline({ events }: { events: OrderView['events'] }) {
  return <Timeline items={events.map((e) => ({ kind: e.kind, label: eventLabel(e.kind), at: e.at, by: e.byName, proxy: !!e.onBehalf, note: e.note }))} />
}
