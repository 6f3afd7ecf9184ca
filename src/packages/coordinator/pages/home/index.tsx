import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { Text } from '@tarojs/components'
import MePage from '../../../../components/MePage'

/** 调度台: the coordinator's desk. Dispatching and reviews arrive with later releases. */
export default function CoordinatorHomePage() {
  return (
    <MePage>
      {(me) => (
        <>
          {!me.roles.includes('coordinator') && <Text className='cv-notice'>您当前还不是社区协调员，调度功能需要协调员身份。</Text>}
          <Text className='cv-notice'>派单调度和服务统计将在后续版本开放，敬请期待。志愿者审核请从「审核列表」进入。</Text>
        </>
      )}
    </MePage>
  )
}
