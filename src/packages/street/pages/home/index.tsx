import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import '../../components/street.css'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { useMe } from '../../../../hooks/useMe'
import { STREET_PAGES } from '../../../../hooks/streetRoutes'
import { streetAccess, useStreetChoice, useStreetCommunities } from '../../../../hooks/useStreet'
import type { MeView } from '../../../../shared/contracts'
import HealthCard from '../../components/HealthCard'
import StreetPicker from '../../components/StreetPicker'

function Desk({ me, named }: { me: MeView; named: string | undefined }) {
  const access = streetAccess(me)
  const choice = useStreetChoice(access, named)
  const q = useStreetCommunities(choice.streetId, access.allowed && !choice.waiting)
  usePullDownRefresh(() => {
    q.reload()
    void Taro.stopPullDownRefresh()
  })
  if (!access.allowed) return <Text className='cv-notice'>街道工作台需要街道管理员身份。</Text>
  const go = (url: string) => () => void Taro.navigateTo({ url })
  const data = q.data
  const waiting = data?.communities.reduce((n, c) => n + c.streetEscalatedOrders, 0) ?? 0
  return (
    <>
      {choice.streets?.data && <StreetPicker streets={choice.streets.data.streets} value={choice.streetId} onChange={choice.pick} />}
      {choice.streets && <LoadState loading={choice.streets.loading} error={choice.streets.error} onRetry={choice.streets.reload} />}
      <LoadState loading={q.loading} error={q.error} onRetry={q.reload} />
      {data && (
        <>
          <View className='cv-street__head'>
            <Text className='cv-street__name'>{data.streetName}</Text>
            <Text className='cv-street__meta'>
              {data.communities.length}个社区 · 上报街道时限{data.escalationMinutes}分钟
            </Text>
          </View>
          <View className='cv-street__links'>
            <Button className='cv-btn' onClick={go(STREET_PAGES.board(choice.streetId))}>
              街道调度{waiting ? `（${waiting}）` : ''}
            </Button>
            <Button className='cv-btn cv-btn--plain' onClick={go(STREET_PAGES.compare(choice.streetId))}>
              社区对比
            </Button>
          </View>
          {data.communities.map((c) => (
            <HealthCard key={c.communityId} c={c} />
          ))}
          {data.communities.length === 0 && <Text className='cv-empty'>本街道还没有社区</Text>}
          {!access.isAdmin && (
            <Button className='cv-btn cv-btn--plain' onClick={go(STREET_PAGES.communityNew)}>
              新建社区
            </Button>
          )}
        </>
      )}
    </>
  )
}

/** 街道工作台: the street's communities with their health, and the ways to 街道调度, 社区对比 and each community. */
export default function StreetHomePage() {
  const { params } = useRouter()
  const { me, loading, error, reload } = useMe()
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>{me ? <Desk me={me} named={params.streetId} /> : <LoadState loading={loading} error={error} onRetry={reload} />}</View>
    </View>
  )
}
