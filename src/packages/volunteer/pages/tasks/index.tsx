import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Tabs } from '@nutui/nutui-react-taro'
import { Button, Text, View } from '@tarojs/components'
import OrderCard from '../../../../components/OrderCard'
import type { OrderView } from '../../../../shared/contracts'
import { ORDER_PAGES } from '../../../../hooks/orderRoutes'
import { useMyOrders } from '../../../../hooks/useOrderLists'
import TaskCard from '../../components/TaskCard'
import VolunteerGate from '../../components/VolunteerGate'
import ListFooter from '../../../../components/ListFooter'

type Tab = 'open' | 'closed'

function Tasks() {
  const [tab, setTab] = useState<Tab>('open')
  const list = useMyOrders('volunteer', tab === 'open')
  // 婉拒/退单 hand the order back (and a coordinator may cancel it): it leaves this list, so reload.
  const changed = (o: OrderView) => (o.status === 'pending' || o.status === 'cancelled' ? list.reload() : list.replace(o))
  return (
    <>
      <Tabs className='cv-tabs' value={tab} onChange={(v) => setTab(v as Tab)}>
        <Tabs.TabPane title='进行中' value='open' />
        <Tabs.TabPane title='已结束' value='closed' />
      </Tabs>
      {list.items.map((o) =>
        tab === 'open' ? <TaskCard key={o.id} order={o} onChanged={changed} onStale={list.reload} /> : <OrderCard key={o.id} order={o} />
      )}
      {!list.loading && !list.error && list.items.length === 0 && (
        <>
          <Text className='cv-empty'>{tab === 'open' ? '目前没有需要您服务的订单' : '还没有已结束的服务'}</Text>
          {tab === 'open' && (
            <Button className='cv-btn' onClick={() => void Taro.navigateTo({ url: ORDER_PAGES.pool })}>
              去抢单大厅
            </Button>
          )}
        </>
      )}
      <ListFooter list={list} />
    </>
  )
}

/** 我的服务: the orders the volunteer holds — 接单/婉拒, 到达签到, 签退 — and those already finished. */
export default function TasksPage() {
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        <VolunteerGate>
          <Tasks />
        </VolunteerGate>
      </View>
    </View>
  )
}
