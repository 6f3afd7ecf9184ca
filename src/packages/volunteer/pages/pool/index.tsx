import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { ORDER_PAGES } from '../../../../hooks/orderRoutes'
import { usePool } from '../../../../hooks/useOrderLists'
import type { MoveFailure } from '../../../../hooks/useOrderMoves'
import PoolCard from '../../components/PoolCard'
import VolunteerGate from '../../components/VolunteerGate'

const ORDERING = { device: '按您当前的位置，由近到远', service: '按您登记的服务地点，由近到远', oldest: '按发布时间，先发布的在前', none: '附近等待帮助的求助' }

function Pool() {
  const pool = usePool()
  const [refusal, setRefusal] = useState<string | null>(null)
  const onStale = (f: MoveFailure) => {
    setRefusal(f.message)
    pool.reload()
  }
  usePullDownRefresh(() => {
    pool.reload()
    void Taro.stopPullDownRefresh()
  })
  return (
    <>
      <View className='cv-list-head'>
        <Text className='cv-list-head__text'>{ORDERING[pool.order ?? 'none']}</Text>
        <Button
          className='cv-btn cv-btn--small cv-btn--plain'
          disabled={pool.loading || undefined}
          onClick={() => {
            setRefusal(null)
            pool.reload()
          }}
        >
          刷新
        </Button>
      </View>
      {refusal && <Text className='cv-form-error'>{refusal}</Text>}
      {pool.items.map((o) => (
        <PoolCard key={o.id} order={o} onStale={onStale} />
      ))}
      {pool.loaded && !pool.loading && !pool.error && pool.items.length === 0 && (
        <>
          <Text className='cv-empty'>附近暂时没有适合您的求助，稍后再来看看</Text>
          <Button className='cv-btn cv-btn--plain' onClick={() => void Taro.navigateTo({ url: ORDER_PAGES.tasks })}>
            我的服务
          </Button>
        </>
      )}
      <LoadState loading={pool.loading && !pool.loaded} error={pool.error} onRetry={pool.reload} />
    </>
  )
}

/** 抢单大厅: open orders near the volunteer that they are eligible for, with 抢单. */
export default function PoolPage() {
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        <VolunteerGate>
          <Pool />
        </VolunteerGate>
      </View>
    </View>
  )
}
