// reports.stats — a coordinator's figures for their community: filed, rectifications, closed, open, and the
// rectification rate (closed ÷ filed), from the community's counter document (one read).
import { callerCommunity } from '../../lib/scope'
import { readReportStats } from '../../repos/reports'
import { defineAction } from '../define'

export const stats = defineAction({
  action: 'reports.stats',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(_input, ctx) {
    const communityId = callerCommunity(ctx)
    const s = await readReportStats(communityId)
    return {
      communityId,
      filed: s.filed,
      rectified: s.rectified,
      closed: s.closed,
      open: s.filed - s.closed,
      rectificationRate: s.filed ? Math.round((s.closed / s.filed) * 1000) / 1000 : null
    }
  }
})
