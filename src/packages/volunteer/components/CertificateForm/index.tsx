// 申请证明: a date range (今年 / 去年 / 近12个月, or two dates) → certificates.issue; free, on request.
import '../../../../components/CertificateSheet/index.css'
import { Picker, Text, View } from '@tarojs/components'
import Chips from '../../../../components/Chips'
import Field from '../../../../components/Field'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import { optionsOf } from '../../../../hooks/labels'
import { RANGE_LABELS, type useIssueCertificate } from '../../../../hooks/useCertificates'

function DayPicker({ label, name, value, onChange, error }: { label: string; name: string; value: string; onChange: (d: string) => void; error?: string }) {
  return (
    <Field label={label} name={name} error={error}>
      <Picker mode='date' value={value} end='2100-12-31' onChange={(e) => onChange(String(e.detail.value))}>
        <View className='cv-cert__row cv-cert__pick'>
          <Text className='cv-cert__value'>{value}</Text>
          <Text className='cv-cert__label'>修改 ›</Text>
        </View>
      </Picker>
    </Field>
  )
}

export default function CertificateForm({ f }: { f: ReturnType<typeof useIssueCertificate> }) {
  return (
    <View className='cv-form'>
      <Text className='cv-form__title'>申请志愿服务记录证明</Text>
      <Text className='cv-form__intro'>按《志愿服务记录与证明出具办法》免费出具，内容来自您的服务记录。证明附校验码，任何人可在「证明核验」中查验真伪。</Text>
      <Field label='证明哪段时间的服务' name='range'>
        <Chips name='range' options={optionsOf(RANGE_LABELS)} value={f.choice} onChange={f.setChoice} />
      </Field>
      <DayPicker label='开始日期' name='from' value={f.range.from} onChange={(d) => f.setDay('from', d)} error={f.fieldErrors.from} />
      <DayPicker label='结束日期' name='to' value={f.range.to} onChange={(d) => f.setDay('to', d)} error={f.fieldErrors.to} />
      <FormError message={f.formError} fieldErrors={f.fieldErrors} />
      <SubmitBar text='出具证明' pending={f.pending} onSubmit={() => void f.submit()} />
    </View>
  )
}
