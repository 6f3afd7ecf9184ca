import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import MeHeader from '../../../../components/MeHeader'
import RoleTags from '../../../../components/RoleTags'
import { useMe } from '../../../../hooks/useMe'
import { formatShanghai } from '../../../../shared/time'

/** 个人资料: the signed-in user's details. */
export default function ProfilePage() {
  const { me, loading, error, reload } = useMe()

  return (
    <View className='cv-sub'>
      <LoadState loading={loading} error={error} onRetry={reload} />
      {me && !loading && !error && (
        <>
          <MeHeader me={me} />
          <View className='cv-sub__section'>
            <CellGroup>
              <Cell title='昵称' extra={me.nickname} />
              <Cell title='角色' extra={<RoleTags roles={me.roles} className='cv-role-tags--end' />} />
              <Cell title='所属社区' extra={me.community ? me.community.name : '未加入社区'} />
              <Cell title='注册时间' extra={formatShanghai(me.createdAt)} />
            </CellGroup>
          </View>
        </>
      )}
    </View>
  )
}
