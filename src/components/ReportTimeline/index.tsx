// A 随手拍's timeline, oldest first: what happened, when (Shanghai time), who and in which capacity, and the note
// (派单 note, 整改说明, 重开原因). Drawn like the order timeline.
import '../OrderCard/index.css'
import '../OrderTimeline/index.css'
import { Text, View } from '@tarojs/components'
import { REPORT_EVENT_LABELS, REPORT_ROLE_LABELS, type Report } from '../../hooks/useReports'
import { formatShanghai } from '../../shared/time'

export default function ReportTimeline({ events }: { events: Report['events'] }) {
  return (
    <View className='cv-timeline'>
      {events.map((e, i) => (
        <View key={`${e.kind}-${e.at}-${i}`} className={`cv-timeline__item${i === events.length - 1 ? ' cv-timeline__item--last' : ''}`}>
          <View className='cv-timeline__dot' />
          <View className='cv-timeline__body'>
            <View className='cv-timeline__head'>
              <Text className='cv-timeline__kind'>{REPORT_EVENT_LABELS[e.kind]}</Text>
              <Text className='cv-timeline__at'>{formatShanghai(e.at, 'MM-DD HH:mm')}</Text>
            </View>
            <Text className='cv-timeline__by'>
              {REPORT_ROLE_LABELS[e.byRole]}：{e.byName}
            </Text>
            {e.note && <Text className='cv-timeline__note'>{e.note}</Text>}
          </View>
        </View>
      ))}
    </View>
  )
}
