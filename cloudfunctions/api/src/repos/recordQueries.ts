// Reads of `service_records` and `record_totals` (writes: repos/records.ts). Each one round trip, index-served.
import { db, _ } from '../lib/cloud'
import { aggregateOps } from '../lib/aggregate'
import { docsOf, rowsOf } from '../lib/docs'
import type { RecordDoc } from './records'

/**
 * One page of a volunteer's records, newest first (optionally one year), with their total minutes — ONE round
 * trip: the total document (by _id) with the page joined from index volunteer_date. Every record write creates
 * the total in the same transaction, so no total document means no records.
 */
export async function pageOfRecords(
  openid: string,
  q: { year?: number; offset: number; limit: number }
): Promise<{ items: RecordDoc[]; hasMore: boolean; totalMinutes: number }> {
  const match: Record<string, unknown> = { volunteerOpenid: openid }
  if (q.year) match.date = _.gte(`${q.year}-01-01`).and(_.lte(`${q.year}-12-31`))
  const $ = aggregateOps
  const page = $.pipeline()
    .match(match)
    .sort({ date: -1, createdAt: -1 })
    .skip(q.offset)
    .limit(q.limit + 1)
    .done()
  const rows = await rowsOf<{ minutes: number; _page: RecordDoc[] }>(
    db.collection('record_totals').aggregate().match({ _id: openid }).limit(1).lookup({ from: 'service_records', pipeline: page, as: '_page' }).end()
  )
  const row = rows[0]
  if (!row) return { items: [], hasMore: false, totalMinutes: 0 }
  return { items: row._page.slice(0, q.limit), hasMore: row._page.length > q.limit, totalMinutes: row.minutes }
}

/**
 * A volunteer's minutes and number of records per content, for days in [from, to] of one organizer (the
 * community that issues the certificate: 谁记录谁证明). Grouped in the database: one round trip however many.
 */
export async function sumByContent(
  openid: string,
  communityId: string,
  from: string,
  to: string
): Promise<Array<{ content: string; minutes: number; count: number }>> {
  const $ = db.command.aggregate
  const groups = await rowsOf<{ _id: string; minutes: number; count: number }>(
    db
      .collection('service_records')
      .aggregate()
      .match({ volunteerOpenid: openid, communityId, date: _.gte(from).and(_.lte(to)) })
      .group({ _id: '$content', minutes: $.sum('$minutes'), count: $.sum(1) })
      .sort({ minutes: -1, _id: 1 })
      .limit(1000)
      .end()
  )
  return groups.map((g) => ({ content: g._id, minutes: g.minutes, count: g.count }))
}

/** Records of a community waiting for a correction decision (index community_correction), oldest first, bounded. */
export async function pendingCorrections(communityId: string, limit: number): Promise<RecordDoc[]> {
  const res = await db.collection('service_records').where({ communityId, 'correction.status': 'requested' }).limit(limit).get()
  const at = (r: RecordDoc) => new Date(r.correction?.requestedAt ?? 0).getTime()
  return docsOf<RecordDoc>(res).sort((a, b) => at(a) - at(b))
}
