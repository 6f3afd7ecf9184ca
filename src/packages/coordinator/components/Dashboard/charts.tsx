/** @jsxImportSource @antv/f2 */
// The 工作台 charts as F2 elements (drawn by Chart/ChartCanvas). Tooltips open on a tap (triggerOn='click'):
// a long press is hard for elderly hands and fights page scrolling. Colours: the app's orange for orders and
// hours, grey-blue for the secondary series.
import { Axis, Chart, Interval, Legend, Line, Point, Tooltip, type TooltipProps } from '@antv/f2'
import type { CategoryFigures, MonthTrend } from '../../../../shared/contracts/stats'

const ORANGE = '#d9480f'
const BLUE = '#4c6ef5'
const AXIS = { label: { fontSize: 11, fill: '#4e5969' } }
// Larger tooltip text than F2's default (F2's typings demand a `text` the tooltip fills in itself).
const TIP = { nameStyle: { fontSize: 13, fill: '#ffffff' }, valueStyle: { fontSize: 13, fill: '#ffffff' } } as unknown as Pick<
  TooltipProps,
  'nameStyle' | 'valueStyle'
>
const hours = (minutes: number) => Math.round(minutes / 6) / 10
/** Months up to `until` (YYYY-MM): the rest of the current year has not happened and is not drawn as zeros. */
const past = (trend: MonthTrend[], until: string) => trend.filter((t) => t.month <= until)
const monthLabel = (t: MonthTrend) => `${Number(t.month.slice(5))}月`

/** Orders created and completed per month (two lines). */
export function ordersTrend(trend: MonthTrend[], until: string) {
  const data = past(trend, until).flatMap((t) => [
    { month: monthLabel(t), type: '新建订单', value: t.ordersCreated },
    { month: monthLabel(t), type: '完成订单', value: t.ordersCompleted }
  ])
  return (
    <Chart data={data} scale={{ value: { min: 0, nice: true, tickCount: 5 } }}>
      <Axis field='month' style={AXIS} />
      <Axis field='value' style={AXIS} />
      <Line x='month' y='value' color={{ field: 'type', range: [ORANGE, BLUE] }} />
      <Point x='month' y='value' color={{ field: 'type', range: [ORANGE, BLUE] }} size={2} />
      <Legend position='top' marker='circle' style={{ justifyContent: 'center' }} nameStyle={{ fontSize: 12, fill: '#4e5969' }} />
      <Tooltip triggerOn='click' showCrosshairs {...TIP} />
    </Chart>
  )
}

/** Served hours per month (bars). */
export function hoursTrend(trend: MonthTrend[], until: string) {
  const data = past(trend, until).map((t) => ({ month: monthLabel(t), hours: hours(t.servedMinutes) }))
  return (
    <Chart data={data} scale={{ hours: { min: 0, nice: true, tickCount: 5 } }}>
      <Axis field='month' style={AXIS} />
      <Axis field='hours' style={AXIS} formatter={(v: number) => `${v}h`} />
      <Interval x='month' y='hours' color={ORANGE} />
      <Tooltip triggerOn='click' {...TIP} />
    </Chart>
  )
}

/** Served hours per service category, largest at the top (horizontal bars read well with Chinese labels). */
export function categoryHours(byCategory: CategoryFigures[], label: (category: string) => string) {
  const data = byCategory.map((c) => ({ label: label(c.category), hours: hours(c.servedMinutes), orders: c.ordersCompleted })).sort((a, b) => a.hours - b.hours)
  return (
    <Chart data={data} coord={{ transposed: true }} scale={{ hours: { min: 0, nice: true, tickCount: 4 } }}>
      <Axis field='label' style={AXIS} />
      <Axis field='hours' style={{ label: { ...AXIS.label, align: 'between' } }} formatter={(v: number) => `${v}h`} />
      <Interval x='label' y='hours' color={ORANGE} />
      <Tooltip triggerOn='click' {...TIP} />
    </Chart>
  )
}
