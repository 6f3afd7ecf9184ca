import '../../../subpackage.css'
import '../../components/street.css'
import { useMemo, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import ChartCanvas from '../../../../components/Chart/ChartCanvas'
import Chips from '../../../../components/Chips'
import LoadState from '../../../../components/LoadState'
import { useMe } from '../../../../hooks/useMe'
import { CHART_METRICS, streetAccess, useCompare, useStreetChoice } from '../../../../hooks/useStreet'
import type { MeView } from '../../../../shared/contracts'
import { compareChart } from '../../components/Compare/chart'
import CompareTable from '../../components/Compare/Table'
import StreetPicker from '../../components/StreetPicker'

function Compare({ me, named }: { me: MeView; named: string | undefined }) {
  const access = streetAccess(me)
  const choice = useStreetChoice(access, named)
  const cmp = useCompare(choice.streetId, access.allowed && !choice.waiting)
  const [metricKey, setMetricKey] = useState(CHART_METRICS[1].key) // 志愿者占比: the seeds' first KPI
  const metric = CHART_METRICS.find((m) => m.key === metricKey) ?? CHART_METRICS[0]
  const data = cmp.data
  // A new F2 element only when the figures or the metric change: each new element redraws the canvas.
  const chart = useMemo(() => (data ? compareChart(data.rows, metric, data.streetName) : null), [data, metric])
  if (!access.allowed) return <Text className='cv-notice'>社区对比需要街道管理员身份。</Text>
  return (
    <>
      {choice.streets?.data && <StreetPicker streets={choice.streets.data.streets} value={choice.streetId} onChange={choice.pick} />}
      <View className='cv-street__head'>
        <Text className='cv-street__name'>{data?.streetName ?? '社区对比'}</Text>
        {data && <Text className='cv-street__meta'>{data.rows.length}个社区并排比较</Text>}
      </View>
      {cmp.years.length > 0 && (
        <Chips
          name='year'
          options={cmp.years.map((y) => ({ value: String(y), label: `${y}年` }))}
          value={String(cmp.year)}
          onChange={(v) => cmp.setYear(Number(v))}
        />
      )}
      <LoadState loading={cmp.loading} error={cmp.error} onRetry={cmp.reload} />
      {data && data.rows.length === 0 && <Text className='cv-empty'>本街道还没有社区</Text>}
      {data && data.rows.length > 0 && (
        <>
          <View className='cv-street__card' id='card-compare'>
            <View className='cv-street__card-head'>
              <Text className='cv-street__card-title'>{metric.label}</Text>
            </View>
            <Chips name='metric' options={CHART_METRICS.map((m) => ({ value: m.key, label: m.label }))} value={metricKey} onChange={setMetricKey} />
            <ChartCanvas id='chart-compare' height={Math.max(160, 70 * data.rows.length + 60)} chart={chart} />
            <Text className='cv-street__meta'>
              {data.year}年各社区的{metric.label}
              {metric.unit ? `（${metric.unit}）` : ''}；点按图表查看数值
            </Text>
          </View>
          <CompareTable rows={data.rows} streetName={data.streetName} />
          <Text className='cv-street__meta'>各项数字与各社区工作台一致；填写了常住人口的社区按常住人口计算志愿者占比。</Text>
        </>
      )}
    </>
  )
}

/** 社区对比: the street's communities side by side — a KPI table and a chart of one figure at a time. */
export default function ComparePage() {
  const { params } = useRouter()
  const { me, loading, error, reload } = useMe()
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        {me ? <Compare me={me} named={params.streetId} /> : <LoadState loading={loading} error={error} onRetry={reload} />}
      </View>
    </View>
  )
}
