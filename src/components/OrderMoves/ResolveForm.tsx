// 裁定 (coordinator, on a disputed order): the minutes that count and the reason, both recorded and audited.
import { useState } from 'react'
import { TextArea } from '@nutui/nutui-react-taro'
import { Button, View } from '@tarojs/components'
import Field from '../Field'
import TextField from '../TextField'

interface Props {
  initialMinutes: number | null
  errors: Record<string, string>
  pending: boolean
  onSubmit: (minutes: number, reason: string) => void
  onClose: () => void
}

export default function ResolveForm({ initialMinutes, errors, pending, onSubmit, onClose }: Props) {
  const [minutes, setMinutes] = useState(initialMinutes === null ? '' : String(initialMinutes))
  const [reason, setReason] = useState('')
  return (
    <View className='cv-move-form'>
      <TextField
        label='认定服务时长（分钟）'
        name='minutes'
        type='number'
        required
        value={minutes}
        onChange={setMinutes}
        error={errors.minutes}
        maxLength={4}
        hint='志愿者记录的时长已预先填入，可按核实结果修改'
      />
      <Field label='裁定说明' name='reason' required error={errors.reason}>
        <TextArea className='cv-textarea' value={reason} maxLength={200} placeholder='例如：经电话核实，实际服务约1小时' onChange={setReason} />
      </Field>
      <View className='cv-order__actions'>
        <Button
          className='cv-btn cv-move cv-move--confirm-resolve'
          disabled={pending || undefined}
          onClick={() => onSubmit(minutes.trim() === '' ? NaN : Number(minutes), reason)}
        >
          {pending ? '正在提交…' : '确认裁定'}
        </Button>
        <Button className='cv-btn cv-btn--plain' onClick={onClose}>
          返回
        </Button>
      </View>
    </View>
  )
}
