import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import MePage from '../../../../components/MePage'
import { useCommunityJoin } from '../../../../hooks/useCommunity'
import type { MeView } from '../../../../shared/contracts'
import { joinCodeFromScene } from '../../../../shared/domain/communityAdmin'
import AddressBook from '../../components/AddressBook'
import JoinCommunity from '../../components/JoinCommunity'
import NearbyCommunities from '../../components/NearbyCommunities'
import ScanJoin from '../../components/ScanJoin'

function CommunityBody({ me, scene }: { me: MeView; scene: string | undefined }) {
  const join = useCommunityJoin()
  return (
    <>
      {scene !== undefined && <ScanJoin code={joinCodeFromScene(scene)} me={me} join={join} />}
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

/**
 * 我的社区: the community the resident belongs to, joining one (by code, nearby, or a join 小程序码's `scene` — this is
 * the page the code opens: domain/communityAdmin.ts JOIN_PAGE), and their addresses.
 */
export default function CommunityPage() {
  const { params } = useRouter()
  return <MePage>{(me) => <CommunityBody me={me} scene={params.scene} />}</MePage>
}
