// 转赠 form: pick a family member (big cards), 小时 + 分钟, an optional note, 下一步 → the confirmation step.
import '../OrderForm/index.css'
import '../BalanceCard/index.css'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import ConfirmPanel from '../../../../components/ConfirmPanel'
import DurationField from '../../../../components/DurationField'
import Field from '../../../../components/Field'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import { FAMILY_PAGE } from '../../../../hooks/orderRoutes'
import type { useTransfer } from '../../../../hooks/useTransfer'
import { formatMinutes } from '../../../../shared/time'

export default function TransferForm({ t }: { t: ReturnType<typeof useTransfer> }) {
  const { values, setField, fieldErrors: errors, account: a } = t
  if (t.step === 'confirm' && t.recipient) {
    return (
      <ConfirmPanel
        question={`确认转赠 ${formatMinutes(t.total)} 给 ${t.recipient.label}？`}
        confirmText='确认转赠'
        pending={t.pending}
        error={t.sendError}
        onConfirm={() => void t.send()}
        onBack={t.back}
      >
        {a && <Text className='cv-transfer__after'>转赠后您的可用时间：{formatMinutes(a.available - t.total)}</Text>}
        {values.note.trim() && <Text className='cv-transfer__after'>留言：{values.note.trim()}</Text>}
        <Text className='cv-transfer__after'>转赠后不能撤回，请核对家人和时长。</Text>
      </ConfirmPanel>
    )
  }
  return (
    <View className='cv-form'>
      <Field label='转赠给' name='toUserId' required error={errors.toUserId}>
        {t.recipients.length === 0 && <Text className='cv-notice'>还没有可以转赠的家人。家人需要在自己的微信上确认「家人代办」关系后，才能接收转赠。</Text>}
        {t.recipients.map((r) => (
          <View key={r.userId} className={`cv-pick${r.userId === values.toUserId ? ' cv-pick--on' : ''}`} onClick={() => setField('toUserId', r.userId)}>
            <Text className='cv-pick__title'>{r.label}</Text>
          </View>
        ))}
        {t.recipients.length === 0 && (
          <Button className='cv-btn cv-btn--plain' onClick={() => void Taro.navigateTo({ url: FAMILY_PAGE })}>
            去绑定家人
          </Button>
        )}
      </Field>
      <DurationField
        label='转赠时长'
        name='minutes'
        required
        hours={values.hours}
        minutes={values.minutes}
        onChange={(h, m) => {
          setField('hours', h)
          setField('minutes', m)
        }}
        error={errors.minutes}
        hint={
          a ? (
            <Text className='cv-transfer__allowance' id='transfer-allowance'>
              可用 {formatMinutes(a.available)} · 今日还可转赠 {formatMinutes(a.transferLeftToday)}
            </Text>
          ) : undefined
        }
      />
      <TextField
        label='留言（选填）'
        name='note'
        value={values.note}
        maxLength={50}
        placeholder='例如：给妈妈预约上门服务用'
        onChange={(v) => setField('note', v)}
        error={errors.note}
      />
      <FormError message={t.formError} fieldErrors={errors} />
      <SubmitBar text='下一步' disabled={t.recipients.length === 0} onSubmit={t.next} />
    </View>
  )
}
