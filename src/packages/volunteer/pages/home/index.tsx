import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import MeHeader from '../../../../components/MeHeader'
import { useMe } from '../../../../hooks/useMe'

/** 志愿者中心: the volunteer's own page. Its features arrive with later releases. */
export default function VolunteerHomePage() {
  const { me, loading, error, reload } = useMe()

  return (
    <View className='cv-sub'>
      <LoadState loading={loading} error={error} onRetry={reload} />
      {me && !loading && !error && (
        <>
          <MeHeader me={me} />
          <View className='cv-sub__section'>
            {!me.roles.includes('volunteer') && (
              <Text className='cv-notice'>您当前还不是志愿者，志愿者申请功能即将开放。</Text>
            )}
            <Text className='cv-notice'>抢单大厅和服务记录将在后续版本开放，敬请期待。</Text>
          </View>
        </>
      )}
    </View>
  )
}
