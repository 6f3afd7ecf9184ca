// exports.records — the community's service records of one month or a date range (by service day) as a CSV with
// the national system's field names: who (masked ID), organization, content, place, start/end, hours (2 decimals
// from integer minutes). 谁组织谁记录: the records this community organized (communityId).
// Round trips: caller (router), [community], count (1), per 1000 records: page + [registrations not read yet],
// upload, URL, audit.
import { EXPORT_MAX_ROWS, RECORD_EXPORT_HEADERS } from '../../../../../src/shared/contracts'
import { buildCsv, type CsvCell } from '../../../../../src/shared/domain/csv'
import { AppError } from '../../../../../src/shared/errors'
import { countRecordsInRange, EXPORT_PAGE, recordsInRangeAfter, volunteersByOpenid, type ExportVolunteer } from '../../repos/exportsQueries'
import { defineAction } from '../define'
import { deliverCsv } from './deliver'
import { exportPeriod } from './period'
import { recordRow } from './rows'
import { exportCommunity, exportFileName } from './scope'

export const records = defineAction({
  action: 'exports.records',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const { from, to, label } = exportPeriod(input)
    const community = await exportCommunity(ctx, input.communityId)
    if ((await countRecordsInRange(community._id, from, to)) > EXPORT_MAX_ROWS) throw new AppError('EXPORT_TOO_LARGE')
    const rows: CsvCell[][] = []
    let after: { date: string; id: string } | null = null
    // Registrations read once per export: a community's records name a few hundred people, not one per row.
    const people = new Map<string, ExportVolunteer | undefined>()
    for (;;) {
      const page = await recordsInRangeAfter(community._id, from, to, after)
      const unseen = [...new Set(page.map((r) => r.volunteerOpenid))].filter((o) => !people.has(o))
      const found = await volunteersByOpenid(unseen)
      for (const o of unseen) people.set(o, found.get(o))
      for (const r of page) rows.push(recordRow(rows.length + 1, r, people.get(r.volunteerOpenid)))
      // Records written while the pages are read may add rows past the count: the cap holds anyway.
      if (rows.length > EXPORT_MAX_ROWS) throw new AppError('EXPORT_TOO_LARGE')
      if (page.length < EXPORT_PAGE) break
      const last = page[page.length - 1]
      after = { date: last.date, id: last._id }
    }
    return deliverCsv(ctx, {
      kind: 'records',
      communityId: community._id,
      fileName: exportFileName('服务记录', community, label),
      csv: buildCsv(RECORD_EXPORT_HEADERS, rows),
      rows: rows.length,
      period: { from, to }
    })
  }
})
