import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import MePage from '../../../../components/MePage'
import RoleTags from '../../../../components/RoleTags'
import { formatShanghai } from '../../../../shared/time'

/** 个人资料: the signed-in user's details. */
export default function ProfilePage() {
  return (
    <MePage>
      {(me) => (
        <CellGroup>
          <Cell title='昵称' extra={me.nickname} />
          <Cell title='角色' extra={<RoleTags roles={me.roles} className='cv-role-tags--end' />} />
          <Cell title='所属社区' extra={me.community ? me.community.name : '未加入社区'} />
          <Cell title='注册时间' extra={formatShanghai(me.createdAt)} />
        </CellGroup>
      )}
    </MePage>
  )
}
