// One of the volunteer's orders in 我的服务, with what to do next: 接单/婉拒 when dispatched, 到达签到 (location or
// the resident's code) when accepted, 签退 in service — and the time served so far.
import { useCallback } from 'react'
import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import OrderCard from '../../../../components/OrderCard'
import OrderMoves from '../../../../components/OrderMoves'
import type { OrderView } from '../../../../shared/contracts'
import { elapsedText } from '../../../../hooks/orderFormat'
import { useNow } from '../../../../hooks/useNow'
import { useOrderMoves } from '../../../../hooks/useOrderMoves'

export default function TaskCard({ order, onChanged, onStale }: { order: OrderView; onChanged: (o: OrderView) => void; onStale: () => void }) {
  const onMoved = useCallback((o: OrderView) => onChanged(o), [onChanged])
  const stale = useCallback(() => onStale(), [onStale])
  const mover = useOrderMoves(onMoved, stale)
  const now = useNow()
  return (
    <OrderCard order={order}>
      {order.status === 'in_service' && order.checkInAt && <Text className='cv-task__elapsed'>服务已进行 {elapsedText(order.checkInAt, now)}</Text>}
      {order.status === 'dispatched' && <Text className='cv-task__hint'>社区协调员为您派了这一单，请确认是否接单</Text>}
      {order.status === 'awaiting_confirmation' && <Text className='cv-task__hint'>已签退，等待居民确认（逾期将自动确认）</Text>}
      {order.address && order.status !== 'awaiting_confirmation' && (
        // Calling ahead is how most visits start: the number is shown only from accepting (条例 art 21).
        <Text className='cv-task__call' onClick={() => void Taro.makePhoneCall({ phoneNumber: order.address!.contactPhone }).catch(() => undefined)}>
          联系 {order.address.contactName} {order.address.contactPhone}
        </Text>
      )}
      <OrderMoves order={order} mover={mover} row />
    </OrderCard>
  )
}
