// Order contracts. One OrderView for every viewer: the server fills the private parts (address detail, phone,
// photos, check-in code) only for those allowed to see them (条例 art 21) and leaves them null otherwise, and
// lists the moves this viewer may make now (from the shared transition table).
import * as z from '../zod'
import { FUNDINGS, ORDER_MOVES, ORDER_STATUSES, URGENCIES } from '../domain/order'
import { id, location, serviceCategory, shortText } from './fields'

export const RATING_TAGS = ['准时守约', '耐心细致', '专业高效', '热情友善', '沟通顺畅', '有待改进'] as const
/** A timeline entry is the order's creation or one move of the table (escalation, by the system, among them). */
export const ORDER_EVENT_KINDS = ['create', ...ORDER_MOVES] as const

const isoDate = z.string().datetime({ offset: true, message: '时间格式不正确' })
const reason = (label: string) => shortText(200, label)
const orderId = z.object({ orderId: id })

export const OrderEventView = z.object({
  kind: z.enum(ORDER_EVENT_KINDS),
  at: z.string(),
  from: z.enum(ORDER_STATUSES).nullable(),
  to: z.enum(ORDER_STATUSES),
  byRole: z.enum(['owner', 'assignee', 'volunteer', 'coordinator', 'system']),
  byName: z.string(),
  onBehalf: z.boolean(),
  note: z.string().nullable()
})

export const OrderPhotoView = z.object({ status: z.enum(['checking', 'pass', 'risky']), url: z.string().nullable() })

export const OrderView = z.object({
  id: z.string(),
  shortNo: z.string(),
  category: serviceCategory,
  /** The category's name when the order was made (catalogue label; kept if the category is renamed or retired). */
  categoryLabel: z.string(),
  description: z.string(),
  urgency: z.enum(URGENCIES),
  funding: z.enum(FUNDINGS),
  status: z.enum(ORDER_STATUSES),
  windowStart: z.string(),
  windowEnd: z.string(),
  estimatedMinutes: z.number().int(),
  /** Street-level area only (community and street): what anyone eligible may see. */
  area: z.string(),
  distanceMeters: z.number().int().nullable(),
  beneficiaryName: z.string().nullable(),
  /** Private: owner, assigned volunteer from accept until confirmation, coordinators. */
  address: z.object({ detail: z.string(), contactName: z.string(), contactPhone: z.string(), location: location.nullable() }).nullable(),
  photos: z.array(OrderPhotoView),
  /** Only the owner sees it: they tell it to the volunteer who checks in without location. */
  checkInCode: z.string().nullable(),
  volunteer: z.object({ name: z.string(), volunteerNo: z.string().nullable() }).nullable(),
  createdAt: z.string(),
  slaDueAt: z.string(),
  escalated: z.boolean(),
  acceptedAt: z.string().nullable(),
  checkInAt: z.string().nullable(),
  checkOutAt: z.string().nullable(),
  autoConfirmAt: z.string().nullable(),
  servedMinutes: z.number().int().nullable(),
  /** Minutes after a coordinator's ruling on a dispute; else equal to servedMinutes. */
  finalMinutes: z.number().int().nullable(),
  rating: z.object({ stars: z.number().int(), tags: z.array(z.string()), comment: z.string().nullable() }).nullable(),
  dispute: z.object({ reason: z.string(), resolution: z.string().nullable(), minutes: z.number().int().nullable() }).nullable(),
  cancelReason: z.string().nullable(),
  /** Hours of a finished order: paid by the settle worker within seconds of completion ('settling' until then). */
  settlement: z.enum(['none', 'settling', 'settled']),
  events: z.array(OrderEventView),
  moves: z.array(z.enum(ORDER_MOVES)),
  viewer: z.array(z.enum(['owner', 'assignee', 'volunteer', 'coordinator']))
})
export type OrderView = z.infer<typeof OrderView>

export const BoardItem = OrderView.pick({
  id: true,
  shortNo: true,
  category: true,
  categoryLabel: true,
  urgency: true,
  status: true,
  area: true,
  createdAt: true,
  slaDueAt: true,
  escalated: true,
  windowStart: true,
  windowEnd: true,
  volunteer: true,
  beneficiaryName: true
}).extend({
  /** For a priority-tagged registered beneficiary (domain/beneficiaries.ts): listed first. */
  priority: z.boolean(),
  /** Minutes left before the SLA (negative: late). Only while unassigned. */
  slaMinutesLeft: z.number().int().nullable(),
  overdue: z.boolean(),
  /** Escalated on to the street (街道, cron escalateStreet): its street admin may now dispatch it street-wide. */
  streetEscalated: z.boolean()
})

export const Candidate = z.object({
  volunteerId: z.string(),
  name: z.string(),
  volunteerNo: z.string().nullable(),
  /** Their community's name when the order is dispatched at the street level (any community of the street); else null. */
  communityName: z.string().nullable(),
  distanceMeters: z.number().int().nullable(),
  load: z.number().int(),
  rating: z.number().nullable(),
  completed: z.number().int(),
  reliability: z.number().nullable(),
  score: z.number(),
  reasons: z.array(z.string()),
  eligible: z.boolean()
})

export const ordersContracts = {
  'orders.create': {
    input: z
      .object({
        /** Made once per form on the client and kept across retries: the same requestId never makes two orders. */
        requestId: z
          .string()
          .min(8)
          .max(64)
          .regex(/^[A-Za-z0-9_-]+$/),
        category: serviceCategory,
        description: shortText(300, '需求描述'),
        photos: z
          .array(
            z
              .string()
              .max(300)
              .regex(/^cloud:\/\//, '图片地址不正确')
          )
          .max(3, '最多3张照片')
          .default([]),
        addressId: id,
        windowStart: isoDate,
        windowEnd: isoDate,
        urgency: z.enum(URGENCIES).default('normal'),
        // Free public service unless the resident chooses to pay with their own hours (most start with none).
        funding: z.enum(FUNDINGS).default('public_service'),
        /** Acting for a family member through an active link (family.link). */
        forLinkId: id.optional()
      })
      .strict(),
    output: OrderView
  },
  /**
   * A coordinator records a walk-in or phone request for a registered beneficiary (受助对象): the beneficiary's
   * address is the order's, the coordinators confirm on their behalf, priority groups are paid by the community pool.
   */
  'orders.createFor': {
    input: z
      .object({
        requestId: z
          .string()
          .min(8)
          .max(64)
          .regex(/^[A-Za-z0-9_-]+$/),
        beneficiaryId: id,
        category: serviceCategory,
        description: shortText(300, '需求描述'),
        windowStart: isoDate,
        windowEnd: isoDate,
        urgency: z.enum(URGENCIES).default('normal')
      })
      .strict(),
    output: OrderView
  },
  'orders.get': { input: orderId.strict(), output: OrderView },
  'orders.listMine': {
    input: z
      .object({
        as: z.enum(['resident', 'volunteer']),
        open: z.boolean().default(true),
        offset: z.number().int().min(0).max(1000).default(0),
        limit: z.number().int().min(1).max(50).default(20)
      })
      .strict(),
    output: z.object({ items: z.array(OrderView), hasMore: z.boolean() })
  },
  'orders.pool': {
    input: z
      .object({
        location: location.optional(),
        radiusMeters: z.number().int().min(100).max(20000).default(5000),
        limit: z.number().int().min(1).max(50).default(20)
      })
      .strict(),
    /** located: sorted by distance — from `location` when given, else from the volunteer's registered service location. */
    output: z.object({ items: z.array(OrderView), located: z.boolean() })
  },
  'orders.grab': { input: orderId.strict(), output: OrderView },
  'orders.candidates': { input: orderId.strict(), output: z.object({ orderId: z.string(), candidates: z.array(Candidate) }) },
  'orders.dispatch': { input: z.object({ orderId: id, volunteerId: id }).strict(), output: OrderView },
  'orders.reassign': { input: z.object({ orderId: id, volunteerId: id, reason: reason('改派原因') }).strict(), output: OrderView },
  'orders.accept': { input: orderId.strict(), output: OrderView },
  'orders.decline': { input: z.object({ orderId: id, reason: reason('婉拒原因') }).strict(), output: OrderView },
  'orders.checkIn': {
    input: z
      .object({
        orderId: id,
        location: location.optional(),
        code: z
          .string()
          .regex(/^\d{4}$/, '请输入4位签到码')
          .optional()
      })
      .strict(),
    output: OrderView
  },
  'orders.checkOut': { input: z.object({ orderId: id, note: z.string().trim().max(200).optional() }).strict(), output: OrderView },
  'orders.confirm': {
    input: z
      .object({
        orderId: id,
        stars: z.number().int().min(1, '请评分').max(5),
        tags: z.array(z.enum(RATING_TAGS)).max(6).default([]),
        comment: z.string().trim().max(200).optional()
      })
      .strict(),
    output: OrderView
  },
  'orders.dispute': { input: z.object({ orderId: id, reason: reason('申诉理由') }).strict(), output: OrderView },
  'orders.resolve': {
    input: z.object({ orderId: id, minutes: z.number().int('请填写整数分钟').min(0).max(1440), reason: reason('裁定说明') }).strict(),
    output: OrderView
  },
  /** The owner or a coordinator cancels; the assigned volunteer withdraws (the order returns to the pool). */
  'orders.cancel': { input: z.object({ orderId: id, reason: reason('原因') }).strict(), output: OrderView },
  'orders.board': {
    /** Coordinators: their own community (naming another is refused); street admins: a community of their street
     *  (required); admins: any (default their own). */
    input: z.object({ communityId: id.optional() }).strict(),
    output: z.object({
      counts: z.object({
        pending: z.number().int(),
        escalated: z.number().int(),
        overdue: z.number().int(),
        in_service: z.number().int(),
        awaiting_confirmation: z.number().int(),
        disputed: z.number().int()
      }),
      items: z.array(BoardItem),
      now: z.string()
    })
  }
}
