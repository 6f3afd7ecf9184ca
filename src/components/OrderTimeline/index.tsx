// The order's timeline, oldest first: what happened, when (Shanghai time), who, 代办 when a family member acted
// for the resident, and the note (a reason, a ruling).
import '../OrderCard/index.css'
import './index.css'
import { Text, View } from '@tarojs/components'
import type { OrderView } from '../../shared/contracts'
import { eventLabel } from '../../hooks/orderFormat'
import { formatShanghai } from '../../shared/time'

export default function OrderTimeline({ events }: { events: OrderView['events'] }) {
  return (
    <View className='cv-timeline'>
      {events.map((e, i) => (
        <View key={`${e.kind}-${e.at}-${i}`} className={`cv-timeline__item${i === events.length - 1 ? ' cv-timeline__item--last' : ''}`}>
          <View className='cv-timeline__dot' />
          <View className='cv-timeline__body'>
            <View className='cv-timeline__head'>
              <Text className='cv-timeline__kind'>{eventLabel(e.kind)}</Text>
              <Text className='cv-timeline__at'>{formatShanghai(e.at, 'MM-DD HH:mm')}</Text>
            </View>
            <Text className='cv-timeline__by'>
              {e.byName}
              {e.onBehalf && <Text className='cv-badge cv-timeline__proxy'>代办</Text>}
            </Text>
            {e.note && <Text className='cv-timeline__note'>{e.note}</Text>}
          </View>
        </View>
      ))}
    </View>
  )
}
