// Reads for the CSV exports (导出): whole communities in pages of 1000 (the SDK's most per get), each page one
// indexed round trip. Pages are keyset pages (after the last key read), not skip(): a record written during an
// export cannot shift the pages and appear twice or not at all, and page n costs what page 1 costs.
// Invariant: volunteers are read WITHOUT idCipher and idHash (projection), so no export can leak them.
import { db, _ } from '../lib/cloud'
import { docsOf, totalOf, rowsOf } from '../lib/docs'
import type { RecordDoc } from './records'
import type { VolunteerDoc } from './volunteers'

export const EXPORT_PAGE = 1000

export type ExportVolunteer = Omit<VolunteerDoc, 'idCipher' | 'idHash'>
const WITHOUT_SECRETS = { idCipher: false, idHash: false }

const approvedOf = (communityId: string) => ({ communityId, status: 'approved' })

/** Approved volunteers of a community (index community_number). */
export async function countApprovedVolunteers(communityId: string): Promise<number> {
  return totalOf(db.collection('volunteers').where(approvedOf(communityId)).count())
}

/** The next page of approved volunteers in 志愿者编号 order (numbers are distinct within a community), index community_number. */
export async function approvedVolunteersAfter(communityId: string, afterNo: string | null, limit = EXPORT_PAGE): Promise<ExportVolunteer[]> {
  const res = await db
    .collection('volunteers')
    .where({ ...approvedOf(communityId), volunteerNo: _.gt(afterNo ?? '') })
    .field(WITHOUT_SECRETS)
    .orderBy('volunteerNo', 'asc')
    .limit(limit)
    .get()
  return docsOf<ExportVolunteer>(res)
}

/** Registrations by OPENID (index openid_unique), for the masked ID number on record rows. At most EXPORT_PAGE. */
export async function volunteersByOpenid(openids: string[]): Promise<Map<string, ExportVolunteer>> {
  if (openids.length === 0) return new Map()
  const res = await db
    .collection('volunteers')
    .where({ openid: _.in(openids) })
    .field(WITHOUT_SECRETS)
    .limit(EXPORT_PAGE)
    .get()
  return new Map(docsOf<ExportVolunteer>(res).map((v) => [v.openid, v]))
}

/** Record totals (minutes) by OPENID, read by _id. At most EXPORT_PAGE. */
export async function recordTotalsOf(openids: string[]): Promise<Map<string, number>> {
  if (openids.length === 0) return new Map()
  const res = await db
    .collection('record_totals')
    .where({ _id: _.in(openids) })
    .limit(EXPORT_PAGE)
    .get()
  return new Map(docsOf<{ _id: string; minutes: number }>(res).map((t) => [t._id, t.minutes]))
}

const inRange = (communityId: string, from: string, to: string) => ({ communityId, date: _.gte(from).and(_.lte(to)) })

/** Records of a community whose service day is in [from, to] (index community_date). */
export async function countRecordsInRange(communityId: string, from: string, to: string): Promise<number> {
  return totalOf(
    db
      .collection('service_records')
      .where(inRange(communityId, from, to))
      .count()
  )
}

/** The next page of those records in (date, _id) order, after the last one read (index community_date). */
export async function recordsInRangeAfter(
  communityId: string,
  from: string,
  to: string,
  after: { date: string; id: string } | null,
  limit = EXPORT_PAGE
): Promise<RecordDoc[]> {
  const where = after
    ? _.and([inRange(communityId, from, to), _.or([{ date: _.gt(after.date) }, { date: after.date, _id: _.gt(after.id) }])])
    : inRange(communityId, from, to)
  const res = await db.collection('service_records').where(where).orderBy('date', 'asc').orderBy('_id', 'asc').limit(limit).get()
  return docsOf<RecordDoc>(res)
}

export interface MonthGroup {
  month: string
  openid: string
  content: string
  minutes: number
  count: number
}

/**
 * A year of a community's records grouped in the database by (month, volunteer, content): minutes and count
 * per group (index community_date). Distinct volunteers per month or content are counted from these groups, so
 * the function never reads the records themselves. Pages of 1000 groups by skip (groups do not move while a
 * year that has ended is read; for the current year a record written meanwhile may be in or out). Reads past
 * `maxGroups` by at most one page and stops.
 */
export async function monthGroups(communityId: string, year: number, maxGroups: number): Promise<MonthGroup[]> {
  const $ = db.command.aggregate
  const out: MonthGroup[] = []
  // One page past maxGroups at most, so the caller can tell "exactly the cap" from "more than the cap".
  for (let offset = 0; offset <= maxGroups; offset += EXPORT_PAGE) {
    const list = await rowsOf<{ _id: { month: string; openid: string; content: string }; minutes: number; count: number }>(
      db
        .collection('service_records')
        .aggregate()
        .match(inRange(communityId, `${year}-01-01`, `${year}-12-31`))
        .group({ _id: { month: $.substr(['$date', 0, 7]), openid: '$volunteerOpenid', content: '$content' }, minutes: $.sum('$minutes'), count: $.sum(1) })
        .sort({ '_id.month': 1, '_id.content': 1, '_id.openid': 1 })
        .skip(offset)
        .limit(EXPORT_PAGE)
        .end()
    )
    out.push(...list.map((g) => ({ month: g._id.month, openid: g._id.openid, content: g._id.content, minutes: g.minutes, count: g.count })))
    if (list.length < EXPORT_PAGE) break
  }
  return out
}
