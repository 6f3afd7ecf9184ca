// A timeline, oldest first: what happened, when (Shanghai time), who, an optional 代办 badge and the note. Orders
// and 随手拍 draw theirs with it (OrderTimeline, ReportTimeline map their events to these items).
import '../OrderCard/index.css'
import './index.css'
import { Text, View } from '@tarojs/components'
import { formatShanghai } from '../../shared/time'

export interface TimelineItem {
  kind: string
  label: string
  at: string
  by: string
  proxy?: boolean
  note?: string | null
}

export default function Timeline({ items }: { items: TimelineItem[] }) {
  return (
    <View className='cv-timeline'>
      {items.map((e, i) => (
        <View key={`${e.kind}-${e.at}-${i}`} className={`cv-timeline__item${i === items.length - 1 ? ' cv-timeline__item--last' : ''}`}>
          <View className='cv-timeline__dot' />
          <View className='cv-timeline__body'>
            <View className='cv-timeline__head'>
              <Text className='cv-timeline__kind'>{e.label}</Text>
              <Text className='cv-timeline__at'>{formatShanghai(e.at, 'MM-DD HH:mm')}</Text>
            </View>
            <Text className='cv-timeline__by'>
              {e.by}
              {e.proxy && <Text className='cv-badge cv-timeline__proxy'>代办</Text>}
            </Text>
            {e.note && <Text className='cv-timeline__note'>{e.note}</Text>}
          </View>
        </View>
      ))}
    </View>
  )
}
