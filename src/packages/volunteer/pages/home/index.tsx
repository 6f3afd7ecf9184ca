import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import Taro from '@tarojs/taro'
import { Button, Text } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import MePage from '../../../../components/MePage'
import { ORDER_PAGES } from '../../../../hooks/orderRoutes'
import { TIMEBANK_PAGES } from '../../../../hooks/timebankRoutes'
import { useQuery } from '../../../../hooks/useQuery'
import { useVolunteerRegistration } from '../../../../hooks/useVolunteerRegistration'
import StarProgress from '../../components/StarProgress'
import VolunteerStatus from '../../components/VolunteerStatus'

/** 星级 from the volunteer's recorded hours (records.list answers with the stars; one record is enough). */
function Stars() {
  const records = useQuery('records.list', { offset: 0, limit: 1 })
  if (!records.data) return null
  return (
    <>
      <StarProgress totalMinutes={records.data.totalMinutes} stars={records.data.stars} nextStar={records.data.nextStar} compact />
      <Button className='cv-btn cv-btn--plain' onClick={() => Taro.navigateTo({ url: TIMEBANK_PAGES.records })}>
        服务记录与证明
      </Button>
    </>
  )
}

const REGISTER_URL = '/packages/volunteer/pages/register/index'
/** Skills, times and area offered; 暂停接单 / 恢复接单 / 退出志愿服务. */
const PROFILE_URL = '/packages/volunteer/pages/profile/index'

/** 志愿者中心: stars, the volunteer's number and masked ID once approved (with the way to orders), or the way to register. */
export default function VolunteerHomePage() {
  const reg = useVolunteerRegistration()
  return (
    <MePage>
      {() => {
        if (reg.loading || reg.error) return <LoadState loading={reg.loading} error={reg.error} onRetry={reg.reload} />
        if (!reg.volunteer) {
          return (
            <>
              <Text className='cv-notice'>您还没有注册成为志愿者。实名注册并经社区审核通过后，即可参与志愿服务。</Text>
              <Button className='cv-btn' onClick={() => Taro.navigateTo({ url: REGISTER_URL })}>
                注册成为志愿者
              </Button>
            </>
          )
        }
        return (
          <>
            {reg.volunteer.status === 'approved' && <Stars />}
            <VolunteerStatus volunteer={reg.volunteer} onResubmit={() => Taro.navigateTo({ url: REGISTER_URL })} />
            {reg.volunteer.status === 'approved' && (
              <>
                <Button className='cv-btn' onClick={() => Taro.navigateTo({ url: ORDER_PAGES.pool })}>
                  抢单大厅
                </Button>
                <Button className='cv-btn cv-btn--plain' onClick={() => Taro.navigateTo({ url: ORDER_PAGES.tasks })}>
                  我的服务
                </Button>
                <Button className='cv-btn cv-btn--plain' onClick={() => Taro.navigateTo({ url: TIMEBANK_PAGES.account })}>
                  我的时间银行
                </Button>
                <Button className='cv-btn cv-btn--plain' id='volunteer-profile' onClick={() => Taro.navigateTo({ url: PROFILE_URL })}>
                  服务信息与状态
                </Button>
              </>
            )}
          </>
        )
      }}
    </MePage>
  )
}
