import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { useMe } from '../../../../hooks/useMe'
import { useRateLimits } from '../../../../hooks/useRateLimits'
import { RateLimitsForm } from '../../components/Settings/RateLimitsForm'

function Limits() {
  return <RateLimitsForm l={useRateLimits()} />
}

/** 限流设置 (coordinators, admins of their community): how often residents may submit, per person and per community. */
export default function RateLimitsPage() {
  const { me, loading, error, reload } = useMe()
  const allowed = me && (me.roles.includes('coordinator') || me.roles.includes('admin'))
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        {!me && <LoadState loading={loading} error={error} onRetry={reload} />}
        {me && !allowed && <Text className='cv-notice'>限流设置需要社区协调员身份。</Text>}
        {allowed && <Limits />}
      </View>
    </View>
  )
}
