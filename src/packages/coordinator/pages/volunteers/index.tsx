import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import ListFooter from '../../../../components/ListFooter'
import MePage from '../../../../components/MePage'
import { useNow } from '../../../../hooks/useNow'
import { useVolunteerAdmin } from '../../../../hooks/useVolunteerAdmin'
import type { MeView } from '../../../../shared/contracts'
import { EXPIRING_WITHIN_DAYS } from '../../../../shared/domain/insurance'
import PolicyForm from '../../components/VolunteerAdmin/PolicyForm'
import VolunteerAdminCard from '../../components/VolunteerAdmin/VolunteerAdminCard'

function VolunteersBody({ me, insuranceFirst }: { me: MeView; insuranceFirst: boolean }) {
  const allowed = me.roles.includes('coordinator') || me.roles.includes('admin')
  const admin = useVolunteerAdmin(allowed)
  const now = useNow(60000)
  const [selecting, setSelecting] = useState(insuranceFirst)
  if (!allowed) return <Text className='cv-notice'>志愿者管理需要社区协调员身份。</Text>
  const items = admin.list.items
  const chosen = items.filter((v) => admin.selected.includes(v.id))
  if (admin.policyOpen) return <PolicyForm admin={admin} chosen={chosen} />

  return (
    <>
      {selecting ? (
        <View className='cv-vadmin-bar'>
          <Text className='cv-vadmin-bar__text'>已选 {chosen.length} 名</Text>
          <Button className='cv-btn cv-btn--small cv-btn--plain' onClick={() => admin.selectAll(items.map((v) => v.id))}>
            全选
          </Button>
          <Button className='cv-btn cv-btn--small' id='policy-open' disabled={chosen.length === 0 || undefined} onClick={admin.openPolicy}>
            登记保单
          </Button>
        </View>
      ) : (
        <Button className='cv-btn' id='insurance-mode' onClick={() => setSelecting(true)}>
          保险登记（选择志愿者）
        </Button>
      )}
      {selecting && (
        <Text className='cv-form__intro'>
          勾选要投保的志愿者后点“登记保单”。保险在止期前{EXPIRING_WITHIN_DAYS}天内显示“即将到期”；过期后不能承接有风险的服务。
        </Text>
      )}
      {selecting && (
        <Button className='cv-btn cv-btn--plain' onClick={() => setSelecting(false)}>
          完成选择，返回管理
        </Button>
      )}
      {items.map((v) => (
        <VolunteerAdminCard
          key={v.id}
          volunteer={v}
          now={now}
          selecting={selecting}
          selected={admin.selected.includes(v.id)}
          onToggle={() => admin.toggle(v.id)}
          onChanged={admin.list.replace}
        />
      ))}
      <ListFooter list={admin.list} count={items.length} empty='本社区还没有审核通过的志愿者' />
    </>
  )
}

/**
 * 志愿者管理: the community's approved volunteers with their insurance and service standing — 保险登记 for one or many
 * at once, and 暂停资格 / 恢复资格 / 撤销资格 with a reason. `?mode=insurance` opens with selection on (保险登记 entry).
 */
export default function VolunteersAdminPage() {
  const { params } = useRouter()
  return <MePage>{(me) => <VolunteersBody me={me} insuranceFirst={params.mode === 'insurance'} />}</MePage>
}
