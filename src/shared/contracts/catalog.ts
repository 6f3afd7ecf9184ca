import * as z from '../zod'
import { serviceCategory } from './fields'

export const CatalogEntryView = z.object({
  category: serviceCategory,
  label: z.string(),
  defaultMinutes: z.number().int(),
  skills: z.array(serviceCategory),
  minAge: z.number().int(),
  risky: z.boolean(),
  residentDirect: z.boolean(),
  enabled: z.boolean()
})
export type CatalogEntryView = z.infer<typeof CatalogEntryView>

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
  'catalog.list': { input: z.object({}).strict(), output: z.object({ entries: z.array(CatalogEntryView), rules: OrderRulesView }) },
  /** Coordinators set one category's terms for their community. */
  'catalog.upsert': {
    input: z
      .object({
        category: serviceCategory,
        defaultMinutes: z.number().int('请填写整数分钟').min(15, '至少15分钟').max(480, '最多8小时'),
        skills: z.array(serviceCategory).max(5),
        minAge: z.number().int().min(14, '志愿者最低14周岁').max(70),
        risky: z.boolean(),
        residentDirect: z.boolean(),
        enabled: z.boolean()
      })
      .strict(),
    output: CatalogEntryView
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
