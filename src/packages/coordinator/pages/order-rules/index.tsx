import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { useOrderRules } from '../../../../hooks/useOrderRules'
import { OrderRulesForm } from '../../components/Settings/OrderRulesForm'
import { SettingsPage } from '../../components/Settings/SettingsPage'

function Rules() {
  return <OrderRulesForm r={useOrderRules()} />
}

/** 订单规则 (coordinators, admins of their community): SLA, street escalation, fence, auto-confirm, rounding. */
export default function OrderRulesPage() {
  return <SettingsPage title='订单规则'>{() => <Rules />}</SettingsPage>
}
