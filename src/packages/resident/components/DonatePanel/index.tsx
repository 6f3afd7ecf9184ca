// 捐赠到公益池: minutes from the caller's available time to the community's public pool (it pays for services to
// priority residents — elderly living alone, disabled, low-income). Amount first, then a confirmation step.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import ConfirmPanel from '../../../../components/ConfirmPanel'
import DurationField from '../../../../components/DurationField'
import SubmitBar from '../../../../components/SubmitBar'
import { toMinutes } from '../../../../hooks/timebankFormat'
import { useDonate, type Account } from '../../../../hooks/useTimebank'
import { formatMinutes } from '../../../../shared/time'

export default function DonatePanel({ account, onDone }: { account: Account; onDone: (a: Account) => void }) {
  const donate = useDonate(onDone)
  const [hours, setHours] = useState('')
  const [minutes, setMinutes] = useState('')
  const [confirming, setConfirming] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const total = toMinutes(hours, minutes)

  const next = () => {
    donate.reset()
    if (!Number.isFinite(total) || total <= 0) return setError('请填写要捐赠的时长')
    if (total > account.available) return setError(`可用时间只有${formatMinutes(account.available)}`)
    setError(null)
    setConfirming(true)
  }
  const send = async () => {
    if (await donate.run(total)) {
      setConfirming(false)
      setHours('')
      setMinutes('')
    }
  }

  return (
    <View className='cv-form' id='donate-panel'>
      <Text className='cv-form__title'>捐赠到社区公益池</Text>
      <Text className='cv-form__intro'>公益池用于为独居高龄、残疾、低收入等重点居民支付服务时间。捐赠后不能撤回。</Text>
      {donate.done !== null && <Text className='cv-success'>已捐赠{formatMinutes(donate.done)}，谢谢您的爱心！</Text>}
      {confirming ? (
        <ConfirmPanel
          question={`确认捐赠 ${formatMinutes(total)} 到社区公益池？`}
          confirmText='确认捐赠'
          pending={donate.pending}
          error={donate.formError ?? donate.fieldErrors.minutes ?? null}
          onConfirm={() => void send()}
          onBack={() => setConfirming(false)}
        >
          <Text>捐赠后可用时间：{formatMinutes(account.available - total)}</Text>
        </ConfirmPanel>
      ) : (
        <>
          <DurationField
            label='捐赠时长'
            name='donateMinutes'
            hours={hours}
            minutes={minutes}
            onChange={(h, m) => {
              setHours(h)
              setMinutes(m)
              setError(null)
            }}
            error={error ?? undefined}
            hint={`可用：${formatMinutes(account.available)}`}
            required
          />
          <SubmitBar text='下一步' onSubmit={next} />
        </>
      )}
    </View>
  )
}
