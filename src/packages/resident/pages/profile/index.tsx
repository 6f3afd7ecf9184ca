import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import Taro from '@tarojs/taro'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { Text } from '@tarojs/components'
import MePage from '../../../../components/MePage'
import RoleTags from '../../../../components/RoleTags'
import { useProfile } from '../../../../hooks/useProfile'
import { PRIVACY_GUIDE_URL } from '../../../../hooks/useConsent'
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
            {/* Appointments (协调员, 街道管理员) name the user by this id: the person reads it here and passes it on. */}
            <Cell
              title='用户编号'
              description='任命协调员或街道管理员时提供给管理员'
              extra={<Text id='my-user-id'>{me.id} · 复制</Text>}
              onClick={() => Taro.setClipboardData({ data: me.id })}
            />
            <Cell
              title='用户隐私保护指引'
              extra={me.consent?.version === me.privacyVersion ? '已同意 ›' : '未同意 ›'}
              onClick={() => Taro.navigateTo({ url: PRIVACY_GUIDE_URL })}
            />
            <Cell title='我的数据' extra='查看与下载 ›' onClick={() => Taro.navigateTo({ url: '/packages/resident/pages/mydata/index' })} />
            <Cell title='注销账号' extra='›' onClick={() => Taro.navigateTo({ url: '/packages/resident/pages/delete-account/index' })} />
          </CellGroup>
          <AvatarPicker profile={profile} />
          <NicknameEdit key={me.id} profile={profile} current={me.nickname} />
          <PhoneBind profile={profile} />
        </>
      )}
    </MePage>
  )
}
