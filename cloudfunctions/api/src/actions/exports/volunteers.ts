// exports.volunteers — the community's approved volunteers (志愿者名册) as a CSV with the national system's field
// names, in 志愿者编号 order, each with their recorded hours. Masked ID and phone only (see rows.ts).
// Round trips: caller (router), [community], count (1), per 1000 volunteers: page + totals (2), upload, URL, audit.
import { EXPORT_MAX_ROWS, VOLUNTEER_EXPORT_HEADERS } from '../../../../../src/shared/contracts'
import { buildCsv, type CsvCell } from '../../../../../src/shared/domain/csv'
import { AppError } from '../../../../../src/shared/errors'
import { shanghaiDay } from '../../../../../src/shared/time'
import { approvedVolunteersAfter, countApprovedVolunteers, EXPORT_PAGE, recordTotalsOf } from '../../repos/exportsQueries'
import { defineAction } from '../define'
import { deliverCsv } from './deliver'
import { volunteerRow } from './rows'
import { exportCommunity, exportFileName } from './scope'

export const volunteers = defineAction({
  action: 'exports.volunteers',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const community = await exportCommunity(ctx, input.communityId)
    if ((await countApprovedVolunteers(community._id)) > EXPORT_MAX_ROWS) throw new AppError('EXPORT_TOO_LARGE')
    const rows: CsvCell[][] = []
    let after: string | null = null
    for (;;) {
      const page = await approvedVolunteersAfter(community._id, after)
      const totals = await recordTotalsOf(page.map((v) => v.openid))
      for (const v of page) rows.push(volunteerRow(rows.length + 1, v, community.name, totals.get(v.openid) ?? 0, community.catalog))
      // Approvals made while the pages are read may add rows past the count: the cap holds anyway.
      if (rows.length > EXPORT_MAX_ROWS) throw new AppError('EXPORT_TOO_LARGE')
      if (page.length < EXPORT_PAGE) break
      after = page[page.length - 1].volunteerNo
    }
    const day = shanghaiDay(ctx.now).replace(/-/g, '')
    return deliverCsv(ctx, {
      kind: 'volunteers',
      communityId: community._id,
      fileName: exportFileName('志愿者名册', community, day),
      csv: buildCsv(VOLUNTEER_EXPORT_HEADERS, rows),
      rows: rows.length,
      period: { asOf: shanghaiDay(ctx.now) }
    })
  }
})
