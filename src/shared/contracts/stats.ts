// 工作台 KPI dashboard (seeds: participation ≥ 75 %, ≥ 29 h per volunteer a year, satisfaction ≥ 90 %, rectification
// 90.9 %). Every figure comes from the community's rollup documents (stats_rollups), kept in step by the writes that
// change them, so a dashboard costs the same two reads at 10 k and at 1 M records. Rates are 0..1, null when the
// denominator is 0 (the page shows "—", never a made-up 0 %).
import * as z from '../zod'
import { id, serviceCategory } from './fields'

/** The targets the seeds set (惠州: 29 h a year per volunteer; the national floor 25 h). */
export const HOURS_TARGETS = { basic: 25, good: 29 } as const
export const PARTICIPATION_TARGET = 0.75
export const SATISFACTION_TARGET = 0.9
/** 惠州's reported 随手拍 rectification rate (2000 of 2200, seed 003): the reference the 工作台 compares with. */
export const RECTIFICATION_REFERENCE = 0.909

const rate = z.number().min(0).max(1).nullable()

export const MonthTrend = z.object({
  /** China-time month, YYYY-MM. */
  month: z.string(),
  ordersCreated: z.number().int(),
  ordersCompleted: z.number().int(),
  servedMinutes: z.number().int(),
  participants: z.number().int(),
  reportsFiled: z.number().int()
})
export type MonthTrend = z.infer<typeof MonthTrend>

export const CategoryFigures = z.object({
  category: serviceCategory,
  ordersCreated: z.number().int(),
  ordersCompleted: z.number().int(),
  servedMinutes: z.number().int()
})
export type CategoryFigures = z.infer<typeof CategoryFigures>

export const Dashboard = z.object({
  communityId: z.string(),
  communityName: z.string(),
  year: z.number().int(),
  /** When the figures stand (ISO): now for a community; the last nightly check for all communities. */
  asOf: z.string(),
  /** residents: app users in the community; population: its 常住人口 when recorded — the share's denominator then
   *  (the seeds' KPIs are shares of 常住人口), else residents. */
  volunteers: z.object({ registered: z.number().int(), residents: z.number().int(), population: z.number().int().nullable(), shareOfResidents: rate }),
  /** Volunteers with at least one service record in the year ÷ registered volunteers. */
  participation: z.object({ active: z.number().int(), registered: z.number().int(), rate }),
  /** Served minutes in the year (orders and projects; honorary top-ups excluded) per registered volunteer. */
  hours: z.object({ servedMinutes: z.number().int(), perVolunteerHours: z.number().nullable(), targets: z.object({ basic: z.number(), good: z.number() }) }),
  /** Share of ratings given in the year that are 4 or 5 stars. */
  satisfaction: z.object({ ratings: z.number().int(), good: z.number().int(), rate }),
  /** Submit → first acceptance, over orders accepted in the year; minutes, at the histogram's bucket resolution. */
  response: z.object({ accepted: z.number().int(), medianMinutes: z.number().nullable(), p90Minutes: z.number().nullable() }),
  /** Orders created in the year, and of those events in the year, completions and cancellations. */
  orders: z.object({ created: z.number().int(), completed: z.number().int(), cancelled: z.number().int(), completionRate: rate, cancellationRate: rate }),
  openEscalations: z.number().int(),
  /** Time-bank minutes held by members and pools: everything the community's issuing account has put out. */
  timebank: z.object({ circulationMinutes: z.number().int() }),
  /** 随手拍 filed in the year and net closes (close − reopen) in the year. */
  reports: z.object({ filed: z.number().int(), closed: z.number().int(), rectificationRate: rate }),
  trend: z.array(MonthTrend),
  byCategory: z.array(CategoryFigures),
  /** The nightly recomputation from raw data: when it last ran and how many figures it found out of step. */
  drift: z.object({ checkedAt: z.string(), fields: z.number().int() }).nullable()
})
export type Dashboard = z.infer<typeof Dashboard>

export const statsContracts = {
  'stats.dashboard': {
    input: z
      .object({
        /** Coordinators get their own (naming another is refused). Admins may name any; naming none, an admin gets
         *  all communities together (communityId 'all'), as of the last nightly check (`asOf`). */
        communityId: id.optional(),
        year: z.number().int().min(2020).max(2100).optional()
      })
      .strict(),
    output: Dashboard
  }
}
