// One person on the register: name, categories (优先 when the shared rule says so), phone and address MASKED — a list
// is often read over someone's shoulder; 查看完整信息 shows them to the coordinator — and, while on the register,
// 代下单 (orders.createFor), 编辑 and 归档 with a reason.
import '../VolunteerAdmin/index.css'
import { useState } from 'react'
import { TextArea } from '@nutui/nutui-react-taro'
import { Button, Text, View } from '@tarojs/components'
import Field from '../../../../components/Field'
import FormError from '../../../../components/FormError'
import { useArchive, type Beneficiary } from '../../../../hooks/useBeneficiaries'
import { maskAddress, maskPhone } from '../../../../shared/domain/masking'

interface Props {
  beneficiary: Beneficiary
  onOrder: () => void
  onEdit: () => void
  onArchived: () => void
}

export default function BeneficiaryCard({ beneficiary: b, onOrder, onEdit, onArchived }: Props) {
  const [full, setFull] = useState(false)
  const [archiving, setArchiving] = useState(false)
  const [reason, setReason] = useState('')
  const archive = useArchive(b, onArchived)
  const active = b.status === 'active'

  return (
    <View className='cv-vadmin' id={`beneficiary-${b.id}`}>
      <View className='cv-vadmin__head'>
        <Text className='cv-vadmin__name'>{b.name}</Text>
        {b.priority && <Text className='cv-ins cv-ins--expiring'>优先服务</Text>}
      </View>
      {b.tagLabels.length > 0 && (
        <View className='cv-vadmin__badges'>
          {b.tagLabels.map((t) => (
            <Text key={t} className='cv-ins cv-ins--none'>
              {t}
            </Text>
          ))}
        </View>
      )}
      <Text className='cv-vadmin__row cv-beneficiary__phone'>电话：{b.phone ? (full ? b.phone : maskPhone(b.phone)) : '无'}</Text>
      <Text className='cv-vadmin__row cv-beneficiary__address'>地址：{full ? b.address : maskAddress(b.address)}</Text>
      {full && b.note && <Text className='cv-vadmin__row'>备注：{b.note}</Text>}
      <Text className='cv-vadmin__row cv-vadmin__link' onClick={() => setFull(!full)}>
        {full ? '隐藏完整信息' : '查看完整信息'}
      </Text>

      {archiving ? (
        <View className='cv-subform'>
          <Field label='归档原因' name='reason' required error={archive.reasonError}>
            <TextArea className='cv-textarea' value={reason} maxLength={100} placeholder='例如：已搬离本社区' onChange={setReason} />
          </Field>
          <FormError message={archive.formError} />
          <View className='cv-vadmin__actions'>
            <Button className='cv-btn cv-btn--small cv-btn--danger' disabled={archive.pending || undefined} onClick={() => void archive.run(reason)}>
              {archive.pending ? '正在提交…' : '确认归档'}
            </Button>
            <Button
              className='cv-btn cv-btn--small cv-btn--plain'
              onClick={() => {
                setArchiving(false)
                archive.reset()
              }}
            >
              取消
            </Button>
          </View>
        </View>
      ) : (
        active && (
          <View className='cv-vadmin__actions'>
            <Button className='cv-btn cv-btn--small cv-beneficiary__order' onClick={onOrder}>
              代下单
            </Button>
            <Button className='cv-btn cv-btn--small cv-btn--plain' onClick={onEdit}>
              编辑
            </Button>
            <Button className='cv-btn cv-btn--small cv-btn--plain' onClick={() => setArchiving(true)}>
              归档
            </Button>
          </View>
        )
      )}
    </View>
  )
}
