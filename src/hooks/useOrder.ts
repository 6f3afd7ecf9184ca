// 订单详情: one order as this viewer may see it (orders.get), refreshed when the page is shown again (after 评价 or
// 派单 on another page), and the moves made on it.
import { useCallback } from 'react'
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
  return { order: query.data, loading: query.loading, error: query.error, reload, mover }
}
