import '../../../subpackage.css'
import '../../components/Dashboard/index.css'
import { useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Chips from '../../../../components/Chips'
import LoadState from '../../../../components/LoadState'
import { driftText, useDashboard } from '../../../../hooks/useDashboard'
import { useCatalog } from '../../../../hooks/useCatalog'
import { useMe } from '../../../../hooks/useMe'
import type { MeView } from '../../../../shared/contracts'
import { formatShanghai } from '../../../../shared/time'
import ChartCanvas from '../../../../components/Chart/ChartCanvas'
import { categoryHours, hoursTrend, ordersTrend } from '../../components/Dashboard/charts'
import CommunityPicker from '../../components/Dashboard/CommunityPicker'
import KpiCards from '../../components/Dashboard/KpiCards'
import TeamFigures from '../../components/Dashboard/TeamFigures'

type TrendMode = 'orders' | 'hours'

function Board({ me }: { me: MeView }) {
  const isAdmin = me.roles.includes('admin')
  const allowed = isAdmin || me.roles.includes('coordinator')
  const d = useDashboard(allowed)
  const [mode, setMode] = useState<TrendMode>('orders')
  const data = d.data
  // New F2 elements only when the figures or the mode change: each new element redraws its canvas.
  const trend = useMemo(() => {
    if (!data) return null
    const until = formatShanghai(data.asOf, 'YYYY-MM')
    return mode === 'orders' ? ordersTrend(data.trend, until) : hoursTrend(data.trend, until)
  }, [data, mode])
  const { label } = useCatalog()
  const categories = useMemo(() => (data ? categoryHours(data.byCategory, label) : null), [data, label])
  if (!allowed) return <Text className='cv-notice'>工作台需要社区协调员身份。</Text>
  return (
    <>
      <View className='cv-dash__head'>
        <Text className='cv-dash__name'>{data?.communityName ?? me.community?.name ?? '工作台'}</Text>
        {data && <Text className='cv-dash__asof'>截至 {formatShanghai(data.asOf, 'MM-DD HH:mm')}</Text>}
      </View>
      {isAdmin && <CommunityPicker value={d.communityId} onChange={d.setCommunityId} />}
      <Chips name='year' options={d.years.map((y) => ({ value: String(y), label: `${y}年` }))} value={String(d.year)} onChange={(v) => d.setYear(Number(v))} />
      <LoadState loading={d.loading} error={d.error} onRetry={d.reload} />
      {data && (
        <>
          <KpiCards kpis={d.kpis} />
          <View className='cv-dash__card' id='card-trend'>
            <View className='cv-dash__card-head'>
              <Text className='cv-dash__card-title'>每月趋势</Text>
              <Chips
                name='trend'
                options={[
                  { value: 'orders', label: '订单' },
                  { value: 'hours', label: '时长' }
                ]}
                value={mode}
                onChange={setMode}
              />
            </View>
            <ChartCanvas id='chart-trend' height={220} chart={trend} />
            <Text className='cv-dash__hint'>{mode === 'orders' ? '每月新建与完成的订单数' : '每月服务时长（小时，按服务当天计）'}；点按图表查看数值</Text>
          </View>
          <View className='cv-dash__card' id='card-category'>
            <View className='cv-dash__card-head'>
              <Text className='cv-dash__card-title'>各类服务时长</Text>
            </View>
            <ChartCanvas id='chart-category' height={300} chart={categories} />
            <Text className='cv-dash__hint'>{data.year}年各服务类别的服务时长（小时）</Text>
          </View>
          {(!isAdmin || d.communityId) && <TeamFigures year={d.year} communityId={d.communityId} />}
          <Text className={`cv-dash__drift${data.drift && data.drift.fields > 0 ? ' cv-dash__drift--bad' : ''}`} id='drift'>
            {driftText(data)}
          </Text>
        </>
      )}
    </>
  )
}

/** 工作台: the community's KPIs against the seeds' targets, the monthly trend and services by category. */
export default function DashboardPage() {
  const { me, loading, error, reload } = useMe()
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>{me ? <Board me={me} /> : <LoadState loading={loading} error={error} onRetry={reload} />}</View>
    </View>
  )
}
