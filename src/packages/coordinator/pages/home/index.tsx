import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import MeHeader from '../../../../components/MeHeader'
import { useMe } from '../../../../hooks/useMe'

/** 调度台: the coordinator's desk. Dispatching and reviews arrive with later releases. */
export default function CoordinatorHomePage() {
  const { me, loading, error, reload } = useMe()

  return (
    <View className='cv-sub'>
      <LoadState loading={loading} error={error} onRetry={reload} />
      {me && !loading && !error && (
        <>
          <MeHeader me={me} />
          <View className='cv-sub__section'>
            {!me.roles.includes('coordinator') && (
              <Text className='cv-notice'>您当前还不是社区协调员，调度功能需要协调员身份。</Text>
            )}
            <Text className='cv-notice'>派单调度、志愿者审核和服务统计将在后续版本开放，敬请期待。</Text>
          </View>
        </>
      )}
    </View>
  )
}
