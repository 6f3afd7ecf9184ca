import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import Taro from '@tarojs/taro'
import { Button, Text } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import MePage from '../../../../components/MePage'
import { useVolunteerRegistration } from '../../../../hooks/useVolunteerRegistration'
import VolunteerForm from '../../components/VolunteerForm'
import VolunteerStatus from '../../components/VolunteerStatus'

/** 注册成为志愿者: the form, or — once submitted — the registration's status. */
export default function VolunteerRegisterPage() {
  const reg = useVolunteerRegistration()
  return (
    <MePage>
      {(me) => {
        if (reg.loading || reg.error) return <LoadState loading={reg.loading} error={reg.error} onRetry={reg.reload} />
        if (reg.volunteer && !reg.resubmitting) return <VolunteerStatus volunteer={reg.volunteer} onResubmit={reg.startResubmit} />
        if (!me.community) {
          return (
            <>
              <Text className='cv-notice'>注册志愿者需要先加入您所在的社区，由社区协调员审核。</Text>
              <Button className='cv-btn' onClick={() => Taro.navigateTo({ url: '/packages/resident/pages/community/index' })}>
                去加入社区
              </Button>
            </>
          )
        }
        return <VolunteerForm reg={reg} />
      }}
    </MePage>
  )
}
