// 订单详情: one order as this viewer may see it (orders.get), refreshed when the page is shown again (after 评价 or
// 派单 on another page), and the moves made on it. While the hours of a finished order are being paid (the settle
// worker runs every 5 s) it looks again every 4 s, at most 5 times, so 入账中 turns into 已入账 without a tap.
import { useCallback, useEffect, useRef } from 'react'
import type { OrderView } from '../shared/contracts'
import { useOrderMoves } from './useOrderMoves'
import { useQuery } from './useQuery'
import { useReloadOnShow } from './useReloadOnShow'

export function useOrder(orderId: string) {
  const query = useQuery('orders.get', { orderId }, !!orderId)
  const { setData, reload } = query
  useReloadOnShow(reload)
  const onMoved = useCallback((order: OrderView) => setData(order), [setData])
  const onStale = useCallback(() => reload(), [reload])
  const mover = useOrderMoves(onMoved, onStale)
  const polls = useRef(0)
  const settling = query.data?.settlement === 'settling'
  useEffect(() => {
    if (!settling || polls.current >= 5) return
    const t = setTimeout(() => ((polls.current += 1), reload()), 4000)
    return () => clearTimeout(t)
  }, [settling, query.data, reload])
  return { order: query.data, loading: query.loading, error: query.error, reload, mover }
}
