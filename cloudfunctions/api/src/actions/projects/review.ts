// projects.review — a coordinator of the project's community approves a declared project (→ published, open for
// sign-up) or rejects it with a reason. One conditional update on status 'declared': of two reviewers one wins.
import { AppError } from '../../../../../src/shared/errors'
import { recordAudit } from '../../repos/audit'
import { moveProject, type ProjectDoc } from '../../repos/projects'
import { defineAction } from '../define'
import { loadProject } from './access'
import { projectView } from './view'

export const review = defineAction({
  action: 'projects.review',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const p = await loadProject(ctx, input.projectId)
    const reason = input.reason?.trim() ?? ''
    if (input.decision === 'reject' && reason.length < 2) throw new AppError('REASON_REQUIRED', { reason: '请填写不通过的原因' })
    if (p.status !== 'declared') throw new AppError('PROJECT_MOVE_NOT_ALLOWED')
    const patch: Partial<ProjectDoc> = {
      status: input.decision === 'approve' ? 'published' : 'rejected',
      rejectReason: input.decision === 'reject' ? reason : null,
      reviewedBy: ctx.openid,
      reviewedAt: ctx.now,
      updatedAt: ctx.now
    }
    if (!(await moveProject(p._id, 'declared', patch))) throw new AppError('PROJECT_MOVE_NOT_ALLOWED')
    await recordAudit(
      {
        actorOpenid: ctx.openid,
        communityId: p.communityId,
        action: 'projects.review',
        targetType: 'project',
        targetId: p._id,
        requestId: ctx.requestId,
        before: { status: p.status },
        after: { status: patch.status, rejectReason: patch.rejectReason }
      },
      ctx.now
    )
    return projectView({ ...p, ...patch })
  }
})
