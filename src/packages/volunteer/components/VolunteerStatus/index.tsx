// The caller's registration: 审核中 / 已通过 (志愿者编号, masked ID) / 未通过 (reason, 重新提交).
// The ID number arrives masked from the server (idMasked); the full number never reaches the app.
import './index.css'
import { Button, Text, View } from '@tarojs/components'
import type { ActionOutput } from '../../../../shared/contracts'
import { VOLUNTEER_STATUS_LABELS } from '../../../../hooks/labels'
import { useCatalog } from '../../../../hooks/useCatalog'
import { LIFECYCLE_LABELS } from '../../../../shared/domain/volunteerLifecycle'

type Volunteer = NonNullable<ActionOutput<'volunteers.me'>['volunteer']>

const Row = ({ label, value }: { label: string; value: string }) => (
  <View className='cv-kv'>
    <Text className='cv-kv__label'>{label}</Text>
    <Text className='cv-kv__value'>{value}</Text>
  </View>
)

export default function VolunteerStatus({ volunteer: v, onResubmit }: { volunteer: Volunteer; onResubmit?: () => void }) {
  const catalog = useCatalog()
  return (
    <View className='cv-form'>
      <View className={`cv-status cv-status--${v.status}`}>
        <Text className='cv-status__label'>{VOLUNTEER_STATUS_LABELS[v.status]}</Text>
        {v.status === 'pending' && <Text className='cv-status__text'>您的注册申请已提交，社区协调员审核后即可开始服务。</Text>}
        {v.status === 'approved' && <Text className='cv-status__text'>欢迎您成为社区志愿者！</Text>}
        {v.status === 'rejected' && <Text className='cv-status__text'>未通过原因：{v.rejectReason ?? '—'}</Text>}
      </View>
      {v.volunteerNo && <Row label='志愿者编号' value={v.volunteerNo} />}
      <Row label='姓名' value={v.realName} />
      <Row label='身份证号' value={v.idMasked} />
      <Row label='年龄' value={`${v.age}岁`} />
      <Row label='服务技能' value={catalog.labels(v.skills)} />
      <Row label='服务区域' value={v.serviceArea} />
      {v.status === 'approved' && <Row label='服务状态' value={LIFECYCLE_LABELS[v.lifecycle]} />}
      {v.guardian && <Row label='监护人' value={`${v.guardian.name}（${v.guardian.verified ? '已核实' : '待核实'}）`} />}
      {v.status === 'rejected' && onResubmit && (
        <Button className='cv-btn cv-btn--top' onClick={onResubmit}>
          重新提交
        </Button>
      )}
    </View>
  )
}
