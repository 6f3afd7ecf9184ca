// A 随手拍's timeline, oldest first: what happened, when (Shanghai time), who and in which capacity, and the note
// (派单 note, 整改说明, 重开原因). Drawn like the order timeline.
import { REPORT_EVENT_LABELS, REPORT_ROLE_LABELS, type Report } from '../../hooks/useReports'
import Timeline from '../OrderTimeline/Timeline'

export default function ReportTimeline({ events }: { events: Report['events'] }) {
  return (
    <Timeline
      items={events.map((e) => ({
        kind: e.kind,
        label: REPORT_EVENT_LABELS[e.kind],
        at: e.at,
        by: `${REPORT_ROLE_LABELS[e.byRole]}：${e.byName}`,
        note: e.note
      }))}
    />
  )
}
