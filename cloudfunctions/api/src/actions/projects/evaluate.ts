// projects.evaluate — a coordinator grades a completed project 优秀 / 合格 / 不合格 with notes (项目评价). A later
// evaluation replaces the earlier one; the audit log keeps both.
import { AppError } from '../../../../../src/shared/errors'
import { assertTextSafe } from '../../lib/contentCheck'
import { recordAudit } from '../../repos/audit'
import { setEvaluation } from '../../repos/projects'
import { defineAction } from '../define'
import { loadProject } from './access'
import { projectView } from './view'

export const evaluate = defineAction({
  action: 'projects.evaluate',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const p = await loadProject(ctx, input.projectId)
    if (p.status !== 'completed') throw new AppError('PROJECT_MOVE_NOT_ALLOWED')
    await assertTextSafe(ctx.openid, { notes: input.notes })
    const evaluation = { grade: input.grade, notes: input.notes, by: ctx.openid, at: ctx.now }
    if (!(await setEvaluation(p._id, evaluation, ctx.now))) throw new AppError('PROJECT_MOVE_NOT_ALLOWED')
    await recordAudit(
      {
        actorOpenid: ctx.openid,
        communityId: p.communityId,
        action: 'projects.evaluate',
        targetType: 'project',
        targetId: p._id,
        requestId: ctx.requestId,
        before: { grade: p.evaluation?.grade ?? null },
        after: { grade: input.grade, notes: input.notes }
      },
      ctx.now
    )
    return projectView({ ...p, evaluation, updatedAt: ctx.now })
  }
})
