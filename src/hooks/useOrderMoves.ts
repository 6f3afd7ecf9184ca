// Making a move on an order (the buttons come from OrderView.moves, which the server computes from the shared
// transition table for this viewer). Each move is one action: `withdraw` is orders.cancel sent by the assignee,
// every other move is orders.<move>. The moves that open another page (confirm → 评价, dispatch/reassign → 派单)
// are not run here. When the order changed under us (taken by someone else, status moved on) the message is shown
// as the server wrote it and the order reloads.
import { useCallback, useState } from 'react'
import { callApi } from '../api/client'
import { contracts, type ActionInput, type ActionName, type Location, type OrderView } from '../shared/contracts'
import { hasErrors, schemaErrors, type FieldErrors } from './formErrors'
import { askToSubscribe } from './subscribe'
import { toClientError } from './useQuery'

export type MoveRequest =
  | { move: 'grab' | 'accept' | 'checkOut' }
  | { move: 'decline' | 'withdraw' | 'cancel' | 'dispute'; reason: string }
  | { move: 'checkIn'; location?: Location; code?: string }
  | { move: 'resolve'; minutes: number; reason: string }

/** Fields the move forms show next to an input; a server field error elsewhere becomes the global message. */
const PLACED = ['reason', 'code', 'minutes']
/** Codes that mean "what you see is out of date": show the message and refresh. */
const STALE = ['ORDER_TAKEN', 'ORDER_STATUS_CHANGED', 'NOT_YOUR_ORDER', 'CONFLICT']

function toCall(orderId: string, r: MoveRequest): { action: ActionName; input: unknown } {
  switch (r.move) {
    case 'grab':
    case 'accept':
    case 'checkOut':
      return { action: `orders.${r.move}`, input: { orderId } }
    case 'withdraw':
      return { action: 'orders.cancel', input: { orderId, reason: r.reason.trim() } }
    case 'decline':
    case 'cancel':
    case 'dispute':
      return { action: `orders.${r.move}`, input: { orderId, reason: r.reason.trim() } }
    case 'checkIn':
      return { action: 'orders.checkIn', input: { orderId, ...(r.location ? { location: r.location } : {}), ...(r.code ? { code: r.code.trim() } : {}) } }
    case 'resolve':
      return { action: 'orders.resolve', input: { orderId, minutes: r.minutes, reason: r.reason.trim() } }
  }
}

export interface MoveFailure {
  code: string
  message: string
}

/** `onStale` gets the refusal too: a list that drops the order on refresh must still say why (抢单大厅). */
export function useOrderMoves(onMoved: (order: OrderView) => void, onStale: (failure: MoveFailure) => void) {
  const [busy, setBusy] = useState<MoveRequest['move'] | null>(null)
  const [error, setError] = useState<MoveFailure | null>(null)
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})

  const run = useCallback(
    async (orderId: string, request: MoveRequest): Promise<OrderView | null> => {
      if (busy) return null
      // Inside the tap, before any await: WeChat asks for notice consent only from a user gesture.
      if (request.move === 'grab' || request.move === 'accept') void askToSubscribe('volunteer')
      const { action, input } = toCall(orderId, request)
      const local = schemaErrors(contracts[action].input, input)
      setError(null)
      setFieldErrors(local)
      if (hasErrors(local)) return null
      setBusy(request.move)
      try {
        const order = (await callApi(action, input as ActionInput<typeof action>)) as OrderView
        onMoved(order)
        return order
      } catch (e) {
        const err = toClientError(e)
        const fields = err.fields ?? {}
        const placed = Object.keys(fields).filter((k) => PLACED.includes(k))
        setFieldErrors(Object.fromEntries(placed.map((k) => [k, fields[k]])))
        // Said once: next to the field when it can be placed there, else as the form's message.
        setError(placed.length > 0 && placed.length === Object.keys(fields).length ? null : { code: err.code, message: err.message })
        if (STALE.includes(err.code)) onStale({ code: err.code, message: err.message })
        return null
      } finally {
        setBusy(null)
      }
    },
    [busy, onMoved, onStale]
  )

  const clear = useCallback(() => {
    setError(null)
    setFieldErrors({})
  }, [])

  return { run, busy, error, fieldErrors, clear }
}

export type OrderMover = ReturnType<typeof useOrderMoves>
