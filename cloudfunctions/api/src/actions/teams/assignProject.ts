// teams.assignProject — a coordinator assigns a project of their community (declared or published) to one of its
// teams, or takes it back (teamId null). From then on only the team's members may sign up (domain/teams.ts
// projectSignUpProblem); sign-ups made before stay. Assigning the team it has changes nothing. Audited.
import { AppError } from '../../../../../src/shared/errors'
import { callerCommunity } from '../../lib/scope'
import { recordAuditIn } from '../../repos/audit'
import { readProjectIn, updateProjectIn } from '../../repos/projects'
import { findTeam } from '../../repos/teams'
import { inTransaction } from '../../repos/transaction'
import { defineAction } from '../define'

export const assignProject = defineAction({
  action: 'teams.assignProject',
  allow: ['coordinator'],
  scope: 'community',
  async handler(input, ctx) {
    const communityId = callerCommunity(ctx)
    const team = input.teamId ? await findTeam(input.teamId) : null
    if (input.teamId && (!team || team.communityId !== communityId)) throw new AppError('NOT_FOUND', { teamId: '志愿服务队不存在' })
    const after = { teamId: team?._id ?? null, teamName: team?.name ?? null }
    await inTransaction(async (t) => {
      const p = await readProjectIn(t, input.projectId)
      if (!p || p.communityId !== communityId) throw new AppError('NOT_FOUND', { projectId: '项目不存在' })
      if (p.status !== 'declared' && p.status !== 'published') throw new AppError('PROJECT_MOVE_NOT_ALLOWED', { projectId: '只有待审核或已发布的项目可以指派' })
      if ((p.teamId ?? null) === after.teamId) return
      await updateProjectIn(t, p._id, { ...after, updatedAt: ctx.now })
      const audit = { actorOpenid: ctx.openid, communityId, action: 'teams.assignProject', targetType: 'project', targetId: p._id, requestId: ctx.requestId }
      await recordAuditIn(t, { ...audit, before: { teamId: p.teamId ?? null }, after: { teamId: after.teamId } }, ctx.now)
    })
    return { projectId: input.projectId, ...after }
  }
})
