// 修改昵称. In the mini-program the input offers the WeChat nickname (type='nickname').
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import type { useProfile } from '../../../../hooks/useProfile'

export default function NicknameEdit({ profile, current }: { profile: ReturnType<typeof useProfile>; current: string }) {
  const [nickname, setNickname] = useState(current)
  const [touched, setTouched] = useState(false)
  return (
    <View className='cv-form'>
      <Text className='cv-form__title'>修改昵称</Text>
      <TextField
        label='新昵称'
        name='nickname'
        type={process.env.TARO_ENV === 'weapp' ? 'nickname' : 'text'}
        value={nickname}
        onChange={(v) => {
          setNickname(v)
          setTouched(true)
        }}
        error={touched ? undefined : profile.nicknameError}
        maxLength={20}
      />
      {profile.saved && !touched && <Text className='cv-success'>昵称已保存</Text>}
      <FormError message={profile.updateError} />
      <SubmitBar
        text='保存昵称'
        pending={profile.nicknamePending}
        onSubmit={() => {
          setTouched(false)
          void profile.saveNickname(nickname)
        }}
      />
    </View>
  )
}
