// The mini-program's 服务站地图: WeChat's map with one marker per station (callout: 站/岗/室/点 + name + 营业中/已关闭)
// and the 10-minute circle (800 m) around the resident when the centre is their own location. Tapping a marker
// hands the station to the page (which opens it in WeChat's map for navigation).
import { Map } from '@tarojs/components'
import type { MapProps } from '@tarojs/components'
import { STATION_TYPE_SHORT } from '../../../../shared/contracts'
import { WALK_CIRCLE_METERS } from '../../../../shared/domain/stations'
import type { StationsMapProps } from './StationsMap'
import { stateLabel } from '../../../../components/StationCard'

export default function StationsMap({ center, stations, circle, onPick }: StationsMapProps) {
  // No iconPath: WeChat draws its default pin (Taro's typings still call the field required; the cast says so).
  const markers = stations.map((s, i) => ({
    id: i,
    latitude: s.location.latitude,
    longitude: s.location.longitude,
    title: s.name,
    callout: {
      content: `${STATION_TYPE_SHORT[s.type]}｜${s.name}｜${stateLabel(s)}`,
      display: 'ALWAYS',
      fontSize: 13,
      color: '#1d2129',
      bgColor: '#ffffff',
      padding: 6,
      borderRadius: 6,
      textAlign: 'center'
    }
  })) as unknown as MapProps.marker[]
  const circles: MapProps.circle[] = circle
    ? [{ latitude: center.latitude, longitude: center.longitude, radius: WALK_CIRCLE_METERS, color: '#d9480f88', fillColor: '#d9480f14', strokeWidth: 2 }]
    : []
  return (
    <Map
      className='cv-station-map'
      id='stations-map'
      latitude={center.latitude}
      longitude={center.longitude}
      scale={15}
      markers={markers}
      circles={circles}
      showLocation
      onMarkerTap={(e) => {
        const s = stations[Number((e.detail as { markerId: number | string }).markerId)]
        if (s) onPick(s)
      }}
      onError={() => undefined}
      onCalloutTap={(e) => {
        const s = stations[Number((e.detail as { markerId: number | string }).markerId)]
        if (s) onPick(s)
      }}
    />
  )
}
