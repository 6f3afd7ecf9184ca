// 服务站地图 for residents: stations near the device (mini-program) or around the resident's community (H5, which
// has no GPS here), nearest first, each with distance and 营业中/已关闭 as the server judged it (China time).
import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import type { ActionOutput } from '../shared/contracts'
import { IDENTITY_CHANGED } from './identityEvents'
import { useLocatedQuery } from './useLocatedQuery'

export type NearbyStations = ActionOutput<'stations.nearby'>
export type NearbyStation = NearbyStations['stations'][number]

/** How far the list reaches: a little beyond the 10-minute circle, so the next-nearest stations show too. */
export const NEARBY_RADIUS_METERS = 3000

export function useNearbyStations() {
  // Without the device's location the server answers around the resident's community.
  const q = useLocatedQuery('stations.nearby', (at) => (at ? { location: at, radiusMeters: NEARBY_RADIUS_METERS } : { radiusMeters: NEARBY_RADIUS_METERS }))
  const { load } = q
  useEffect(() => {
    const reload = () => void load()
    Taro.eventCenter.on(IDENTITY_CHANGED, reload)
    return () => {
      Taro.eventCenter.off(IDENTITY_CHANGED, reload)
    }
  }, [load])
  /** located: the list is around the device's own location (else around the community). */
  return { data: q.data, loading: q.loading, error: q.error, located: q.fromDevice, reload: load }
}

/** Opens WeChat's map with the station marked (navigation from there). Mini-program only. */
export function openStationOnMap(s: NearbyStation): void {
  if (process.env.TARO_ENV !== 'weapp') return
  void Taro.openLocation({ latitude: s.location.latitude, longitude: s.location.longitude, name: s.name, address: s.address, scale: 17 })
}
