import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Tabs } from '@nutui/nutui-react-taro'
import { Button, Text, View } from '@tarojs/components'
import OrderCard from '../../../../components/OrderCard'
import { ORDER_PAGES } from '../../../../hooks/orderRoutes'
import { useMyOrders } from '../../../../hooks/useOrderLists'
import ListFooter from '../../../../components/ListFooter'

type Tab = 'open' | 'closed'

/** 我的求助: the resident's orders (and those made for family members), in progress or finished. */
export default function MyOrdersPage() {
  const [tab, setTab] = useState<Tab>('open')
  const list = useMyOrders('resident', tab === 'open')
  return (
    <View className='cv-sub'>
      <Tabs className='cv-tabs' value={tab} onChange={(v) => setTab(v as Tab)}>
        <Tabs.TabPane title='进行中' value='open' />
        <Tabs.TabPane title='已结束' value='closed' />
      </Tabs>
      <View className='cv-sub__section'>
        {list.items.map((o) => (
          <OrderCard key={o.id} order={o}>
            {o.moves.includes('confirm') && (
              <Button className='cv-btn cv-move cv-move--confirm' onClick={() => void Taro.navigateTo({ url: ORDER_PAGES.rate(o.id) })}>
                确认完成并评价
              </Button>
            )}
          </OrderCard>
        ))}
        {!list.loading && !list.error && list.items.length === 0 && (
          <>
            <Text className='cv-empty'>{tab === 'open' ? '没有进行中的求助' : '还没有已结束的求助'}</Text>
            {tab === 'open' && (
              <Button className='cv-btn' onClick={() => void Taro.navigateTo({ url: ORDER_PAGES.create })}>
                一键求助
              </Button>
            )}
          </>
        )}
        <ListFooter list={list} />
      </View>
    </View>
  )
}
