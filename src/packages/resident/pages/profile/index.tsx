import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import MePage from '../../../../components/MePage'
import RoleTags from '../../../../components/RoleTags'
import { useProfile } from '../../../../hooks/useProfile'
import { formatShanghai } from '../../../../shared/time'
import AvatarPicker from '../../components/AvatarPicker'
import NicknameEdit from '../../components/NicknameEdit'
import PhoneBind from '../../components/PhoneBind'

/** 个人资料: the signed-in user's details, nickname and avatar, and binding a phone number. */
export default function ProfilePage() {
  const profile = useProfile()
  return (
    <MePage>
      {(me) => (
        <>
          <CellGroup>
            <Cell title='昵称' extra={me.nickname} />
            <Cell title='角色' extra={<RoleTags roles={me.roles} className='cv-role-tags--end' />} />
            <Cell title='所属社区' extra={me.community ? me.community.name : '未加入社区'} />
            <Cell title='注册时间' extra={formatShanghai(me.createdAt)} />
          </CellGroup>
          <AvatarPicker profile={profile} />
          <NicknameEdit key={me.id} profile={profile} current={me.nickname} />
          <PhoneBind profile={profile} />
        </>
      )}
    </MePage>
  )
}
