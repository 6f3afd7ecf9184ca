// 街道 / street level: streets above communities, their admins (街道管理员) and the side-by-side comparison of
// their communities. Platform admins (ADMIN_OPENIDS) create streets and appoint street admins; a street admin
// reaches the communities of their own street only.
import * as z from '../zod'
import { ORDER_STATUSES, URGENCIES } from '../domain/order'
import { id, serviceCategory } from './fields'
import { CommunityView } from './communities'

const requestId = z
  .string()
  .min(8, '请求编号格式不正确')
  .max(64, '请求编号格式不正确')
  .regex(/^[A-Za-z0-9_-]+$/, '请求编号格式不正确')

/** Minutes an order may stay unaccepted after its community's escalation before the street is told. */
export const STREET_ESCALATION_DEFAULT_MINUTES = 30

export const StreetCommunity = CommunityView.extend({
  /** 常住人口 as the street or platform recorded it: the dashboard's denominator when set. */
  population: z.number().int().nullable()
})
export const StreetView = z.object({
  id: z.string(),
  name: z.string(),
  escalationMinutes: z.number().int(),
  communities: z.array(StreetCommunity),
  /** Its 街道管理员 (user id and nickname), so a platform admin can see and remove them. */
  admins: z.array(z.object({ userId: z.string(), nickname: z.string() }))
})
export type StreetView = z.infer<typeof StreetView>

const rate = z.number().min(0).max(1).nullable()
/** One community's KPIs in the comparison: the same figures its 工作台 shows (domain/stats/compare.ts). */
export const CompareRow = z.object({
  communityId: z.string(),
  communityName: z.string(),
  population: z.number().int().nullable(),
  residents: z.number().int(),
  registered: z.number().int(),
  shareOfResidents: rate,
  participationRate: rate,
  perVolunteerHours: z.number().nullable(),
  satisfactionRate: rate,
  responseMedianMinutes: z.number().nullable(),
  ordersCreated: z.number().int(),
  completionRate: rate,
  openEscalations: z.number().int(),
  circulationMinutes: z.number().int(),
  rectificationRate: rate
})
export type CompareRow = z.infer<typeof CompareRow>

const appointment = z.object({ streetId: id, userId: id }).strict()

/** One community's health on the 街道工作台: people, open work, and how much of it waits past its deadlines. */
export const CommunityHealth = z.object({
  communityId: z.string(),
  name: z.string(),
  code: z.string(),
  population: z.number().int().nullable(),
  residents: z.number().int(),
  /** Approved volunteers (the 工作台's 注册志愿者) and those with a service record this year (参与). */
  registered: z.number().int(),
  activeVolunteers: z.number().int(),
  coordinators: z.number().int(),
  /** Orders not yet finished (待派单 to 待确认, 申诉中). */
  openOrders: z.number().int(),
  /** Still unassigned past the community's SLA (the 工作台's 超时升级). */
  escalatedOrders: z.number().int(),
  /** Escalated on to the street and not yet taken: on the 街道调度 board. */
  streetEscalatedOrders: z.number().int()
})
export type CommunityHealth = z.infer<typeof CommunityHealth>

/** An order escalated to the street, as its admin sees it on 街道调度: street-level area only, never the address. */
export const StreetBoardItem = z.object({
  id: z.string(),
  shortNo: z.string(),
  communityId: z.string(),
  communityName: z.string(),
  category: serviceCategory,
  /** The category's name as the order was made (an own category's key means nothing to a reader). */
  categoryLabel: z.string(),
  /** What the resident asked for, as volunteers see it in the pool: the street admin needs it to choose. */
  description: z.string(),
  urgency: z.enum(URGENCIES),
  status: z.enum(ORDER_STATUSES),
  area: z.string(),
  createdAt: z.string(),
  windowStart: z.string(),
  windowEnd: z.string(),
  streetEscalatedAt: z.string().nullable(),
  volunteer: z.object({ name: z.string(), volunteerNo: z.string().nullable() }).nullable()
})
export type StreetBoardItem = z.infer<typeof StreetBoardItem>

/** A platform admin names the street; a street admin may omit it (their own) — naming another is FORBIDDEN. */
const streetOfCaller = z.object({ streetId: id.optional() }).strict()

export const streetsContracts = {
  /** Platform admin: a new street. Replay-safe: the id comes from the caller and requestId. */
  'streets.create': {
    input: z
      .object({
        requestId,
        name: z.string().trim().min(1, '请填写街道名称').max(30, '街道名称最多30个字'),
        escalationMinutes: z
          .number({ error: '街道升级时限应为分钟数' })
          .int('街道升级时限应为整数分钟')
          .min(5, '街道升级时限至少5分钟')
          .max(1440, '街道升级时限最多1440分钟')
          .default(STREET_ESCALATION_DEFAULT_MINUTES)
      })
      .strict(),
    output: StreetView
  },
  /** Platform admin: make a user the street's admin (街道管理员). */
  'streets.appointAdmin': {
    input: appointment,
    output: z.object({ userId: z.string(), roles: z.array(z.string()), streetId: z.string().nullable() })
  },
  /** Platform admin: end a user's appointment as the street's admin. */
  'streets.removeAdmin': {
    input: appointment,
    output: z.object({ userId: z.string(), roles: z.array(z.string()), streetId: z.string().nullable() })
  },
  /** Platform admin: put an existing community in a street (or move it to another). */
  'streets.assignCommunity': {
    input: z.object({ streetId: id, communityId: id }).strict(),
    output: z.object({ communityId: z.string(), streetId: z.string() })
  },
  /** Coordinator (own community), street admin (its street's), admin (any): record or clear (null) 常住人口. */
  'communities.updatePopulation': {
    input: z
      .object({
        communityId: id.optional(),
        population: z
          .number({ message: '常住人口应为人数' })
          .int('常住人口应为整数')
          .min(1, '常住人口至少为1')
          .max(10000000, '常住人口不能超过1000万')
          .nullable()
      })
      .strict(),
    output: z.object({ communityId: z.string(), population: z.number().int().nullable() })
  },
  /** Platform admin: every street; street admin: their own. Each with its communities. */
  'streets.list': { input: z.object({}).strict(), output: z.object({ streets: z.array(StreetView) }) },
  /** Street admin: their street's communities side by side; platform admin: the street named. */
  'stats.compare': {
    input: z
      .object({
        streetId: id.optional(),
        year: z.number().int('年份应为整数').min(2020, '年份应在2020–2100之间').max(2100, '年份应在2020–2100之间').optional()
      })
      .strict(),
    output: z.object({ streetId: z.string(), streetName: z.string(), year: z.number().int(), rows: z.array(CompareRow) })
  },
  /** Street admin (own street) / platform admin (street named): the street's communities with their health. */
  'streets.communities': {
    input: streetOfCaller,
    output: z.object({ streetId: z.string(), streetName: z.string(), escalationMinutes: z.number().int(), communities: z.array(CommunityHealth) })
  },
  /** Street admin (own street) / platform admin (street named): orders escalated to the street, not yet taken. */
  'streets.board': {
    input: streetOfCaller,
    output: z.object({ streetId: z.string(), streetName: z.string(), items: z.array(StreetBoardItem), now: z.string() })
  }
}
