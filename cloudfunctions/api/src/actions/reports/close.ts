// reports.close — a coordinator accepts the rectification: the report counts as rectified and closed.
import { assertSameCommunity } from '../../lib/scope'
import { defineAction } from '../define'
import { actorFor, commitMove } from './move'
import { loadReport, reportView } from './view'

export const close = defineAction({
  action: 'reports.close',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const r = await loadReport(input.reportId)
    assertSameCommunity(ctx, r.communityId)
    const actor = await actorFor(r, 'close', ctx)
    const moved = await commitMove(r, 'close', actor, ctx, {}, input.note || null, { closed: 1 })
    return reportView(moved, ctx)
  }
})
