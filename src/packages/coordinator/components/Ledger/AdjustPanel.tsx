// 调账: ± hours and minutes on the chosen member's balance, with a reason, after 确认. Audited on the server.
import './index.css'
import '../../../../components/Chips/index.css'
import { Text, View } from '@tarojs/components'
import { TextArea } from '@nutui/nutui-react-taro'
import Chips from '../../../../components/Chips'
import ConfirmPanel from '../../../../components/ConfirmPanel'
import DurationField from '../../../../components/DurationField'
import Field from '../../../../components/Field'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import { formatMinutes } from '../../../../shared/time'
import type { CommunityVolunteer, useAdjust } from '../../../../hooks/useLedgerAdmin'

const SIGNS = [
  { value: '+' as const, label: '增加时间' },
  { value: '-' as const, label: '扣减时间' }
]

export default function AdjustPanel({
  a,
  volunteer,
  onReverse
}: {
  a: ReturnType<typeof useAdjust>
  volunteer: CommunityVolunteer | null
  onReverse: (postingId: string) => void
}) {
  return (
    <View className='cv-form' id='adjust-panel'>
      <Text className='cv-form__title'>调整时间余额</Text>
      <Text className='cv-form__intro'>用于更正记错的时间（如漏记、多记）。调整会记入审计日志，志愿者在收支明细中可以看到原因。</Text>
      {a.done && (
        <View className='cv-success'>
          <Text>已调整。记录编号：</Text>
          <Text className='cv-ledger__id'>{a.done}</Text>
          <Text className='cv-ledger__link' onClick={() => onReverse(a.done!)}>
            调错了？冲正这笔
          </Text>
        </View>
      )}
      {a.confirming && volunteer ? (
        <ConfirmPanel
          question={`确认为 ${volunteer.realName} ${a.signed > 0 ? '增加' : '扣减'} ${formatMinutes(Math.abs(a.signed))}？`}
          confirmText='确认调整'
          pending={a.pending}
          error={a.error}
          onConfirm={() => void a.send()}
          onBack={a.back}
        >
          <Text>原因：{a.reason.trim()}</Text>
        </ConfirmPanel>
      ) : (
        <>
          <View className='cv-ledger__sign'>
            <Chips name='sign' options={SIGNS} value={a.sign} onChange={a.setSign} />
          </View>
          <DurationField label='调整时长' name='adjustMinutes' hours={a.hours} minutes={a.minutes} onChange={a.setDuration} required />
          <Field label='调整原因' name='adjustReason' required>
            <TextArea className='cv-textarea' value={a.reason} maxLength={200} placeholder='例如：3月5日陪同就医订单漏记1小时' onChange={a.setReason} />
          </Field>
          <FormError message={a.error} />
          <SubmitBar text='下一步' disabled={!volunteer} onSubmit={a.next} />
        </>
      )}
    </View>
  )
}
