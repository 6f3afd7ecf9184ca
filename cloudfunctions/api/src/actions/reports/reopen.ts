// reports.reopen — the coordinator or the reporter reopens a rectified or closed report, with a reason (content
// security); a closed one no longer counts as closed. It goes back to dispatch.
import { assertTextSafe } from '../../lib/contentCheck'
import { defineAction } from '../define'
import { actorFor, commitMove } from './move'
import { loadReport, reportView } from './view'

export const reopen = defineAction({
  action: 'reports.reopen',
  allow: ['resident', 'coordinator', 'admin'],
  scope: 'self',
  async handler(input, ctx) {
    const r = await loadReport(input.reportId)
    const actor = await actorFor(r, 'reopen', ctx)
    await assertTextSafe(ctx.openid, { reason: input.reason })
    const moved = await commitMove(r, 'reopen', actor, ctx, { reopenReason: input.reason }, input.reason, r.status === 'closed' ? { closed: -1 } : {})
    return reportView(moved, ctx)
  }
})
