import { Text, View } from '@tarojs/components'
import type { MeView } from '../../shared/contracts'
import { ROLE_LABELS } from '../../shared/domain/roles'

/** The signed-in user: nickname, role labels, community. Plain Taro components (main package). */
export default function UserCard({ me }: { me: MeView }) {
  return (
    <View className='cv-card'>
      <Text className='cv-card__name'>{me.nickname}</Text>
      <View className='cv-tags'>
        {me.roles.map((role) => (
          <Text key={role} className='cv-tag'>
            {ROLE_LABELS[role]}
          </Text>
        ))}
      </View>
      <Text className='cv-card__row'>所属社区：{me.community ? me.community.name : '未加入社区'}</Text>
    </View>
  )
}
