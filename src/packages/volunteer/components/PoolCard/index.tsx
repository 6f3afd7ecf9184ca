// One order in 抢单大厅 with its 抢单 button. Taken: the order opens (the address is now visible to this volunteer).
// Someone was faster (ORDER_TAKEN): the hall shows the server's message and refreshes (this card goes with it).
import '../../../../components/Field/index.css'
import { useCallback } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text } from '@tarojs/components'
import OrderCard from '../../../../components/OrderCard'
import type { OrderView } from '../../../../shared/contracts'
import { ORDER_PAGES } from '../../../../hooks/orderRoutes'
import { useOrderMoves, type MoveFailure } from '../../../../hooks/useOrderMoves'

export default function PoolCard({ order, onStale }: { order: OrderView; onStale: (failure: MoveFailure) => void }) {
  const onMoved = useCallback((o: OrderView) => {
    void Taro.showToast({ title: '抢单成功', icon: 'success' })
    void Taro.navigateTo({ url: ORDER_PAGES.detail(o.id) })
  }, [])
  const mover = useOrderMoves(onMoved, onStale)
  return (
    <OrderCard order={order} hideStatus>
      <Button className='cv-btn cv-move cv-move--grab' disabled={mover.busy !== null || undefined} onClick={() => void mover.run(order.id, { move: 'grab' })}>
        {mover.busy ? '正在抢单…' : '抢单'}
      </Button>
      {mover.error && <Text className='cv-form-error cv-pool-error'>{mover.error.message}</Text>}
    </OrderCard>
  )
}
