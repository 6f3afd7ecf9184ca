import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { useOrder } from '../../../../hooks/useOrder'
import OrderDetail from '../../components/OrderDetail'

/** 订单详情 (?id=…): the same page for the resident, the volunteer and the coordinator. */
export default function OrderPage() {
  const { params } = useRouter()
  const { order, loading, error, reload, mover } = useOrder(params.id ?? '')
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        {/* A refresh keeps the order on screen; the loading state shows only before the first answer. */}
        {!order && <LoadState loading={loading} error={error ?? (params.id ? null : { message: '缺少订单编号' })} onRetry={reload} />}
        {order && <OrderDetail order={order} mover={mover} justCreated={params.created === '1'} />}
      </View>
    </View>
  )
}
