// 服务站地图 for residents: stations near the device (mini-program) or around the resident's community (H5, which
// has no GPS here), nearest first, each with distance and 营业中/已关闭 as the server judged it (China time).
import { useCallback, useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { callApi, type ApiClientError } from '../api/client'
import type { ActionOutput, Location } from '../shared/contracts'
import { CAN_LOCATE, currentLocation } from './location'
import { IDENTITY_CHANGED } from './identityEvents'
import { toClientError } from './useQuery'

export type NearbyStations = ActionOutput<'stations.nearby'>
export type NearbyStation = NearbyStations['stations'][number]

/** How far the list reaches: a little beyond the 10-minute circle, so the next-nearest stations show too. */
export const NEARBY_RADIUS_METERS = 3000

export function useNearbyStations() {
  const [data, setData] = useState<NearbyStations | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<ApiClientError | null>(null)
  /** True when the list is around the device's own location; false when around the community. */
  const [located, setLocated] = useState(false)
  const seq = useRef(0)

  const load = useCallback(async () => {
    const mine = ++seq.current
    setLoading(true)
    setError(null)
    let at: Location | null = null
    if (CAN_LOCATE) {
      try {
        at = await currentLocation()
      } catch {
        at = null // location refused: fall back to the community, which still answers the question
      }
    }
    try {
      const r = await callApi('stations.nearby', at ? { location: at, radiusMeters: NEARBY_RADIUS_METERS } : { radiusMeters: NEARBY_RADIUS_METERS })
      if (mine !== seq.current) return
      setData(r)
      setLocated(!!at)
    } catch (e) {
      if (mine === seq.current) setError(toClientError(e))
    } finally {
      if (mine === seq.current) setLoading(false)
    }
  }, [])

  useEffect(() => {
    void load()
    const reload = () => void load()
    Taro.eventCenter.on(IDENTITY_CHANGED, reload)
    return () => {
      seq.current++
      Taro.eventCenter.off(IDENTITY_CHANGED, reload)
    }
  }, [load])

  return { data, loading, error, located, reload: load }
}

/** Opens WeChat's map with the station marked (navigation from there). Mini-program only. */
export function openStationOnMap(s: NearbyStation): void {
  if (process.env.TARO_ENV !== 'weapp') return
  void Taro.openLocation({ latitude: s.location.latitude, longitude: s.location.longitude, name: s.name, address: s.address, scale: 17 })
}
