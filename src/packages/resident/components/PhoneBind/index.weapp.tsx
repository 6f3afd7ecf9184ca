// 绑定手机号 in the mini-program: WeChat's getPhoneNumber button; its one-time code is exchanged on the server.
import { Button, Text, View } from '@tarojs/components'
import FormError from '../../../../components/FormError'
import type { useProfile } from '../../../../hooks/useProfile'

export default function PhoneBind({ profile }: { profile: ReturnType<typeof useProfile> }) {
  return (
    <View className='cv-form'>
      <Text className='cv-form__title'>绑定手机号</Text>
      {profile.phoneMasked && <Text className='cv-success'>已绑定手机号：{profile.phoneMasked}</Text>}
      <Text className='cv-form__intro'>绑定后，志愿者和社区可以在服务时联系您。</Text>
      <FormError message={profile.bindError} />
      <Button
        className='cv-btn'
        openType='getPhoneNumber'
        disabled={profile.bindPending}
        onGetPhoneNumber={(e) => {
          if (e.detail.code) void profile.bindWithCode(e.detail.code)
        }}
      >
        {profile.bindPending ? '正在绑定…' : '微信授权绑定手机号'}
      </Button>
    </View>
  )
}
