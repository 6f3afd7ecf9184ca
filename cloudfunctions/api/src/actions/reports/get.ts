// reports.get — one report as this caller may see it; someone with no standing toward it learns nothing.
import { AppError } from '../../../../../src/shared/errors'
import { defineAction } from '../define'
import { loadReport, relationsOf, reportView } from './view'

export const get = defineAction({
  action: 'reports.get',
  allow: ['resident', 'volunteer', 'coordinator', 'admin'],
  scope: 'self',
  async handler(input, ctx) {
    const r = await loadReport(input.reportId)
    const rel = await relationsOf(r, ctx)
    if (rel.length === 0) throw new AppError('NOT_YOUR_REPORT')
    return reportView(r, ctx, rel)
  }
})
