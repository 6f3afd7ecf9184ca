import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { useMe } from '../../../../hooks/useMe'
import { useOrderRules } from '../../../../hooks/useOrderRules'
import { OrderRulesForm } from '../../components/Settings/OrderRulesForm'

function Rules() {
  return <OrderRulesForm r={useOrderRules()} />
}

/** 订单规则 (coordinators, admins of their community): SLA, street escalation, fence, auto-confirm, rounding. */
export default function OrderRulesPage() {
  const { me, loading, error, reload } = useMe()
  const allowed = me && (me.roles.includes('coordinator') || me.roles.includes('admin'))
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        {!me && <LoadState loading={loading} error={error} onRetry={reload} />}
        {me && !allowed && <Text className='cv-notice'>订单规则需要社区协调员身份。</Text>}
        {allowed && <Rules />}
      </View>
    </View>
  )
}
