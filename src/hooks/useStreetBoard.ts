// 街道调度: the orders escalated to the street (streets.board) and, for the one the street admin opens, its ranked
// candidates across every community of the street (orders.candidates — the server's shared eligibility rule and
// ranking) and the dispatch itself (orders.dispatch). After a dispatch the board reloads: the order stays listed
// as 已派单 until the volunteer accepts.
import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import { useAction } from './useAction'
import { useQuery } from './useQuery'

export function useStreetBoard(streetId: string | undefined, enabled: boolean) {
  const board = useQuery('streets.board', streetId ? { streetId } : {}, enabled)
  const [openId, setOpenId] = useState<string | null>(null)
  const candidates = useQuery('orders.candidates', { orderId: openId ?? '' }, enabled && !!openId)
  const dispatch = useAction('orders.dispatch', { fields: [] })
  const [chosen, setChosen] = useState<string | null>(null)

  /** Opens (or closes, if open) one order's candidate list. */
  const toggle = useCallback(
    (orderId: string) => {
      dispatch.reset()
      setOpenId((cur) => (cur === orderId ? null : orderId))
    },
    [dispatch]
  )

  const send = useCallback(
    async (volunteerId: string) => {
      if (!openId) return
      setChosen(volunteerId)
      const done = await dispatch.run({ orderId: openId, volunteerId })
      if (!done) {
        candidates.reload() // someone may have taken it, or the volunteer's situation changed
        return
      }
      void Taro.showToast({ title: '已派单', icon: 'success' })
      setOpenId(null)
      board.reload()
    },
    [openId, dispatch, candidates, board]
  )

  return {
    board: board.data,
    loading: board.loading,
    error: board.error,
    reload: board.reload,
    openId,
    toggle,
    candidates: openId ? (candidates.data?.candidates ?? []) : [],
    candidatesLoading: candidates.loading,
    candidatesError: candidates.error,
    send,
    chosen,
    pending: dispatch.pending,
    formError: dispatch.formError
  }
}
