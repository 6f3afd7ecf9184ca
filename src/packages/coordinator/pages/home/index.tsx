import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import Taro from '@tarojs/taro'
import { Button, Text } from '@tarojs/components'
import MePage from '../../../../components/MePage'
import { ORDER_PAGES } from '../../../../hooks/orderRoutes'

/** The coordinator's desk: the ways to 调度台 and 审核列表 (kept for links to this page from earlier versions). */
export default function CoordinatorHomePage() {
  return (
    <MePage>
      {(me) => (
        <>
          {!me.roles.includes('coordinator') && <Text className='cv-notice'>您当前还不是社区协调员，调度功能需要协调员身份。</Text>}
          <Button className='cv-btn' onClick={() => void Taro.navigateTo({ url: ORDER_PAGES.board })}>
            调度台
          </Button>
          <Button className='cv-btn cv-btn--plain' onClick={() => void Taro.navigateTo({ url: '/packages/coordinator/pages/review/index' })}>
            审核列表
          </Button>
        </>
      )}
    </MePage>
  )
}
