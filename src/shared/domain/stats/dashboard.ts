// The 工作台 figures from the rollup documents: pure arithmetic, no queries. Rates are null when nothing was
// counted (no ratings yet is not 0 % satisfaction).
import { SERVICE_CATEGORIES } from '../../contracts/fields'
import { HOURS_TARGETS, type Dashboard } from '../../contracts/stats'
import { quantileOf } from './histogram'

export interface MonthCounters {
  ordersCreated?: number
  ordersAccepted?: number
  ordersCompleted?: number
  ordersCancelled?: number
  ratings?: number
  goodRatings?: number
  servedMinutes?: number
  participants?: number
  reportsFiled?: number
  reportsClosed?: number
  response?: Record<string, number>
  categories?: Record<string, { created?: number; completed?: number; servedMinutes?: number }>
}
export interface YearRollup {
  participants?: number
  months?: Record<string, MonthCounters>
}
export interface NowRollup {
  volunteers?: number
  residents?: number
  openEscalations?: number
  drift?: { checkedAt: Date | string; fields: number } | null
}

const ratio = (a: number, b: number) => (b > 0 ? Math.min(1, Math.max(0, a / b)) : null)
const sum = (ms: MonthCounters[], k: keyof Omit<MonthCounters, 'response' | 'categories'>) => ms.reduce((s, m) => s + (m[k] ?? 0), 0)

/** Categories other than the built-in ten that the months counted (a community's own), in key order. */
function ownCounted(months: MonthCounters[]): string[] {
  const builtin: readonly string[] = SERVICE_CATEGORIES
  const keys = new Set(months.flatMap((m) => Object.keys(m.categories ?? {})).filter((k) => !builtin.includes(k)))
  return [...keys].sort()
}

export function dashboardOf(p: {
  communityId: string
  communityName: string
  year: number
  asOf: Date
  now: NowRollup | null
  yearDoc: YearRollup | null
  issuingBalance: number
  /** The community's 常住人口 when recorded: then the share of residents is taken of it, not of app users. */
  population?: number | null
}): Dashboard {
  const months = Array.from({ length: 12 }, (_, i) => `${p.year}-${String(i + 1).padStart(2, '0')}`)
  const byMonth = months.map((m) => p.yearDoc?.months?.[m] ?? {})
  const registered = p.now?.volunteers ?? 0
  const residents = p.now?.residents ?? 0
  const population = p.population && p.population > 0 ? p.population : null
  const active = p.yearDoc?.participants ?? 0
  const servedMinutes = sum(byMonth, 'servedMinutes')
  const hist: Record<string, number> = {}
  for (const m of byMonth) for (const [k, n] of Object.entries(m.response ?? {})) hist[k] = (hist[k] ?? 0) + n
  const created = sum(byMonth, 'ordersCreated')
  const completed = sum(byMonth, 'ordersCompleted')
  const cancelled = sum(byMonth, 'ordersCancelled')
  const filed = sum(byMonth, 'reportsFiled')
  const closed = sum(byMonth, 'reportsClosed')
  const drift = p.now?.drift ?? null
  return {
    communityId: p.communityId,
    communityName: p.communityName,
    year: p.year,
    asOf: p.asOf.toISOString(),
    volunteers: { registered, residents, population, shareOfResidents: ratio(registered, population ?? residents) },
    participation: { active, registered, rate: ratio(active, registered) },
    hours: { servedMinutes, perVolunteerHours: registered > 0 ? Math.round((servedMinutes / 60 / registered) * 10) / 10 : null, targets: { ...HOURS_TARGETS } },
    satisfaction: { ratings: sum(byMonth, 'ratings'), good: sum(byMonth, 'goodRatings'), rate: ratio(sum(byMonth, 'goodRatings'), sum(byMonth, 'ratings')) },
    response: { accepted: sum(byMonth, 'ordersAccepted'), medianMinutes: quantileOf(hist, 0.5), p90Minutes: quantileOf(hist, 0.9) },
    orders: { created, completed, cancelled, completionRate: ratio(completed, created), cancellationRate: ratio(cancelled, created) },
    openEscalations: Math.max(0, p.now?.openEscalations ?? 0),
    timebank: { circulationMinutes: Math.max(0, -p.issuingBalance) },
    reports: { filed, closed, rectificationRate: ratio(closed, filed) },
    trend: months.map((month, i) => ({
      month,
      ordersCreated: byMonth[i].ordersCreated ?? 0,
      ordersCompleted: byMonth[i].ordersCompleted ?? 0,
      servedMinutes: byMonth[i].servedMinutes ?? 0,
      participants: byMonth[i].participants ?? 0,
      reportsFiled: byMonth[i].reportsFiled ?? 0
    })),
    // The built-in ten always (a zero is a figure too), then any community category that was counted.
    byCategory: [...SERVICE_CATEGORIES, ...ownCounted(byMonth)].map((category) => {
      const c = (k: 'created' | 'completed' | 'servedMinutes') => byMonth.reduce((s, m) => s + (m.categories?.[category]?.[k] ?? 0), 0)
      return { category, ordersCreated: c('created'), ordersCompleted: c('completed'), servedMinutes: c('servedMinutes') }
    }),
    drift: drift ? { checkedAt: new Date(drift.checkedAt).toISOString(), fields: drift.fields } : null
  }
}
