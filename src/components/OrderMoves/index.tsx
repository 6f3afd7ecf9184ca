// The order's buttons: exactly OrderView.moves (the server computed them from the shared transition table for
// this viewer), most useful first. Some open another page (确认完成 → 评价, 派单/改派 → 选择志愿者), some need a
// reason or minutes first (an inline form), 到达签到 is its own panel, the rest act at once.
import '../OrderCard/index.css'
import './index.css'
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { OrderView } from '../../shared/contracts'
import { TRANSITIONS, type OrderMove } from '../../shared/domain/order'
import { moveLabel } from '../../hooks/orderFormat'
import { ORDER_PAGES } from '../../hooks/orderRoutes'
import type { OrderMover } from '../../hooks/useOrderMoves'
import CheckInPanel from './CheckInPanel'
import ReasonForm from './ReasonForm'
import ResolveForm from './ResolveForm'

const ORDER: OrderMove[] = ['accept', 'grab', 'checkIn', 'checkOut', 'confirm', 'dispatch', 'reassign', 'resolve', 'decline', 'withdraw', 'cancel', 'dispute']
/** Moves that step back or complain: drawn quieter than the ones that move the service forward. */
const QUIET: OrderMove[] = ['decline', 'withdraw', 'cancel', 'dispute', 'reassign']

type ReasonMove = 'decline' | 'withdraw' | 'cancel' | 'dispute'

interface Props {
  order: OrderView
  mover: OrderMover
  /** Cards put the buttons side by side; the detail page stacks them full width. */
  row?: boolean
}

export default function OrderMoves({ order, mover, row }: Props) {
  const [form, setForm] = useState<OrderMove | null>(null)
  const moves = ORDER.filter((m) => order.moves.includes(m))
  // After a refused move the order reloads and may offer nothing more (taken by someone else): still say why.
  if (moves.length === 0) return mover.error ? <Text className='cv-form-error'>{mover.error.message}</Text> : null

  const close = () => {
    setForm(null)
    mover.clear()
  }
  const tap = (m: OrderMove) => {
    mover.clear()
    if (m === 'confirm') void Taro.navigateTo({ url: ORDER_PAGES.rate(order.id) })
    else if (m === 'dispatch' || m === 'reassign') void Taro.navigateTo({ url: ORDER_PAGES.dispatch(order.id) })
    else if (m === 'resolve' || (TRANSITIONS[m] as { needsReason?: boolean }).needsReason) setForm(m)
    else void mover.run(order.id, { move: m as 'grab' | 'accept' | 'checkOut' })
  }
  const done = (o: OrderView | null) => o && setForm(null)

  if (form === 'resolve') {
    return (
      <View className='cv-moves'>
        <ResolveForm
          initialMinutes={order.servedMinutes}
          errors={mover.fieldErrors}
          pending={mover.busy === 'resolve'}
          onClose={close}
          onSubmit={(minutes, reason) => void mover.run(order.id, { move: 'resolve', minutes, reason }).then(done)}
        />
        {mover.error && <Text className='cv-form-error'>{mover.error.message}</Text>}
      </View>
    )
  }
  if (form) {
    const m = form as ReasonMove
    return (
      <View className='cv-moves'>
        <ReasonForm
          move={m}
          error={mover.fieldErrors.reason}
          pending={mover.busy === m}
          onClose={close}
          onSubmit={(reason) => void mover.run(order.id, { move: m, reason }).then(done)}
        />
        {mover.error && !mover.fieldErrors.reason && <Text className='cv-form-error'>{mover.error.message}</Text>}
      </View>
    )
  }

  const buttons = moves.filter((m) => m !== 'checkIn')
  return (
    <View className='cv-moves'>
      {moves.includes('checkIn') && <CheckInPanel orderId={order.id} mover={mover} />}
      {mover.error && <Text className='cv-form-error'>{mover.error.message}</Text>}
      <View className={row ? 'cv-order__actions' : 'cv-moves__stack'}>
        {buttons.map((m) => (
          <Button
            key={m}
            className={`cv-btn cv-move cv-move--${m}${QUIET.includes(m) ? ' cv-btn--plain' : ''}`}
            disabled={mover.busy !== null || undefined}
            onClick={() => tap(m)}
          >
            {mover.busy === m ? '正在提交…' : moveLabel(m)}
          </Button>
        ))}
      </View>
    </View>
  )
}
