// Project library 项目库 (seed 002): a coordinator declares a project → a coordinator reviews it (approve →
// published, or reject with a reason) → approved volunteers of the community sign up (capacity, then a waitlist in
// arrival order; cancelling a confirmed place promotes the first on the waitlist) → once a session has started the
// coordinator records who was there (到场登记, 谁组织谁记录) → after the last session has ended, completion writes one
// service record per participant who attended (minutes = the attended sessions' minutes; records must be true,
// 《志愿服务记录与证明出具办法》) → evaluation 优秀/合格/不合格.
import * as z from '../zod'
import { id, serviceCategory, shortText } from './fields'

const requestId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/)
const isoDate = z.string().datetime({ offset: true, message: '时间格式不正确' })

export const PROJECT_STATUSES = ['declared', 'published', 'rejected', 'completed'] as const
export const PROJECT_STATUS_LABELS: Record<(typeof PROJECT_STATUSES)[number], string> = {
  declared: '待审核',
  published: '已发布',
  rejected: '未通过',
  completed: '已结项'
}
export const PROJECT_GRADES = ['优秀', '合格', '不合格'] as const
export const SIGNUP_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const

export const ProjectSession = z.object({
  startsAt: isoDate,
  minutes: z.number({ message: '请填写服务时长' }).int('时长应为整数分钟').min(10, '每场至少10分钟').max(720, '每场最多720分钟')
})

export const SignUpView = z.object({
  projectId: z.string(),
  status: z.enum(SIGNUP_STATUSES),
  /** Arrival order within the project (assigned in the sign-up's transaction). */
  seq: z.number().int(),
  /** 1-based place on the waitlist; null unless waitlisted. */
  position: z.number().int().nullable(),
  /** Indexes (0-based) of the sessions the coordinator recorded this volunteer as present at (已签到). */
  attended: z.array(z.number().int())
})
export type SignUpView = z.infer<typeof SignUpView>

/** `seq` identifies the sign-up within its project (projects.attendance names participants by it); `attended` as in SignUpView. */
export const ParticipantView = z.object({
  volunteerName: z.string(),
  volunteerNo: z.string().nullable(),
  status: z.enum(SIGNUP_STATUSES),
  seq: z.number().int(),
  attended: z.array(z.number().int())
})

/** A session's 到场登记: null until the coordinator first saves it; `present` counts who was there. */
export const SessionAttendance = z.object({ present: z.number().int(), at: z.string() }).nullable()

export const ProjectView = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  category: serviceCategory.nullable(),
  place: z.string(),
  organizer: z.string(),
  sessions: z.array(z.object({ startsAt: z.string(), minutes: z.number().int(), attendance: SessionAttendance })),
  /** Sum of the sessions' minutes: the most a participant's record can hold (one who attended every session). */
  totalMinutes: z.number().int(),
  capacity: z.number().int(),
  confirmedCount: z.number().int(),
  waitlistCount: z.number().int(),
  status: z.enum(PROJECT_STATUSES),
  rejectReason: z.string().nullable(),
  evaluation: z.object({ grade: z.enum(PROJECT_GRADES), notes: z.string(), at: z.string() }).nullable(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
  /** The team the project is assigned to (teams.assignProject): only its members may sign up (domain/teams.ts). */
  team: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** The caller's own sign-up (null if none). */
  mySignUp: SignUpView.nullable(),
  /** Coordinators (and admins) only, in projects.get: confirmed then waitlisted, each in arrival order. */
  participants: z.array(ParticipantView).nullable()
})
export type ProjectView = z.infer<typeof ProjectView>

export const projectsContracts = {
  /** A coordinator declares a project for their community; the same requestId never makes two projects. */
  'projects.declare': {
    input: z
      .object({
        requestId,
        title: shortText(40, '项目名称'),
        description: shortText(500, '项目介绍'),
        category: serviceCategory.optional(),
        place: shortText(60, '服务地点'),
        sessions: z.array(ProjectSession).min(1, '请至少安排一场服务').max(20, '最多20场'),
        capacity: z.number({ message: '请填写招募人数' }).int('招募人数应为整数').min(1, '至少招募1人').max(500, '最多招募500人')
      })
      .strict(),
    output: ProjectView
  },
  /** A coordinator of the project's community approves (→ published) or rejects (reason required) a declared project. */
  'projects.review': {
    input: z.object({ projectId: id, decision: z.enum(['approve', 'reject']), reason: z.string().trim().max(200, '原因最多200个字').optional() }).strict(),
    output: ProjectView
  },
  /** The caller's community's projects, newest first: published and completed; coordinators also see declared and rejected. */
  'projects.list': {
    /** `status` narrows the list (项目库's filters); a status the caller may not see gives an empty list. */
    input: z
      .object({
        status: z.enum(PROJECT_STATUSES).optional(),
        offset: z.number().int().min(0).max(10000).default(0),
        limit: z.number().int().min(1).max(50).default(20)
      })
      .strict(),
    output: z.object({ items: z.array(ProjectView), hasMore: z.boolean() })
  },
  'projects.get': { input: z.object({ projectId: id }).strict(), output: ProjectView },
  /** An approved volunteer of the community: a confirmed place while there is room, else the waitlist. Replays return the same sign-up. */
  'projects.signUp': { input: z.object({ projectId: id }).strict(), output: SignUpView },
  /** Gives up a place (the first on the waitlist is promoted) or leaves the waitlist. */
  'projects.cancelSignUp': { input: z.object({ projectId: id }).strict(), output: SignUpView },
  /**
   * 到场登记 for one session (0-based `session`) of a published project that has started: `present` lists the seqs of
   * the confirmed participants who were there (everyone else confirmed is absent). Saving the same list again
   * changes nothing; a later save replaces the earlier one until the project is completed.
   */
  'projects.attendance': {
    input: z.object({ projectId: id, session: z.number().int().min(0).max(19), present: z.array(z.number().int().min(1)).max(500) }).strict(),
    output: ProjectView
  },
  /**
   * Finishes a published project once its last session has ended and every session's attendance is recorded,
   * writing one service record per participant who attended (their sessions' minutes); replays write nothing more.
   */
  'projects.complete': { input: z.object({ projectId: id }).strict(), output: z.object({ project: ProjectView, recordsWritten: z.number().int() }) },
  /** Grades a completed project 优秀/合格/不合格 with notes. */
  'projects.evaluate': {
    input: z
      .object({
        projectId: id,
        grade: z.enum(PROJECT_GRADES, { message: '请选择评价等级' }),
        notes: z.string().trim().min(2, '请填写评价说明').max(500, '评价说明最多500个字')
      })
      .strict(),
    output: ProjectView
  }
}
