// One station as a resident (or its coordinator) sees it: type badge (站/岗/室/点), name, distance and walking time,
// 营业中 / 已关闭 (the server's judgement in China time), hours, address and services. Plain Taro components.
import './index.css'
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { STATION_TYPE_SHORT, type StationPublicView } from '../../shared/contracts'
import { formatDistance, walkMinutes } from '../../shared/domain/stations'

interface Props {
  station: StationPublicView
  distanceMeters?: number
  /** Buttons under the card (导航, 编辑). */
  children?: ReactNode
}

export function stateLabel(s: StationPublicView): string {
  if (s.status === 'closed') return '暂停服务'
  return s.openNow ? '营业中' : '已关闭'
}

export default function StationCard({ station: s, distanceMeters, children }: Props) {
  const shut = !s.openNow
  return (
    <View className='cv-station' id={`station-${s.id}`}>
      <View className='cv-station__head'>
        <Text className={`cv-station__type${s.status === 'closed' ? ' cv-station__type--closed' : ''}`}>{STATION_TYPE_SHORT[s.type]}</Text>
        <View className='cv-station__title'>
          <Text className='cv-station__name'>{s.name}</Text>
          <Text className='cv-station__sub'>
            {s.typeLabel}
            {distanceMeters !== undefined ? ` · 距离${formatDistance(distanceMeters)} · 步行约${walkMinutes(distanceMeters)}分钟` : ''}
          </Text>
        </View>
        <Text className={`cv-station__state cv-station__state--${shut ? 'shut' : 'open'}`}>{stateLabel(s)}</Text>
      </View>
      <Text className='cv-station__row'>
        <Text className='cv-station__label'>开放时间：</Text>
        {s.hoursText.length ? s.hoursText.join('；') : '暂未公布'}
      </Text>
      <Text className='cv-station__row'>
        <Text className='cv-station__label'>地址：</Text>
        {s.address}
      </Text>
      {(s.serviceLabels.length > 0 || s.tags.length > 0) && (
        <View className='cv-station__services'>
          {s.serviceLabels.map((l) => (
            <Text key={l} className='cv-tag'>
              {l}
            </Text>
          ))}
          {s.tags.map((t) => (
            <Text key={`tag-${t}`} className='cv-tag'>
              {t}
            </Text>
          ))}
        </View>
      )}
      {children && <View className='cv-station__actions'>{children}</View>}
    </View>
  )
}
