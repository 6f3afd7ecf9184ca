// Dashboard effects of service records, 随手拍 reports, volunteer approvals and residents joining.
// - served minutes: service records of orders and projects (honorary top-ups are not service), in the month of
//   the service day, overall and, for order records, per category; a correction moves them by the difference;
// - participants: distinct volunteers with a service record in the month / in the year (the first record of a
//   volunteer in a community-month or community-year counts them: the record transaction knows from the
//   volunteer's record_totals whether it is the first);
// - 随手拍: filed in the month of filing; closed +1 in the month of a close, −1 in the month a closed report is
//   reopened (so the year's figure is net closes);
// - gauges: approved volunteers of the community, users whose community it is.
import { bump, bumpMonth, monthOf, NOW, type Bumps } from './bumps'

export interface RecordFacts {
  source: 'order' | 'project' | 'honorary' | 'import'
  date: string
  minutes: number
  category?: string | null
}

export const countsAsService = (r: Pick<RecordFacts, 'source'>) => r.source !== 'honorary'

/** Keys in the volunteer's record_totals.seen that mark "already counted as a participant". */
export const seenKeys = (communityId: string, date: string) => ({ month: `${communityId}|${date.slice(0, 7)}`, year: `${communityId}|${date.slice(0, 4)}` })

/** A record's minutes moved by `minutesDelta` (its insertion: all of them); `firstIn` from record_totals.seen. */
export function recordBumps(r: RecordFacts, minutesDelta: number, firstIn: { month: boolean; year: boolean }): Bumps {
  const b: Bumps = {}
  if (!countsAsService(r)) return b
  const m = r.date.slice(0, 7)
  bumpMonth(b, m, 'servedMinutes', minutesDelta)
  if (r.category) bumpMonth(b, m, `categories.${r.category}.servedMinutes`, minutesDelta)
  if (firstIn.month) bumpMonth(b, m, 'participants')
  if (firstIn.year) bump(b, m.slice(0, 4), 'participants')
  return b
}

export interface ReportEventFacts {
  kind: string
  at: Date
  from: string | null
}

export function reportFiledBumps(createdAt: Date): Bumps {
  return bumpMonth({}, monthOf(createdAt), 'reportsFiled')
}

export function reportMoveBumps(e: ReportEventFacts): Bumps {
  if (e.kind === 'close') return bumpMonth({}, monthOf(e.at), 'reportsClosed', 1)
  if (e.kind === 'reopen' && e.from === 'closed') return bumpMonth({}, monthOf(e.at), 'reportsClosed', -1)
  return {}
}

export const volunteerApprovedBumps = (): Bumps => bump({}, NOW, 'volunteers')
export const residentMovedBumps = (by: 1 | -1): Bumps => bump({}, NOW, 'residents', by)
