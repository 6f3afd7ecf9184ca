// The consent screen for 《用户隐私保护指引》 (one component for the first launch and the guide page).
// - <ConsentGate launch />, on every role's tab page: a full-screen sheet with the whole guide when the user has
//   not agreed to the current version (or WeChat asked, weapp), before anything else; after 不同意 a notice says
//   what stays possible and links to the guide.
// - <ConsentActions />: the 同意 / 不同意 buttons (also at the foot of the guide page). In the mini-program the agree
//   button has open-type agreePrivacyAuthorization, so one tap agrees to WeChat's privacy authorization too;
//   every agreement is recorded on the server (me.consent).
import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { Button, ScrollView, Text, View } from '@tarojs/components'
import { PRIVACY_GUIDE_URL, useConsent, type UseConsent } from '../../hooks/useConsent'
import PrivacyGuide from '../PrivacyGuide'
import './index.css'

const AGREE_BUTTON_ID = 'cv-privacy-agree'
/** Whether the consent screen hid the tab bar (so it shows it again, and nobody else's hiding is undone). */
let tabBarHidden = false
/** When 不同意 was tapped: the tap's trailing click must not open the guide from the notice that replaces the sheet. */
let declinedAt = 0

/** The screen covers everything before an answer: the tab bar (native in weapp, on top in H5) is hidden meanwhile. */
function useTabBarHidden(hidden: boolean) {
  useEffect(() => {
    if (hidden && !tabBarHidden) {
      tabBarHidden = true
      Taro.hideTabBar({ animation: false }).catch(() => undefined)
    } else if (!hidden && tabBarHidden) {
      tabBarHidden = false
      Taro.showTabBar({ animation: false }).catch(() => undefined)
    }
  }, [hidden])
}

export const DECLINED_NOTICE =
  '您尚未同意《用户隐私保护指引》：可以继续浏览公开内容，但提交求助、随手拍、志愿者注册、地址和手机号等个人信息前，需要先阅读并同意。'

export function ConsentActions({ consent, onAgreed, onDeclined }: { consent: UseConsent; onAgreed?: () => void; onDeclined?: () => void }) {
  const agree = async () => {
    if (await consent.agree(AGREE_BUTTON_ID)) onAgreed?.()
  }
  const decline = () => {
    declinedAt = Date.now()
    consent.decline()
    onDeclined?.()
  }
  return (
    <View className='cv-gate__actions'>
      {consent.error && <Text className='cv-gate__error'>{consent.error}</Text>}
      {process.env.TARO_ENV === 'weapp' ? (
        <Button
          id={AGREE_BUTTON_ID}
          className='cv-btn cv-gate__agree'
          openType='agreePrivacyAuthorization'
          onAgreePrivacyAuthorization={agree}
          disabled={consent.pending || undefined}
        >
          同意并继续
        </Button>
      ) : (
        <Button id={AGREE_BUTTON_ID} className='cv-btn cv-gate__agree' onClick={agree} disabled={consent.pending || undefined}>
          同意并继续
        </Button>
      )}
      <Button className='cv-gate__decline' onClick={decline}>
        不同意
      </Button>
    </View>
  )
}

function openGuide() {
  if (Date.now() - declinedAt < 800) return
  Taro.navigateTo({ url: `${PRIVACY_GUIDE_URL}?agree=1` })
}

export default function ConsentGate({ launch = false }: { launch?: boolean }) {
  const consent = useConsent({ launch })
  useTabBarHidden(launch && consent.asking)
  if (!consent.asking) {
    if (!launch || consent.status !== 'needed') return null
    return (
      <View className='cv-notice cv-gate__notice' onClick={openGuide}>
        <Text>{DECLINED_NOTICE}</Text>
        <Text className='cv-gate__link'>阅读并同意 ›</Text>
      </View>
    )
  }
  return (
    <View className='cv-gate' catchMove>
      <View className='cv-gate__sheet'>
        <Text className='cv-gate__lead'>欢迎使用社区志愿服务。使用前，请阅读并同意以下指引：</Text>
        <ScrollView scrollY className='cv-gate__body'>
          <PrivacyGuide />
        </ScrollView>
        <ConsentActions consent={consent} />
      </View>
    </View>
  )
}
