/** @jsxImportSource @antv/f2 */
// 社区对比's chart as an F2 element (drawn by components/Chart/ChartCanvas): one figure for every community of the
// street, as horizontal bars (long Chinese community names read well on the side). A community without the figure
// yet (no ratings, no volunteers) gets no bar and says 暂无 in its label, never a 0 that looks measured.
import { Axis, Chart, Interval, Tooltip, type TooltipProps } from '@antv/f2'
import type { CompareRow } from '../../../../shared/contracts'
import { shortCommunityName, type CompareMetric } from '../../../../hooks/useStreet'

const ORANGE = '#d9480f'
const AXIS = { label: { fontSize: 11, fill: '#4e5969' } }
const TIP = { nameStyle: { fontSize: 13, fill: '#ffffff' }, valueStyle: { fontSize: 13, fill: '#ffffff' } } as unknown as Pick<
  TooltipProps,
  'nameStyle' | 'valueStyle'
>

export function compareChart(rows: CompareRow[], metric: CompareMetric, streetName: string) {
  const data = rows
    .map((r) => {
      const v = metric.value?.(r) ?? null
      return { label: `${shortCommunityName(r.communityName, streetName)}${v === null ? '（暂无）' : ''}`, value: v ?? 0 }
    })
    .reverse() // transposed: the first community at the top
  return (
    <Chart data={data} coord={{ transposed: true }} scale={{ value: { min: 0, nice: true, tickCount: 4 } }}>
      <Axis field='label' style={AXIS} />
      <Axis field='value' style={{ label: { ...AXIS.label, align: 'between' } }} formatter={(v: number) => `${v}${metric.unit === '%' ? '%' : ''}`} />
      <Interval x='label' y='value' color={ORANGE} />
      <Tooltip triggerOn='click' {...TIP} />
    </Chart>
  )
}
