// Order lists: 我的求助 / 我的服务 (orders.listMine, paged), the volunteer's 抢单大厅 (orders.pool) and the
// coordinator's 调度台 (orders.board). Each reloads when its page is shown again, since other pages change them.
import { useCallback, useEffect, useState } from 'react'
import type { ActionOutput } from '../shared/contracts'
import { useLocatedQuery } from './useLocatedQuery'
import { useQuery } from './useQuery'
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
  const q = useLocatedQuery('orders.pool', (at) => (at ? { location: at } : {}))
  const { load, data } = q
  const reload = useCallback(() => void load(), [load])
  useReloadOnShow(reload)
  /** How the list is ordered: from the device's location, from the registered service location, or by age. */
  const order: 'device' | 'service' | 'oldest' | null = !data ? null : q.fromDevice ? 'device' : data.located ? 'service' : 'oldest'
  return { items: data?.items ?? [], order, loaded: !!data, loading: q.loading, error: q.error, reload }
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
