import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { Text, View } from '@tarojs/components'
import MePage from '../../../../components/MePage'
import { useCommunityJoin } from '../../../../hooks/useCommunity'
import type { MeView } from '../../../../shared/contracts'
import AddressBook from '../../components/AddressBook'
import JoinCommunity from '../../components/JoinCommunity'
import NearbyCommunities from '../../components/NearbyCommunities'

function CommunityBody({ me }: { me: MeView }) {
  const join = useCommunityJoin()
  return (
    <>
      <View className='cv-form'>
        <Text className='cv-form__title'>当前社区</Text>
        <Text className='cv-current'>{me.community ? me.community.name : '您还没有加入社区'}</Text>
      </View>
      <JoinCommunity join={join} inCommunity={!!me.community} />
      <NearbyCommunities join={join} currentId={me.community?.id ?? null} />
      <AddressBook />
    </>
  )
}

/** 我的社区: the community the resident belongs to, joining one (by code or nearby), and their addresses. */
export default function CommunityPage() {
  return <MePage>{(me) => <CommunityBody me={me} />}</MePage>
}
