// 订单详情 for every role: status and clocks, what was asked, who serves, the moves this viewer may make (from
// OrderView.moves) and the timeline.
import '../../../../components/OrderCard/index.css'
import './index.css'
import { Text, View } from '@tarojs/components'
import OrderMoves from '../../../../components/OrderMoves'
import OrderTimeline from '../../../../components/OrderTimeline'
import type { OrderView } from '../../../../shared/contracts'
import type { OrderMover } from '../../../../hooks/useOrderMoves'
import InfoPanel from './InfoPanel'
import ServicePanel from './ServicePanel'
import StatusPanel from './StatusPanel'

export default function OrderDetail({ order, mover, justCreated }: { order: OrderView; mover: OrderMover; justCreated: boolean }) {
  return (
    <>
      {justCreated && order.status === 'pending' && <Text className='cv-success'>求助已提交，正在为您寻找志愿者</Text>}
      <StatusPanel order={order} />
      {(order.moves.length > 0 || mover.error) && (
        <View className='cv-form cv-detail-moves'>
          <OrderMoves order={order} mover={mover} />
        </View>
      )}
      <InfoPanel order={order} />
      <ServicePanel order={order} />
      <View className='cv-form'>
        <Text className='cv-form__title'>订单进展</Text>
        <OrderTimeline events={order.events} />
      </View>
    </>
  )
}
