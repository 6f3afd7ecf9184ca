// 项目库: the community's projects (projects.list, paged, by status) and one project (projects.get) with the moves
// made on it — 报名 / 取消报名 (volunteers), 审核 通过/不通过, 到场登记, 结项 and 评价 (coordinators). After every move the
// project is read again: a sign-up changes the counters and the caller's place, a review or completion the status,
// and the server's answer to one move is not the whole view (participants, my sign-up).
import { useCallback, useState } from 'react'
import { PROJECT_STATUS_LABELS, type ActionOutput, type PROJECT_GRADES, type PROJECT_STATUSES } from '../shared/contracts'
import { messageFor } from '../shared/errors'
import type { FieldErrors } from './formErrors'
import { useAction } from './useAction'
import { usePagedQuery } from './usePagedQuery'
import { useQuery } from './useQuery'
import { useReloadOnShow } from './useReloadOnShow'

export type Project = ActionOutput<'projects.get'>
export type ProjectStatus = (typeof PROJECT_STATUSES)[number]
export type ProjectGrade = (typeof PROJECT_GRADES)[number]
export type ProjectFilter = 'all' | ProjectStatus

export const PROJECT_PAGES = {
  list: '/packages/resident/pages/projects/index',
  detail: (id: string) => `/packages/resident/pages/project/index?id=${encodeURIComponent(id)}`,
  declare: '/packages/coordinator/pages/project-new/index'
}

/** Volunteers filter what they may see; coordinators also 待审核 and 未通过. */
const filters = (statuses: ProjectStatus[]) => [
  { value: 'all' as ProjectFilter, label: '全部' },
  ...statuses.map((s) => ({ value: s as ProjectFilter, label: PROJECT_STATUS_LABELS[s] }))
]
export const VOLUNTEER_FILTERS = filters(['published', 'completed'])
export const STAFF_FILTERS = filters(['declared', 'published', 'completed', 'rejected'])

export function useProjectList(filter: ProjectFilter) {
  const list = usePagedQuery('projects.list', filter === 'all' ? {} : { status: filter })
  useReloadOnShow(list.reload)
  return list
}

/** 已报名 / 候补第N位 / 已取消, or null without a sign-up. */
export function signUpText(s: Project['mySignUp']): string | null {
  if (!s) return null
  if (s.status === 'confirmed') return '已报名'
  if (s.status === 'waitlisted') return s.position ? `候补第${s.position}位` : '候补中'
  return '已取消'
}

export function placesLeft(p: Pick<Project, 'capacity' | 'confirmedCount'>): number {
  return Math.max(0, p.capacity - p.confirmedCount)
}

export function useProject(projectId: string) {
  const query = useQuery('projects.get', { projectId }, !!projectId)
  const { reload } = query
  useReloadOnShow(reload)
  const signUp = useAction('projects.signUp')
  const cancel = useAction('projects.cancelSignUp')
  const review = useAction('projects.review', {
    fields: ['reason'],
    // The contract lets the reason be optional (approvals have none); a rejection needs one, as the server says.
    validate: (input): FieldErrors => (input.decision === 'reject' && (input.reason ?? '').trim().length < 2 ? { reason: messageFor('REASON_REQUIRED') } : {})
  })
  const attendance = useAction('projects.attendance', { fields: [] }) // every refusal as one message
  const complete = useAction('projects.complete')
  const evaluate = useAction('projects.evaluate', { fields: ['grade', 'notes'] })
  const [recordsWritten, setRecordsWritten] = useState<number | null>(null)

  /** Runs a move, then reads the project again whatever the answer (a refusal usually means it moved on). */
  const after = useCallback(
    async <T>(run: Promise<T | null>): Promise<boolean> => {
      const done = await run
      reload()
      return done !== null
    },
    [reload]
  )

  return {
    project: query.data,
    loading: query.loading,
    error: query.error,
    reload,
    signUp: { run: () => after(signUp.run({ projectId })), pending: signUp.pending, error: signUp.formError },
    cancel: { run: () => after(cancel.run({ projectId })), pending: cancel.pending, error: cancel.formError },
    review: {
      approve: () => after(review.run({ projectId, decision: 'approve' })),
      reject: (reason: string) => after(review.run({ projectId, decision: 'reject', reason: reason.trim() })),
      pending: review.pending,
      error: review.formError,
      fieldErrors: review.fieldErrors,
      clearField: review.clearField
    },
    /** 到场登记 of one session: `present` are the seqs of the confirmed participants who were there. */
    attendance: {
      run: (session: number, present: number[]) => after(attendance.run({ projectId, session, present })),
      pending: attendance.pending,
      error: attendance.formError
    },
    complete: {
      run: async () => {
        const done = await complete.run({ projectId })
        if (done) setRecordsWritten(done.recordsWritten)
        reload()
        return !!done
      },
      pending: complete.pending,
      error: complete.formError,
      recordsWritten
    },
    evaluate: {
      run: (grade: ProjectGrade | '', notes: string) => after(evaluate.run({ projectId, grade: grade as ProjectGrade, notes: notes.trim() })),
      pending: evaluate.pending,
      error: evaluate.formError,
      fieldErrors: evaluate.fieldErrors,
      clearField: evaluate.clearField
    }
  }
}

export type ProjectMover = ReturnType<typeof useProject>
