// reports.dispatch — a coordinator sends a filed (or reopened) report to an approved volunteer of the report's
// community, or to one of its teams. Conditional on the status read.
import { AppError } from '../../../../../src/shared/errors'
import { assertSameCommunity } from '../../lib/scope'
import { findTeam } from '../../repos/teams'
import { findVolunteer } from '../../repos/volunteers'
import { defineAction } from '../define'
import { actorFor, commitMove } from './move'
import { loadReport, reportView } from './view'

export const dispatch = defineAction({
  action: 'reports.dispatch',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const r = await loadReport(input.reportId)
    assertSameCommunity(ctx, r.communityId)
    const actor = await actorFor(r, 'dispatch', ctx)
    let patch
    if (input.volunteerId) {
      const v = await findVolunteer(input.volunteerId)
      if (!v || v.communityId !== r.communityId) throw new AppError('NOT_FOUND', { volunteerId: '找不到本社区的该志愿者' })
      if (v.status !== 'approved') throw new AppError('NOT_ELIGIBLE', { volunteerId: '该志愿者尚未通过审核' })
      patch = { assigneeKind: 'volunteer' as const, assigneeOpenid: v.openid, assigneeTeamId: null, assigneeName: v.realName }
    } else {
      const team = await findTeam(input.teamId!)
      if (!team || team.communityId !== r.communityId) throw new AppError('NOT_FOUND', { teamId: '找不到本社区的该服务队' })
      patch = { assigneeKind: 'team' as const, assigneeOpenid: null, assigneeTeamId: team._id, assigneeName: team.name }
    }
    const moved = await commitMove(r, 'dispatch', actor, ctx, patch, input.note || `派给${patch.assigneeName}`)
    return reportView(moved, ctx)
  }
})
