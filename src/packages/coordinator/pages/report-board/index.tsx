import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Chips from '../../../../components/Chips'
import ListFooter from '../../../../components/ListFooter'
import LoadState from '../../../../components/LoadState'
import ReportCard from '../../../../components/ReportCard'
import { useMe } from '../../../../hooks/useMe'
import { useReportList, useReportStats, type ReportFilter } from '../../../../hooks/useReports'
import { REPORT_STATUS_LABELS } from '../../../../shared/contracts'
import ReportStats from '../../components/ReportStats'

const FILTERS: { value: ReportFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  ...(['filed', 'reopened', 'dispatched', 'rectified', 'closed'] as const).map((s) => ({ value: s, label: REPORT_STATUS_LABELS[s] }))
]

/** 随手拍管理: the community's reports by status (待派单 first to act on) and the rectification rate. */
export default function ReportBoardPage() {
  const { me, loading, error, reload } = useMe()
  const allowed = !!me && (me.roles.includes('coordinator') || me.roles.includes('admin'))
  const [filter, setFilter] = useState<ReportFilter>('filed')
  const stats = useReportStats(allowed)
  const list = useReportList('community', filter, allowed)
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        <LoadState loading={loading} error={error} onRetry={reload} />
        {me && !allowed && <Text className='cv-notice'>随手拍管理需要社区协调员身份。</Text>}
        {allowed && stats.data && <ReportStats stats={stats.data} />}
        {allowed && <LoadState loading={stats.loading && !stats.data} error={stats.error} onRetry={stats.reload} />}
        {allowed && <Chips name='status' options={FILTERS} value={filter} onChange={setFilter} />}
        {allowed && list.items.map((r) => <ReportCard key={r.id} report={r} />)}
        {allowed && (
          <ListFooter
            list={list}
            count={list.items.length}
            empty={filter === 'all' ? '社区还没有随手拍' : `没有「${FILTERS.find((f) => f.value === filter)?.label}」的随手拍`}
          />
        )}
      </View>
    </View>
  )
}
