// exports.monthlySummary — a year of the community's service records by month (月度汇总): volunteers served,
// records and hours, in total and by service content, and the year's total. The database groups the records
// (one aggregate per 1000 groups); nothing reads the records one by one.
// Round trips: caller (router), [community], groups (1 per 1000), upload, URL, audit.
import { EXPORT_MAX_ROWS, SUMMARY_EXPORT_HEADERS } from '../../../../../src/shared/contracts'
import { buildCsv } from '../../../../../src/shared/domain/csv'
import { AppError } from '../../../../../src/shared/errors'
import { monthGroups } from '../../repos/exportsQueries'
import { defineAction } from '../define'
import { deliverCsv } from './deliver'
import { exportCommunity, exportFileName } from './scope'
import { summaryRows } from './summary'

export const monthlySummary = defineAction({
  action: 'exports.monthlySummary',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const community = await exportCommunity(ctx, input.communityId)
    // Groups are (month, volunteer, content): bounded like the rows of the other exports.
    const groups = await monthGroups(community._id, input.year, EXPORT_MAX_ROWS)
    if (groups.length > EXPORT_MAX_ROWS) throw new AppError('EXPORT_TOO_LARGE')
    const rows = summaryRows(input.year, groups)
    return deliverCsv(ctx, {
      kind: 'monthlySummary',
      communityId: community._id,
      fileName: exportFileName('月度汇总', community, String(input.year)),
      csv: buildCsv(SUMMARY_EXPORT_HEADERS, rows),
      rows: rows.length,
      period: { year: input.year }
    })
  }
})
