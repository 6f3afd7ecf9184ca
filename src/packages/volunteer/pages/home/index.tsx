import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { Text } from '@tarojs/components'
import MePage from '../../../../components/MePage'

/** 志愿者中心: the volunteer's own page. Its features arrive with later releases. */
export default function VolunteerHomePage() {
  return (
    <MePage>
      {(me) => (
        <>
          {!me.roles.includes('volunteer') && <Text className='cv-notice'>您当前还不是志愿者，志愿者申请功能即将开放。</Text>}
          <Text className='cv-notice'>抢单大厅和服务记录将在后续版本开放，敬请期待。</Text>
        </>
      )}
    </MePage>
  )
}
