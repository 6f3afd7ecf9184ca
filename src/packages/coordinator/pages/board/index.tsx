import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import '../../components/BoardCounts/index.css'
import { useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { useMe } from '../../../../hooks/useMe'
import { askToSubscribe } from '../../../../hooks/subscribe'
import { useBoard, type BoardItem } from '../../../../hooks/useOrderLists'
import { useNow } from '../../../../hooks/useNow'
import type { MeView } from '../../../../shared/contracts'
import BoardCard from '../../components/BoardCard'
import BoardCounts, { type BoardFilter } from '../../components/BoardCounts'

const matches = (f: BoardFilter | null) => (o: BoardItem) => f === null || (f === 'escalated' ? o.escalated : f === 'overdue' ? o.overdue : o.status === f)

function Board({ me }: { me: MeView }) {
  const allowed = me.roles.includes('coordinator') || me.roles.includes('admin')
  const { board, loading, error, reload, skewMs } = useBoard(allowed)
  const [filter, setFilter] = useState<BoardFilter | null>(null)
  const now = useNow()
  usePullDownRefresh(() => {
    reload()
    void Taro.stopPullDownRefresh()
  })
  if (!allowed) return <Text className='cv-notice'>调度台需要社区协调员身份。</Text>
  const items = board?.items.filter(matches(filter)) ?? []
  return (
    <>
      {process.env.TARO_ENV === 'weapp' && (
        // WeChat asks for notice consent only from a tap, so the board offers one.
        <Button className='cv-btn cv-btn--plain' onClick={() => void askToSubscribe('coordinator')}>
          接收超时升级提醒
        </Button>
      )}
      {board && <BoardCounts counts={board.counts} filter={filter} onFilter={setFilter} />}
      <View className='cv-list-head'>
        <Text className='cv-list-head__text'>{filter ? '已筛选，点所选数字可看全部' : '需要关注的订单，最紧急的在前'}</Text>
        <Button className='cv-btn cv-btn--small cv-btn--plain' disabled={loading || undefined} onClick={reload}>
          刷新
        </Button>
      </View>
      {items.map((o) => (
        <BoardCard key={o.id} item={o} serverNow={now + skewMs} />
      ))}
      {board && !loading && items.length === 0 && <Text className='cv-empty'>暂无需要处理的订单</Text>}
      <LoadState loading={loading && !board} error={error} onRetry={reload} />
    </>
  )
}

/** 调度台: the community's open orders at a glance — counts, SLA clocks — and the way to dispatch each. */
export default function BoardPage() {
  const { me, loading, error, reload } = useMe() // no user header here: the counts deserve the top of the screen
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>{me ? <Board me={me} /> : <LoadState loading={loading} error={error} onRetry={reload} />}</View>
    </View>
  )
}
