import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import '../../components/communityAdmin.css'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { useMe } from '../../../../hooks/useMe'
import { useCoordinators } from '../../../../hooks/useCommunityAdmin'
import type { MeView } from '../../../../shared/contracts'
import Coordinators from '../../components/Coordinators'

function Body({ me, id }: { me: MeView; id: string }) {
  const administers = me.roles.includes('admin') || me.roles.includes('street_admin')
  const allowed = administers || me.roles.includes('coordinator')
  const c = useCoordinators(id, allowed)
  if (!allowed) return <Text className='cv-notice'>协调员管理需要街道管理员身份。</Text>
  return <Coordinators c={c} administers={administers} />
}

/** 社区协调员 (?id=): the community's coordinators; street and platform admins appoint and remove them. */
export default function CoordinatorsPage() {
  const { params } = useRouter()
  const { me, loading, error, reload } = useMe()
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>{me ? <Body me={me} id={params.id ?? ''} /> : <LoadState loading={loading} error={error} onRetry={reload} />}</View>
    </View>
  )
}
