// 随手拍 civic reports (惠民城管通): a member of a community files a photo + location + category → a coordinator
// dispatches it to a volunteer or a team → the assignee rectifies it with an after-photo → the coordinator closes
// it, or the coordinator / the reporter reopens it. One transition table drives the server and the moves a viewer
// is offered. Rectification rate = reports rectified and closed ÷ reports filed.
import * as z from '../zod'
import { id, location, shortText } from './fields'

export const REPORT_CATEGORIES = ['sanitation', 'street_vending', 'facility_damage', 'safety_hazard', 'other'] as const
export type ReportCategory = (typeof REPORT_CATEGORIES)[number]
export const REPORT_CATEGORY_LABELS: Record<ReportCategory, string> = {
  sanitation: '环境卫生',
  street_vending: '占道经营',
  facility_damage: '设施损坏',
  safety_hazard: '安全隐患',
  other: '其他'
}

export const REPORT_STATUSES = ['filed', 'dispatched', 'rectified', 'closed', 'reopened'] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  filed: '待派单',
  dispatched: '整改中',
  rectified: '待验收',
  closed: '已办结',
  reopened: '已重开'
}

export const REPORT_MOVES = ['dispatch', 'rectify', 'close', 'reopen'] as const
export type ReportMove = (typeof REPORT_MOVES)[number]
export type ReportActor = 'reporter' | 'assignee' | 'coordinator'

/** The one transition table: from which statuses each move may be made, by whom, and where it leads. */
export const REPORT_TRANSITIONS: Record<ReportMove, { from: readonly ReportStatus[]; to: ReportStatus; by: readonly ReportActor[] }> = {
  dispatch: { from: ['filed', 'reopened'], to: 'dispatched', by: ['coordinator'] },
  rectify: { from: ['dispatched'], to: 'rectified', by: ['assignee'] },
  close: { from: ['rectified'], to: 'closed', by: ['coordinator'] },
  reopen: { from: ['rectified', 'closed'], to: 'reopened', by: ['coordinator', 'reporter'] }
}

export function reportMovesFor(status: ReportStatus, actors: readonly ReportActor[]): ReportMove[] {
  return REPORT_MOVES.filter((m) => REPORT_TRANSITIONS[m].from.includes(status) && REPORT_TRANSITIONS[m].by.some((a) => actors.includes(a)))
}

const photoId = z
  .string()
  .max(300)
  .regex(/^cloud:\/\//, '图片地址不正确')
const reportId = z.object({ reportId: id })

export const ReportPhotoView = z.object({ status: z.enum(['checking', 'pass', 'risky']), url: z.string().nullable() })
export const ReportEventView = z.object({
  kind: z.enum(['create', ...REPORT_MOVES]),
  at: z.string(),
  from: z.enum(REPORT_STATUSES).nullable(),
  to: z.enum(REPORT_STATUSES),
  byRole: z.enum(['reporter', 'assignee', 'coordinator']),
  byName: z.string(),
  note: z.string().nullable()
})

export const ReportView = z.object({
  id: z.string(),
  category: z.enum(REPORT_CATEGORIES),
  categoryLabel: z.string(),
  description: z.string(),
  location: location,
  place: z.string(),
  status: z.enum(REPORT_STATUSES),
  /** Photos of the problem; shown only once the image check passed (url null otherwise). */
  photos: z.array(ReportPhotoView),
  /** After-photos of the rectification, same rule. */
  afterPhotos: z.array(ReportPhotoView),
  assignee: z.object({ kind: z.enum(['volunteer', 'team']), name: z.string() }).nullable(),
  rectifyNote: z.string().nullable(),
  reopenReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  events: z.array(ReportEventView),
  moves: z.array(z.enum(REPORT_MOVES)),
  viewer: z.array(z.enum(['reporter', 'assignee', 'coordinator']))
})
export type ReportView = z.infer<typeof ReportView>

export const ReportStats = z.object({
  communityId: z.string(),
  filed: z.number().int(),
  /** Rectifications made (a reopened report rectified again counts again). */
  rectified: z.number().int(),
  /** Reports closed now (rectified and accepted). */
  closed: z.number().int(),
  open: z.number().int(),
  /** closed ÷ filed, 0..1; null before the first report. */
  rectificationRate: z.number().nullable()
})

export const reportsContracts = {
  'reports.create': {
    input: z
      .object({
        /** Made once per form on the client and kept across retries: the same requestId never makes two reports. */
        requestId: z
          .string()
          .min(8)
          .max(64)
          .regex(/^[A-Za-z0-9_-]+$/),
        category: z.enum(REPORT_CATEGORIES),
        description: shortText(300, '问题描述'),
        photos: z.array(photoId).min(1, '请至少拍一张照片').max(3, '最多3张照片'),
        location,
        place: z.string().trim().max(100).default('')
      })
      .strict(),
    output: ReportView
  },
  'reports.list': {
    input: z
      .object({
        /** mine: filed by me; assigned: dispatched to me; community: the community's (coordinators). */
        as: z.enum(['mine', 'assigned', 'community']).default('mine'),
        status: z.enum(REPORT_STATUSES).optional(),
        offset: z.number().int().min(0).max(1000).default(0),
        limit: z.number().int().min(1).max(50).default(20)
      })
      .strict(),
    output: z.object({ items: z.array(ReportView), hasMore: z.boolean() })
  },
  'reports.get': { input: reportId.strict(), output: ReportView },
  'reports.dispatch': {
    input: z
      .object({ reportId: id, volunteerId: id.optional(), teamId: id.optional(), note: z.string().trim().max(200).optional() })
      .strict()
      .refine((v) => !!v.volunteerId !== !!v.teamId, { message: '请选择一位志愿者或一支服务队', path: ['volunteerId'] }),
    output: ReportView
  },
  'reports.rectify': {
    input: z.object({ reportId: id, photos: z.array(photoId).min(1, '请上传整改后的照片').max(3, '最多3张照片'), note: shortText(200, '整改说明') }).strict(),
    output: ReportView
  },
  'reports.close': { input: z.object({ reportId: id, note: z.string().trim().max(200).optional() }).strict(), output: ReportView },
  'reports.reopen': { input: z.object({ reportId: id, reason: shortText(200, '重开原因') }).strict(), output: ReportView },
  'reports.stats': { input: z.object({}).strict(), output: ReportStats }
}
