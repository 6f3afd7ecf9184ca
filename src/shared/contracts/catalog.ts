import * as z from '../zod'
import { CATALOG_BOUNDS } from '../domain/order/catalog'
import { COMMUNITY_RATE_LIMITS, RATE_LIMITED_ACTIONS } from '../domain/rateLimits'
import { id, serviceCategory } from './fields'

export const CatalogEntryView = z.object({
  category: serviceCategory,
  label: z.string(),
  defaultMinutes: z.number().int(),
  skills: z.array(serviceCategory),
  minAge: z.number().int(),
  risky: z.boolean(),
  residentDirect: z.boolean(),
  /** Volunteers may grab it in the 抢单大厅; false: coordinator dispatch only. */
  grabPool: z.boolean(),
  enabled: z.boolean(),
  /** 停用: no new orders, not offered as a skill; old orders keep its label. */
  retired: z.boolean(),
  builtin: z.boolean()
})
export type CatalogEntryView = z.infer<typeof CatalogEntryView>

const limitNumbers = { windowMinutes: z.number().int(), perUser: z.number().int(), perCommunity: z.number().int() }
const count = z.number({ message: '请填写整数' }).int('请填写整数')
const limitInput = { windowMinutes: count, perUser: count, perCommunity: count }
export const RateLimitView = z.object({
  action: z.enum(RATE_LIMITED_ACTIONS),
  label: z.string(),
  ...limitNumbers,
  defaults: z.object(limitNumbers),
  /** The community set its own numbers (else the defaults apply). */
  overridden: z.boolean(),
  /** A coordinator may change it (the resident-facing ones). */
  tunable: z.boolean()
})
export type RateLimitView = z.infer<typeof RateLimitView>

const { defaultMinutes: minutesBound, minAge: ageBound, label: labelBound } = CATALOG_BOUNDS
const minutesField = z
  .number({ message: '请填写服务时长' })
  .int('请填写整数分钟')
  .min(minutesBound.min, minutesBound.message)
  .max(minutesBound.max, minutesBound.message)
const ageField = z.number({ message: '请填写最低年龄' }).int('请填写整数').min(ageBound.min, ageBound.message).max(ageBound.max, ageBound.message)
const labelField = z
  .string({ message: '请填写服务名称' })
  .trim()
  .min(labelBound.min, labelBound.message)
  .max(labelBound.max, labelBound.message)
  .regex(/^[\u4e00-\u9fa5A-Za-z0-9（）()·、]+$/, '服务名称只能包含汉字、字母和数字')

export const OrderRulesView = z.object({
  slaMinutes: z.number().int(),
  urgentSlaMinutes: z.number().int(),
  fenceMeters: z.number().int(),
  autoConfirmHours: z.number().int(),
  streetEscalationMinutes: z.number().int(),
  rounding: z.object({ unit: z.number().int(), mode: z.enum(['floor', 'nearest', 'ceil']) })
})

const minutesOrHours = (what: string) => z.number({ message: `请填写${what}` }).int(`${what}应为整数`)

export const catalogContracts = {
  /** The caller's community catalogue (defaults where the community set nothing) and its order rules. */
  /** Entries: the built-in ten then the community's own, retired ones included (pages hide them where new things are picked). */
  'catalog.list': {
    input: z.object({}).strict(),
    output: z.object({ entries: z.array(CatalogEntryView), rules: OrderRulesView, rateLimits: z.array(RateLimitView) })
  },
  /**
   * Coordinators set one category's terms for their community (a built-in one or their own). `label` renames an
   * own category (built-in names are fixed); `grabPool` and `label` keep their values when absent. Orders already
   * made keep the terms and label they were made with.
   */
  'catalog.upsert': {
    input: z
      .object({
        category: serviceCategory,
        label: labelField.optional(),
        defaultMinutes: minutesField,
        skills: z.array(serviceCategory).max(5),
        minAge: ageField,
        risky: z.boolean(),
        residentDirect: z.boolean(),
        grabPool: z.boolean().optional(),
        enabled: z.boolean()
      })
      .strict(),
    output: CatalogEntryView
  },
  /**
   * Coordinators add a category of their own (e.g. 助餐送餐). The key (`c_` + 8 letters/digits) is made on the
   * server from the community and requestId: a replay returns the same entry and adds nothing. The label must be
   * new in the community (CATEGORY_LABEL_TAKEN), retired entries included.
   */
  'catalog.add': {
    input: z
      .object({
        requestId: id,
        label: labelField,
        defaultMinutes: minutesField,
        minAge: ageField,
        risky: z.boolean(),
        residentDirect: z.boolean(),
        grabPool: z.boolean()
      })
      .strict(),
    output: CatalogEntryView
  },
  /** Coordinators retire a category (停用: no new orders, existing ones unaffected) or restore it (retired: false). */
  'catalog.retire': { input: z.object({ category: serviceCategory, retired: z.boolean() }).strict(), output: CatalogEntryView },
  /**
   * A coordinator of the caller's community (or an admin, for the community they belong to) sets its own limits of
   * the resident-facing actions (COMMUNITY_RATE_LIMITS), each as a whole; numbers equal to the defaults remove the
   * override. Bounds: RATE_LIMIT_BOUNDS, RATE_WINDOW_CHOICES (shared domain). The limiter uses them at once.
   */
  'communities.updateRateLimits': {
    input: z
      .object({
        limits: z
          .array(z.object({ action: z.enum(COMMUNITY_RATE_LIMITS, { message: '该操作的频率不能由社区设置' }), ...limitInput }).strict())
          .min(1, '请至少设置一项')
          .max(COMMUNITY_RATE_LIMITS.length)
      })
      .strict(),
    output: z.object({ rateLimits: z.array(RateLimitView) })
  },
  /**
   * A coordinator of the caller's community (or an admin, for the community they belong to) changes some order
   * rules; the others keep their values. Bounds and their Chinese messages: ORDER_RULE_BOUNDS (shared domain).
   * Returns the rules in force afterwards.
   */
  'communities.updateOrderRules': {
    input: z
      .object({
        slaMinutes: minutesOrHours('普通订单响应时限').optional(),
        urgentSlaMinutes: minutesOrHours('紧急订单响应时限').optional(),
        fenceMeters: minutesOrHours('签到范围').optional(),
        autoConfirmHours: minutesOrHours('自动确认时间').optional(),
        streetEscalationMinutes: minutesOrHours('上报街道时限').optional(),
        rounding: z
          .object({
            unit: z
              .union([z.literal(1), z.literal(5), z.literal(10), z.literal(15), z.literal(30)], { message: '取整单位应为1、5、10、15或30分钟' })
              .optional(),
            mode: z.enum(['floor', 'nearest', 'ceil'], { message: '取整方式应为向下、四舍五入或向上' }).optional()
          })
          .strict()
          .optional()
      })
      .strict(),
    output: OrderRulesView
  }
}
