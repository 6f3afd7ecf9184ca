// A move that needs a reason (取消, 婉拒, 退单, 申诉): the reason, then 确认 or 返回. The reason is recorded on the
// order's timeline, so the words matter more than a pick list would allow.
import { useState } from 'react'
import { TextArea } from '@nutui/nutui-react-taro'
import { Button, View } from '@tarojs/components'
import Field from '../Field'
import type { OrderMove } from '../../shared/domain/order'
import { moveLabel } from '../../hooks/orderFormat'

const HINTS: Partial<Record<OrderMove, { label: string; placeholder: string }>> = {
  cancel: { label: '取消原因', placeholder: '例如：已经有人帮忙了' },
  decline: { label: '婉拒原因', placeholder: '例如：这个时间我有事，去不了' },
  withdraw: { label: '退单原因', placeholder: '例如：临时有急事，无法按时到达' },
  dispute: { label: '申诉理由', placeholder: '例如：实际服务时间与记录不符' }
}

interface Props {
  move: OrderMove
  error?: string
  pending: boolean
  onSubmit: (reason: string) => void
  onClose: () => void
}

export default function ReasonForm({ move, error, pending, onSubmit, onClose }: Props) {
  const [reason, setReason] = useState('')
  const hint = HINTS[move] ?? { label: '原因', placeholder: '' }
  return (
    <View className='cv-move-form'>
      <Field label={hint.label} name='reason' required error={error}>
        <TextArea className='cv-textarea' value={reason} maxLength={200} placeholder={hint.placeholder} onChange={setReason} />
      </Field>
      <View className='cv-order__actions'>
        <Button
          className={`cv-btn cv-move cv-move--confirm-${move}${move === 'dispute' ? '' : ' cv-btn--danger'}`}
          disabled={pending || undefined}
          onClick={() => onSubmit(reason)}
        >
          {pending ? '正在提交…' : `确认${moveLabel(move)}`}
        </Button>
        <Button className='cv-btn cv-btn--plain' onClick={onClose}>
          返回
        </Button>
      </View>
    </View>
  )
}
