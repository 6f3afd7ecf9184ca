// 《用户隐私保护指引》, readable any time (linked from every role's tab page and 个人资料): the whole text, the
// user's consent (version and time), where each right is exercised, and — until agreed — 同意 / 不同意.
// Opened with ?agree=1 from a form whose personal submission was stopped: agreeing returns to that form.
import '../../../subpackage.css'
import './index.css'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ConsentActions, DECLINED_NOTICE } from '../../../../components/ConsentGate'
import LoadState from '../../../../components/LoadState'
import PrivacyGuide from '../../../../components/PrivacyGuide'
import { useConsent } from '../../../../hooks/useConsent'
import { useMe } from '../../../../hooks/useMe'
import { PRIVACY_RIGHT_PAGES } from '../../../../shared/privacy/guide'
import { formatShanghai } from '../../../../shared/time'

export default function PrivacyGuidePage() {
  const { me, loading, error, reload } = useMe()
  const consent = useConsent()
  const fromForm = useRouter().params.agree === '1'
  const back = () => Taro.navigateBack().catch(() => Taro.switchTab({ url: '/pages/resident/index' }))
  const agreed = me?.consent && me.consent.version === me.privacyVersion ? me.consent : null

  return (
    <View className='cv-sub cv-privacy'>
      <View className='cv-sub__section cv-privacy__text'>
        <PrivacyGuide />
      </View>
      <View className='cv-sub__section'>
        <Text className='cv-privacy__h'>行使您的权利</Text>
        {PRIVACY_RIGHT_PAGES.map((r) =>
          r.url ? (
            <Text key={r.label} className='cv-privacy__right cv-privacy__right--link' onClick={() => Taro.navigateTo({ url: r.url! })}>
              {r.label} ›
            </Text>
          ) : (
            <Text key={r.label} className='cv-privacy__right'>
              {r.label}（即将开放）
            </Text>
          )
        )}
      </View>
      <LoadState loading={loading} error={error} onRetry={reload} />
      {me && !loading && (
        <View className='cv-sub__section cv-privacy__status'>
          {agreed && !consent.asking ? (
            <Text className='cv-privacy__agreed'>
              您已于 {formatShanghai(agreed.at)} 同意本指引（版本 {agreed.version}）。
            </Text>
          ) : (
            <>
              <Text className='cv-notice'>{fromForm ? '提交前请先阅读并同意本指引。' : DECLINED_NOTICE}</Text>
              <ConsentActions consent={consent} onAgreed={fromForm ? back : undefined} onDeclined={fromForm ? back : undefined} />
            </>
          )}
        </View>
      )}
    </View>
  )
}
