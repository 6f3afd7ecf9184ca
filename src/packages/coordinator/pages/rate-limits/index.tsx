import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { useRateLimits } from '../../../../hooks/useRateLimits'
import { RateLimitsForm } from '../../components/Settings/RateLimitsForm'
import { SettingsPage } from '../../components/Settings/SettingsPage'

function Limits() {
  return <RateLimitsForm l={useRateLimits()} />
}

/** 限流设置 (coordinators, admins of their community): how often residents may submit, per person and per community. */
export default function RateLimitsPage() {
  return <SettingsPage title='限流设置'>{() => <Limits />}</SettingsPage>
}
