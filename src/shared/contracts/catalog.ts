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
  rounding: z.object({ unit: z.number().int(), mode: z.enum(['floor', 'nearest', 'ceil']) })
})

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
  }
}
