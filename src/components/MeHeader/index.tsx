// NutUI: import only from subpackage pages (keeps NutUI out of the main package).
import { Avatar } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { MeView } from '../../shared/contracts'
import RoleTags from '../RoleTags'

/** Avatar (or a placeholder with the first character of the nickname), nickname, role tags, community. */
export default function MeHeader({ me }: { me: MeView }) {
  return (
    <View className='cv-me'>
      {me.avatarUrl ? (
        <Avatar size='large' src={me.avatarUrl} />
      ) : (
        <Avatar size='large' background='#ffe8cc' color='#d9480f'>
          {me.nickname.slice(0, 1)}
        </Avatar>
      )}
      <View className='cv-me__body'>
        <Text className='cv-me__name'>{me.nickname}</Text>
        <RoleTags roles={me.roles} className='cv-me__tags' />
        <Text className='cv-me__community'>{me.community ? me.community.name : '未加入社区'}</Text>
      </View>
    </View>
  )
}
