import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { View } from '@tarojs/components'
import { useRewardAdmin } from '../../../../hooks/useRewardAdmin'
import { CatalogueAdmin, PendingHandOver, RateForm, RewardForm } from '../../components/RewardAdmin'

/** 积分商城管理 (coordinators, admins): hand-overs first (what the service desk does daily), then the catalogue and its form, then the rate. */
export default function RewardAdminPage() {
  const a = useRewardAdmin()
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        <PendingHandOver a={a} />
        <RewardForm a={a} />
        <CatalogueAdmin a={a} />
        <RateForm a={a} />
      </View>
    </View>
  )
}
