// Making one move of the report transition table (src/shared/contracts/reports.ts), the same way for every action:
// find the capacity the caller acts in, refuse a move the table does not allow from the status read, then ONE
// transaction conditional on that status which also appends the timeline event and updates the community's counts.
// A lost race is REPORT_STATUS_CHANGED; nothing is written in any refused case.
import { REPORT_TRANSITIONS, type ReportActor, type ReportMove } from '../../../../../src/shared/contracts/reports'
import { AppError } from '../../../../../src/shared/errors'
import { moveReport, type ReportDoc, type ReportEventDoc, type StatsDelta } from '../../repos/reports'
import type { ActionContext } from '../define'
import { relationsOf } from './view'

/** The capacity in which the caller makes `move`: NOT_YOUR_REPORT if none fits, REPORT_MOVE_NOT_ALLOWED if the status forbids it. */
export async function actorFor(r: ReportDoc, move: ReportMove, ctx: ActionContext): Promise<ReportActor> {
  const t = REPORT_TRANSITIONS[move]
  const actor = (await relationsOf(r, ctx)).find((a) => t.by.includes(a))
  if (!actor) throw new AppError('NOT_YOUR_REPORT')
  if (!t.from.includes(r.status)) throw new AppError('REPORT_MOVE_NOT_ALLOWED')
  return actor
}

export function eventFor(
  r: Pick<ReportDoc, 'status'> | null,
  move: ReportMove | 'create',
  actor: ReportActor,
  ctx: ActionContext,
  note: string | null
): ReportEventDoc {
  const byName = actor === 'assignee' ? (ctx.volunteer?.realName ?? '志愿者') : (ctx.user?.nickname ?? '用户')
  const to = move === 'create' ? 'filed' : REPORT_TRANSITIONS[move].to
  return { kind: move, at: ctx.now, from: r ? r.status : null, to, byOpenid: ctx.openid, byRole: actor, byName, note }
}

export async function commitMove(
  r: ReportDoc,
  move: ReportMove,
  actor: ReportActor,
  ctx: ActionContext,
  patch: Partial<ReportDoc>,
  note: string | null,
  delta: StatsDelta = {}
): Promise<ReportDoc> {
  // Coordinators' moves (dispatch, close, reopen) are audited; the assignee's and reporter's are their own timeline.
  const audit =
    actor === 'coordinator'
      ? {
          actorOpenid: ctx.openid,
          communityId: r.communityId,
          action: `reports.${move}`,
          targetType: 'report',
          targetId: r._id,
          requestId: ctx.requestId,
          before: { status: r.status },
          // No names: a volunteer assignee is named by the report's timeline, a team by its id.
          after: {
            status: REPORT_TRANSITIONS[move].to,
            ...(patch.assigneeKind ? { assigneeKind: patch.assigneeKind, assigneeTeamId: patch.assigneeTeamId ?? null } : {}),
            ...(move === 'reopen' ? { reason: note } : {})
          }
        }
      : null
  const moved = await moveReport(r, patch, eventFor(r, move, actor, ctx, note), delta, audit)
  if (!moved) throw new AppError('REPORT_STATUS_CHANGED')
  return moved
}
