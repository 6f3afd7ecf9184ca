// 街道 pages' reads: who may use them, which street (a street admin's own; a platform admin picks one from
// streets.list, or arrives with ?streetId=), the street's communities with their health (streets.communities) and
// the side-by-side KPIs (stats.compare) as table rows and chart series.
import { useRef, useState } from 'react'
import type { CompareRow, MeView } from '../shared/contracts'
import { durationText, pctText } from './useDashboard'
import { useQuery } from './useQuery'

export interface StreetAccess {
  /** A platform admin (any street, named) or a street admin (their own). */
  allowed: boolean
  isAdmin: boolean
}

export function streetAccess(me: MeView | null): StreetAccess {
  const isAdmin = !!me?.roles.includes('admin')
  return { allowed: isAdmin || !!me?.roles.includes('street_admin'), isAdmin }
}

/**
 * The street the page is about. A street admin: undefined (the server uses theirs). A platform admin: `named` from
 * the route, else the one picked among every street (the first by default).
 */
export function useStreetChoice(access: StreetAccess, named: string | undefined) {
  const streets = useQuery('streets.list', {}, access.isAdmin && !named)
  const [picked, setPicked] = useState<string | null>(null)
  const streetId = access.isAdmin ? (named ?? picked ?? streets.data?.streets[0]?.id) : undefined
  /** A platform admin still waiting for a street to look at (none named, none loaded yet, or none exist). */
  const waiting = access.isAdmin && !streetId
  return { streetId, waiting, streets: access.isAdmin && !named ? streets : null, pick: setPicked }
}

export function useStreetCommunities(streetId: string | undefined, enabled: boolean) {
  return useQuery('streets.communities', streetId ? { streetId } : {}, enabled)
}

export interface CompareMetric {
  key: string
  label: string
  /** The figure as shown in the table. */
  text: (r: CompareRow) => string
  /** The figure the chart draws (percent for rates, hours for time); null when there is none yet. */
  value?: (r: CompareRow) => number | null
  unit?: string
}

const pct = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10)
/** Shares of 常住人口 are small (17 of 12 600): two decimals below 1 %, so two communities do not both read 0.1 %. */
const sharePct = (rate: number | null) => (rate === null ? null : rate < 0.01 ? Math.round(rate * 10000) / 100 : pct(rate))

/** "江北街道文昌社区" → "文昌社区": the street's name is on the page already (table heads, chart labels). */
export const shortCommunityName = (name: string, street: string) => (name.startsWith(street) && name.length > street.length ? name.slice(street.length) : name)
const hours = (minutes: number) => Math.round(minutes / 6) / 10

/** The comparison's rows, in the order of the community 工作台's cards (its figures, its wording). */
export const COMPARE_METRICS: CompareMetric[] = [
  { key: 'population', label: '常住人口', text: (r) => (r.population === null ? '未填写' : `${r.population}人`) },
  { key: 'registered', label: '注册志愿者', text: (r) => `${r.registered}人`, value: (r) => r.registered, unit: '人' },
  {
    key: 'share',
    label: '志愿者占比',
    text: (r) => `${r.shareOfResidents === null ? '—' : `${sharePct(r.shareOfResidents)}%`}${r.population === null ? '（占居民）' : ''}`,
    value: (r) => sharePct(r.shareOfResidents),
    unit: '%'
  },
  { key: 'participation', label: '参与率', text: (r) => pctText(r.participationRate), value: (r) => pct(r.participationRate), unit: '%' },
  {
    key: 'hours',
    label: '人均服务时长',
    text: (r) => (r.perVolunteerHours === null ? '—' : `${r.perVolunteerHours}小时`),
    value: (r) => r.perVolunteerHours,
    unit: '小时'
  },
  { key: 'satisfaction', label: '满意度', text: (r) => pctText(r.satisfactionRate), value: (r) => pct(r.satisfactionRate), unit: '%' },
  { key: 'response', label: '响应时间中位数', text: (r) => durationText(r.responseMedianMinutes) },
  { key: 'orders', label: '订单数', text: (r) => `${r.ordersCreated}单`, value: (r) => r.ordersCreated, unit: '单' },
  { key: 'completion', label: '完成率', text: (r) => pctText(r.completionRate), value: (r) => pct(r.completionRate), unit: '%' },
  { key: 'escalations', label: '超时升级', text: (r) => `${r.openEscalations}单` },
  { key: 'circulation', label: '时间银行流通', text: (r) => `${hours(r.circulationMinutes)}小时` },
  { key: 'rectification', label: '随手拍整改率', text: (r) => pctText(r.rectificationRate) }
]

/** The metrics the chart offers (those with a value). */
export const CHART_METRICS = COMPARE_METRICS.filter((m) => m.value)

/** stats.compare for the street and a year (this year by default; the server's year when none is asked for). */
export function useCompare(streetId: string | undefined, enabled: boolean) {
  const [year, setYear] = useState<number | null>(null)
  const q = useQuery('stats.compare', { ...(streetId ? { streetId } : {}), ...(year ? { year } : {}) }, enabled)
  // The server's current year (China time, its clock) anchors the choice: that year and the one before.
  const current = useRef<number | null>(null)
  if (year === null && q.data) current.current = q.data.year
  const years = current.current ? [current.current, current.current - 1] : []
  return { ...q, year: year ?? q.data?.year ?? null, years, setYear }
}
