// 派单: the order (orders.get), its ranked candidates (orders.candidates) and sending it to one of them —
// orders.dispatch while pending, orders.reassign (with a reason) once someone already holds it.
import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import { useAction } from './useAction'
import { useQuery } from './useQuery'

export function useDispatch(orderId: string) {
  const order = useQuery('orders.get', { orderId }, !!orderId)
  const candidates = useQuery('orders.candidates', { orderId }, !!orderId)
  const dispatch = useAction('orders.dispatch', { fields: [] })
  const reassign = useAction('orders.reassign', { fields: ['reason'] })
  const [chosen, setChosen] = useState<string | null>(null)

  const status = order.data?.status
  const needsReason = status === 'dispatched' || status === 'accepted'

  const send = useCallback(
    async (volunteerId: string, reason: string) => {
      setChosen(volunteerId)
      const done = needsReason ? await reassign.run({ orderId, volunteerId, reason: reason.trim() }) : await dispatch.run({ orderId, volunteerId })
      if (!done) {
        order.reload() // it may have moved on (taken from the pool meanwhile)
        return
      }
      void Taro.showToast({ title: needsReason ? '已改派' : '已派单', icon: 'success' })
      setTimeout(() => void Taro.navigateBack(), 600)
    },
    [needsReason, reassign, dispatch, orderId, order]
  )

  const action = needsReason ? reassign : dispatch
  return {
    order: order.data,
    candidates: candidates.data?.candidates ?? [],
    loading: order.loading || candidates.loading,
    error: order.error ?? candidates.error,
    reload: () => {
      order.reload()
      candidates.reload()
    },
    needsReason,
    send,
    chosen,
    pending: action.pending,
    fieldErrors: action.fieldErrors,
    formError: action.formError
  }
}
