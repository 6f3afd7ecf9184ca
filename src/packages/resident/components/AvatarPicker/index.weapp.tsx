// 更换头像 in the mini-program: WeChat's chooseAvatar button gives a temp file, uploaded to cloud storage; the
// fileID is saved with users.updateProfile.
import { Button, Text, View } from '@tarojs/components'
import type { useProfile } from '../../../../hooks/useProfile'

export default function AvatarPicker({ profile }: { profile: ReturnType<typeof useProfile> }) {
  return (
    <View className='cv-form'>
      <Button
        className='cv-btn cv-btn--plain'
        openType='chooseAvatar'
        onChooseAvatar={(e) => {
          const url = (e.detail as { avatarUrl?: string }).avatarUrl
          if (url) void profile.saveAvatar(url)
        }}
      >
        更换头像
      </Button>
      {profile.avatarError && <Text className='cv-form-error'>{profile.avatarError}</Text>}
    </View>
  )
}
