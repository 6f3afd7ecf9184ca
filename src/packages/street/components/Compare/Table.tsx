// 社区对比's table: one row per figure, one column per community, scrolling sideways when the street has more
// communities than the screen holds. The figures are stats.compare's, worded as on the community 工作台.
import { ScrollView, Text, View } from '@tarojs/components'
import type { CompareRow } from '../../../../shared/contracts'
import { COMPARE_METRICS, shortCommunityName } from '../../../../hooks/useStreet'

export default function CompareTable({ rows, streetName }: { rows: CompareRow[]; streetName: string }) {
  return (
    <ScrollView scrollX className='cv-cmp' id='compare-table'>
      <View className='cv-cmp__row cv-cmp__row--head'>
        <Text className='cv-cmp__label'>指标</Text>
        {rows.map((r) => (
          <Text key={r.communityId} className='cv-cmp__cell'>
            {shortCommunityName(r.communityName, streetName)}
          </Text>
        ))}
      </View>
      {COMPARE_METRICS.map((m) => (
        <View key={m.key} className='cv-cmp__row' id={`cmp-${m.key}`}>
          <Text className='cv-cmp__label'>{m.label}</Text>
          {rows.map((r) => (
            <Text key={r.communityId} className='cv-cmp__cell'>
              {m.text(r)}
            </Text>
          ))}
        </View>
      ))}
    </ScrollView>
  )
}
