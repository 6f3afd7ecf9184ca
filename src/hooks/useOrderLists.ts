// Order lists: 我的求助 / 我的服务 (orders.listMine, paged), the volunteer's 抢单大厅 (orders.pool) and the
// coordinator's 调度台 (orders.board). Each reloads when its page is shown again, since other pages change them.
import { useCallback, useEffect, useRef, useState } from 'react'
import { callApi, type ApiClientError } from '../api/client'
import type { ActionOutput, Location } from '../shared/contracts'
import { CAN_LOCATE, currentLocation } from './location'
import { toClientError, useQuery } from './useQuery'
import { usePagedQuery } from './usePagedQuery'
import { useReloadOnShow } from './useReloadOnShow'


export function useMyOrders(as: 'resident' | 'volunteer', open: boolean) {
  const list = usePagedQuery('orders.listMine', { as, open })
  useReloadOnShow(list.reload)
  return list
}

/**
 * 抢单大厅: orders near the volunteer. In the mini-program the device's location (if the volunteer allows it);
 * in H5, or when refused, none — the server then measures from the volunteer's registered service location.
 */
export function usePool() {
  const [data, setData] = useState<ActionOutput<'orders.pool'> | null>(null)
  const [fromDevice, setFromDevice] = useState(false)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<ApiClientError | null>(null)
  const seq = useRef(0)

  const load = useCallback(async () => {
    const mine = ++seq.current
    setLoading(true)
    setError(null)
    let location: Location | undefined
    if (CAN_LOCATE) location = await currentLocation().catch(() => undefined)
    try {
      const r = await callApi('orders.pool', location ? { location } : {})
      if (mine === seq.current) {
        setData(r)
        setFromDevice(!!location)
      }
    } catch (e) {
      if (mine === seq.current) setError(toClientError(e))
    } finally {
      if (mine === seq.current) setLoading(false)
    }
  }, [])

  useEffect(() => {
    void load()
    return () => {
      seq.current++
    }
  }, [load])
  const reload = useCallback(() => void load(), [load])
  useReloadOnShow(reload)
  /** How the list is ordered: from the device's location, from the registered service location, or by age. */
  const order: 'device' | 'service' | 'oldest' | null = !data ? null : fromDevice ? 'device' : data.located ? 'service' : 'oldest'
  return { items: data?.items ?? [], order, loaded: !!data, loading, error, reload }
}

export type BoardItem = ActionOutput<'orders.board'>['items'][number]

/** 调度台: counts and items; `skewMs` turns the server's clock into ours, so SLA countdowns tick locally. */
export function useBoard(enabled: boolean) {
  const query = useQuery('orders.board', {}, enabled)
  const [skewMs, setSkewMs] = useState(0)
  useEffect(() => {
    if (query.data) setSkewMs(Date.parse(query.data.now) - Date.now())
  }, [query.data])
  useReloadOnShow(query.reload)
  return { board: query.data, loading: query.loading, error: query.error, reload: query.reload, skewMs }
}
