// 更正 / 驳回 a volunteer's 申请更正: the minutes (the volunteer's proposal filled in), the content if it was wrong,
// and the reason the volunteer will read.
import { Button, View } from '@tarojs/components'
import { TextArea } from '@nutui/nutui-react-taro'
import DurationField from '../../../../components/DurationField'
import Field from '../../../../components/Field'
import FormError from '../../../../components/FormError'
import TextField from '../../../../components/TextField'
import type { ServiceRecord } from '../../../../hooks/useRecords'
import { useRecordDecision } from '../../../../hooks/useRecordReview'

export default function RecordDecision({ record, onDone }: { record: ServiceRecord; onDone: (r: ServiceRecord) => void }) {
  const d = useRecordDecision(record, onDone)
  return (
    <View className='cv-subform'>
      <DurationField label='更正后的时长' name='correctMinutes' hours={d.hours} minutes={d.minutes} onChange={d.setDuration} error={d.fieldErrors.minutes} />
      <TextField label='服务内容' name='correctContent' value={d.content} onChange={d.setContent} error={d.fieldErrors.content} maxLength={100} />
      <Field label='处理说明（志愿者可见）' name='correctReason' required error={d.fieldErrors.reason}>
        <TextArea className='cv-textarea' value={d.reason} maxLength={200} placeholder='例如：经与居民核实，实际服务2小时' onChange={d.setReason} />
      </Field>
      <FormError message={d.formError} fieldErrors={d.fieldErrors} />
      <View className='cv-timebank-row'>
        <Button className='cv-btn cv-move--correct' disabled={d.pending || undefined} onClick={() => void d.decide('correct')}>
          {d.pending ? '正在提交…' : '同意并更正'}
        </Button>
        <Button className='cv-btn cv-btn--plain cv-btn--danger cv-move--reject' disabled={d.pending || undefined} onClick={() => void d.decide('reject')}>
          不予更正
        </Button>
      </View>
    </View>
  )
}
