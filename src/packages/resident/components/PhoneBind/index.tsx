// 绑定手机号, H5 local mode: there is no WeChat phone service in a browser, so the number is typed and sent as
// `local-phone:<number>`, the form the local cloud's stand-in for phonenumber.getPhoneNumber accepts.
// The mini-program uses WeChat's getPhoneNumber button instead (index.weapp.tsx).
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import type { useProfile } from '../../../../hooks/useProfile'

export default function PhoneBind({ profile }: { profile: ReturnType<typeof useProfile> }) {
  const [phone, setPhone] = useState('')
  return (
    <View className='cv-form'>
      <Text className='cv-form__title'>绑定手机号</Text>
      {profile.phoneMasked && <Text className='cv-success'>已绑定手机号：{profile.phoneMasked}</Text>}
      <Text className='cv-form__intro'>本地演示：直接输入手机号（小程序中由微信授权获取）。</Text>
      <TextField
        label='手机号码'
        name='phone'
        type='number'
        value={phone}
        onChange={(v) => {
          setPhone(v)
          profile.clearPhoneError()
        }}
        error={profile.phoneError}
        placeholder='11位手机号码'
        maxLength={11}
      />
      <FormError message={profile.bindError} />
      <SubmitBar text='绑定手机号' pending={profile.bindPending} onSubmit={() => void profile.bindLocalPhone(phone)} />
    </View>
  )
}
