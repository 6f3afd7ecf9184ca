import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import '../../components/street.css'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { useMe } from '../../../../hooks/useMe'
import { streetAccess, useStreetChoice } from '../../../../hooks/useStreet'
import { useStreetBoard } from '../../../../hooks/useStreetBoard'
import type { MeView } from '../../../../shared/contracts'
import StreetOrder from '../../components/StreetOrder'
import StreetPicker from '../../components/StreetPicker'

function Board({ me, named }: { me: MeView; named: string | undefined }) {
  const access = streetAccess(me)
  const choice = useStreetChoice(access, named)
  const b = useStreetBoard(choice.streetId, access.allowed && !choice.waiting)
  usePullDownRefresh(() => {
    b.reload()
    void Taro.stopPullDownRefresh()
  })
  if (!access.allowed) return <Text className='cv-notice'>街道调度需要街道管理员身份。</Text>
  const items = b.board?.items ?? []
  const waiting = items.filter((o) => o.status === 'pending').length
  return (
    <>
      {choice.streets?.data && <StreetPicker streets={choice.streets.data.streets} value={choice.streetId} onChange={choice.pick} />}
      <View className='cv-street__head'>
        <Text className='cv-street__name'>{b.board?.streetName ?? '街道调度'}</Text>
        {b.board && <Text className='cv-street__meta'>{waiting ? `${waiting}单等待派单` : '暂无等待派单的订单'}</Text>}
      </View>
      <View className='cv-list-head'>
        <Text className='cv-list-head__text'>社区超时无人接单、已上报街道的订单，可派给本街道任一社区的志愿者</Text>
        <Button className='cv-btn cv-btn--small cv-btn--plain' disabled={b.loading || undefined} onClick={b.reload}>
          刷新
        </Button>
      </View>
      {items.map((o) => (
        <StreetOrder
          key={o.id}
          item={o}
          open={b.openId === o.id}
          onToggle={() => b.toggle(o.id)}
          candidates={b.candidates}
          loading={b.candidatesLoading}
          error={b.formError ?? b.candidatesError?.message ?? null}
          chosen={b.chosen}
          pending={b.pending}
          onDispatch={(v) => void b.send(v)}
        />
      ))}
      {b.board && !b.loading && items.length === 0 && <Text className='cv-empty'>没有上报到街道的订单，各社区运转正常</Text>}
      <LoadState loading={b.loading && !b.board} error={b.error} onRetry={b.reload} />
    </>
  )
}

/** 街道调度: orders escalated to the street across its communities, each dispatched to a volunteer of any of them. */
export default function StreetBoardPage() {
  const { params } = useRouter()
  const { me, loading, error, reload } = useMe()
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>{me ? <Board me={me} named={params.streetId} /> : <LoadState loading={loading} error={error} onRetry={reload} />}</View>
    </View>
  )
}
