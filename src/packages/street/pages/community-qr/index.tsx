import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import '../../components/communityAdmin.css'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { useMe } from '../../../../hooks/useMe'
import { useJoinQr } from '../../../../hooks/useCommunityAdmin'
import type { MeView } from '../../../../shared/contracts'
import JoinPoster from '../../components/JoinPoster'

function Poster({ me, id }: { me: MeView; id: string }) {
  const allowed = me.roles.some((r) => r === 'admin' || r === 'street_admin' || r === 'coordinator')
  const qr = useJoinQr(id, allowed)
  if (!allowed) return <Text className='cv-notice'>入驻二维码需要街道管理员或社区协调员身份。</Text>
  if (!qr.data) return <LoadState loading={qr.loading} error={qr.error} onRetry={qr.reload} />
  return <JoinPoster qr={qr.data} />
}

/** 入驻二维码 (?id=): the community's join 小程序码 on a printable poster. */
export default function CommunityQrPage() {
  const { params } = useRouter()
  const { me, loading, error, reload } = useMe()
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>{me ? <Poster me={me} id={params.id ?? ''} /> : <LoadState loading={loading} error={error} onRetry={reload} />}</View>
    </View>
  )
}
