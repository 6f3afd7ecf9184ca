// The 工作台 figures as a two-column grid of cards: label, the figure in large type, what it is made of, and a
// chip per target (达标 green / 未达标 red; grey while there is nothing to measure).
import { Text, View } from '@tarojs/components'
import type { Kpi } from '../../../../hooks/useDashboard'

export default function KpiCards({ kpis }: { kpis: Kpi[] }) {
  return (
    <View className='cv-kpis' id='kpis'>
      {kpis.map((k, i) => (
        // An odd last card takes the full row rather than leaving a hole beside it.
        <View key={k.key} className={`cv-kpi${i === kpis.length - 1 && kpis.length % 2 ? ' cv-kpi--wide' : ''}`} id={`kpi-${k.key}`}>
          <Text className='cv-kpi__label'>{k.label}</Text>
          <View className='cv-kpi__figure'>
            <Text className='cv-kpi__value'>{k.value}</Text>
            {k.unit && <Text className='cv-kpi__unit'>{k.unit}</Text>}
          </View>
          <Text className='cv-kpi__detail'>{k.detail}</Text>
          {k.targets.map((t) => (
            <Text key={t.label} className={`cv-kpi__target cv-kpi__target--${t.met === null ? 'none' : t.met ? 'met' : 'missed'}`}>
              {t.label} {t.met === null ? '暂无数据' : t.met ? '达标' : '未达标'}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
