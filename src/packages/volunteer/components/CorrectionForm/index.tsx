// 申请更正 on one record (《志愿服务记录与证明出具办法》: the volunteer may ask, the organisation checks and corrects):
// why, and optionally the duration the volunteer believes is right.
import { TextArea } from '@nutui/nutui-react-taro'
import { Button, View } from '@tarojs/components'
import DurationField from '../../../../components/DurationField'
import Field from '../../../../components/Field'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import { useCorrectionRequest, type ServiceRecord } from '../../../../hooks/useRecords'

export default function CorrectionForm({ record, onDone, onClose }: { record: ServiceRecord; onDone: (r: ServiceRecord) => void; onClose: () => void }) {
  const f = useCorrectionRequest(record.id, onDone)
  return (
    <View className='cv-subform'>
      <Field label='更正原因' name='reason' required error={f.fieldErrors.reason}>
        <TextArea className='cv-textarea' value={f.reason} maxLength={200} placeholder='例如：实际服务了2小时，签退时忘记点了' onChange={f.setReason} />
      </Field>
      <DurationField
        label='应为多长时间（选填）'
        name='proposedMinutes'
        hours={f.hours}
        minutes={f.minutes}
        onChange={f.setDuration}
        error={f.fieldErrors.proposedMinutes}
      />
      <FormError message={f.formError} fieldErrors={f.fieldErrors} />
      <SubmitBar text='提交更正申请' pending={f.pending} onSubmit={() => void f.submit()} />
      <Button className='cv-btn cv-btn--plain' disabled={f.pending || undefined} onClick={onClose}>
        取消
      </Button>
    </View>
  )
}
