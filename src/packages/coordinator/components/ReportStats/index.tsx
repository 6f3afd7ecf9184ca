// 随手拍 figures for the community (reports.stats): the rectification rate in large type (closed ÷ filed, as 惠州
// reports it: 2000 of 2200, 90.9 %) and the counts behind it.
import '../BoardCounts/index.css'
import './index.css'
import { Text, View } from '@tarojs/components'
import { rateText } from '../../../../hooks/useReports'
import type { ActionOutput } from '../../../../shared/contracts'

export default function ReportStats({ stats: s }: { stats: ActionOutput<'reports.stats'> }) {
  return (
    <View className='cv-form cv-report-stats' id='report-stats'>
      <View className='cv-report-stats__rate'>
        <Text className='cv-report-stats__label'>整改率</Text>
        <Text className='cv-report-stats__value' id='rectification-rate'>
          {rateText(s.rectificationRate)}
        </Text>
      </View>
      <Text className='cv-report-stats__hint'>已办结 ÷ 累计上报</Text>
      <View className='cv-counts'>
        <View className='cv-counts__tile' id='stat-filed'>
          <Text className='cv-counts__n'>{s.filed}</Text>
          <Text className='cv-counts__label'>累计上报</Text>
        </View>
        <View className='cv-counts__tile' id='stat-closed'>
          <Text className='cv-counts__n'>{s.closed}</Text>
          <Text className='cv-counts__label'>已办结</Text>
        </View>
        <View className={`cv-counts__tile${s.open > 0 ? ' cv-counts__tile--alarm' : ''}`} id='stat-open'>
          <Text className='cv-counts__n'>{s.open}</Text>
          <Text className='cv-counts__label'>办理中</Text>
        </View>
      </View>
    </View>
  )
}
