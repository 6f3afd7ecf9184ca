// 工作台: a community's KPI figures for a year (stats.dashboard) turned into cards — the figure, what it is out of,
// and, where the seeds set a target, 达标 / 未达标. Rates that have no denominator yet show "—", never 0 %.
// Coordinators see their own community; admins see all communities (the nightly totals) or pick one (communityId).
import { useMemo, useState } from 'react'
import { HOURS_TARGETS, PARTICIPATION_TARGET, RECTIFICATION_REFERENCE, SATISFACTION_TARGET, type Dashboard } from '../shared/contracts/stats'
import { formatShanghai } from '../shared/time'
import { useQuery } from './useQuery'

/** The first year the product has data for; the switcher offers this year back to it. */
const FIRST_YEAR = 2024

export interface Target {
  label: string
  met: boolean | null
}
export interface Kpi {
  key: string
  label: string
  value: string
  unit?: string
  detail: string
  targets: Target[]
}

export const pctText = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`)

/** "15分钟", "4小时", "1.5小时", "2天": a response time at a glance. */
export function durationText(minutes: number | null): string {
  if (minutes === null) return '—'
  if (minutes < 60) return `${minutes}分钟`
  if (minutes < 48 * 60) return `${Math.round(minutes / 6) / 10}小时`
  return `${Math.round(minutes / 144) / 10}天`
}

const hoursText = (minutes: number) => `${Math.round(minutes / 6) / 10}`
const target = (label: string, value: number | null, goal: number): Target => ({ label, met: value === null ? null : value >= goal })

export function kpisOf(d: Dashboard): Kpi[] {
  const pv = d.hours.perVolunteerHours
  return [
    {
      key: 'volunteers',
      label: '注册志愿者',
      value: String(d.volunteers.registered),
      unit: '人',
      detail:
        d.volunteers.population !== null
          ? `占常住人口 ${pctText(d.volunteers.shareOfResidents)}（常住人口 ${d.volunteers.population} 人）`
          : `占居民 ${pctText(d.volunteers.shareOfResidents)}（居民 ${d.volunteers.residents} 人）`,
      targets: []
    },
    {
      key: 'participation',
      label: '参与率',
      value: pctText(d.participation.rate),
      detail: `${d.participation.active} / ${d.participation.registered} 人有服务记录`,
      targets: [target(`目标 ≥${PARTICIPATION_TARGET * 100}%`, d.participation.rate, PARTICIPATION_TARGET)]
    },
    {
      key: 'hours',
      label: '人均服务时长',
      value: pv === null ? '—' : String(pv),
      unit: pv === null ? undefined : '小时',
      detail: `全年服务 ${hoursText(d.hours.servedMinutes)} 小时`,
      targets: [target(`全国 ≥${HOURS_TARGETS.basic}h`, pv, HOURS_TARGETS.basic), target(`惠州 ≥${HOURS_TARGETS.good}h`, pv, HOURS_TARGETS.good)]
    },
    {
      key: 'satisfaction',
      label: '满意度',
      value: pctText(d.satisfaction.rate),
      detail: `${d.satisfaction.good} / ${d.satisfaction.ratings} 条评价为4–5星`,
      targets: [target(`目标 ≥${SATISFACTION_TARGET * 100}%`, d.satisfaction.rate, SATISFACTION_TARGET)]
    },
    {
      key: 'response',
      label: '响应时间（中位）',
      value: durationText(d.response.medianMinutes),
      detail: `90% 在 ${durationText(d.response.p90Minutes)} 内接单（${d.response.accepted} 单）`,
      targets: []
    },
    {
      key: 'completion',
      label: '完成率',
      value: pctText(d.orders.completionRate),
      detail: `新建 ${d.orders.created} · 完成 ${d.orders.completed} · 取消率 ${pctText(d.orders.cancellationRate)}`,
      targets: []
    },
    { key: 'escalations', label: '待处理升级', value: String(d.openEscalations), unit: '单', detail: '超时无人接单，等待派单', targets: [] },
    { key: 'timebank', label: '时间银行流通', value: hoursText(d.timebank.circulationMinutes), unit: '小时', detail: '成员与公益池持有的时间', targets: [] },
    {
      key: 'rectification',
      label: '随手拍整改率',
      value: pctText(d.reports.rectificationRate),
      detail: `办结 ${d.reports.closed} / 上报 ${d.reports.filed}`,
      targets: [target(`惠州 ${pctText(RECTIFICATION_REFERENCE)}`, d.reports.rectificationRate, RECTIFICATION_REFERENCE)]
    }
  ]
}

/** "每晚核对：3 项偏差" / "每晚核对：数据一致" / not yet checked. */
export function driftText(d: Dashboard): string {
  if (!d.drift) return '每晚核对：尚未核对'
  const at = formatShanghai(d.drift.checkedAt, 'MM-DD HH:mm')
  return d.drift.fields > 0 ? `每晚核对（${at}）：${d.drift.fields} 项偏差，已按原始数据修正` : `每晚核对（${at}）：数据一致`
}

export function useDashboard(enabled: boolean, now: Date = new Date()) {
  const thisYear = Number(formatShanghai(now, 'YYYY'))
  const [year, setYear] = useState(thisYear)
  const [communityId, setCommunityId] = useState<string | null>(null)
  const q = useQuery('stats.dashboard', { year, ...(communityId ? { communityId } : {}) }, enabled)
  const kpis = useMemo(() => (q.data ? kpisOf(q.data) : []), [q.data])
  const years = useMemo(() => Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i).slice(0, 3), [thisYear])
  return { ...q, kpis, year, setYear, years, communityId, setCommunityId }
}
