// How a service record is shown — the same to its volunteer and to their community's coordinators. Who changed
// it is shown by name only (never an OPENID); times as UTC ISO strings.
import type { ServiceRecordView } from '../../../../../src/shared/contracts'
import { toUtcIso } from '../../../../../src/shared/time'
import type { RecordDoc } from '../../repos/records'

export function recordView(r: RecordDoc): ServiceRecordView {
  const c = r.correction
  return {
    id: r._id,
    source: r.source,
    volunteerName: r.volunteerName,
    volunteerNo: r.volunteerNo,
    organizer: r.organizer,
    content: r.content,
    place: r.place,
    date: r.date,
    minutes: r.minutes,
    evaluation: r.evaluation,
    correction: c ? { status: c.status, reason: c.reason, proposedMinutes: c.proposedMinutes, reply: c.reply } : null,
    history: r.history.map((h) => ({ at: toUtcIso(h.at), byName: h.byName, reason: h.reason, before: h.before, after: h.after }))
  }
}
