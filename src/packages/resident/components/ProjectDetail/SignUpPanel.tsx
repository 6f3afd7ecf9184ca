// 我的报名: the caller's state (已报名 / 候补第N位 / 已取消) and the one button that fits — 报名 while there are
// places, 报名候补 once full, 取消报名 (asked once more: a confirmed place goes to the first on the waitlist).
import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import ConfirmPanel from '../../../../components/ConfirmPanel'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import { placesLeft, signUpText, type ProjectMover } from '../../../../hooks/useProjects'

export default function SignUpPanel({ mover, isVolunteer }: { mover: ProjectMover; isVolunteer: boolean }) {
  const p = mover.project!
  const [confirming, setConfirming] = useState(false)
  const mine = p.mySignUp
  const live = mine && mine.status !== 'cancelled'
  if (p.status !== 'published' && !mine) return null
  const left = placesLeft(p)
  return (
    <View className='cv-form cv-signup' id='signup'>
      <Text className='cv-form__title'>我的报名</Text>
      <Text className={`cv-signup__state cv-signup__state--${mine?.status ?? 'none'}`}>{signUpText(mine) ?? '尚未报名'}</Text>
      {mine?.status === 'waitlisted' && <Text className='cv-form__intro'>有人取消报名时，按候补顺序自动递补，递补后即为已报名。</Text>}
      {p.status === 'published' && !isVolunteer && <Text className='cv-notice'>注册成为志愿者并通过社区审核后即可报名。</Text>}
      {p.status === 'published' && isVolunteer && !live && (
        <>
          <FormError message={mover.signUp.error} />
          <SubmitBar
            text={left > 0 ? (mine ? '重新报名' : '报名参加') : '名额已满，报名候补'}
            pending={mover.signUp.pending}
            onSubmit={() => void mover.signUp.run()}
          />
        </>
      )}
      {p.status === 'published' && isVolunteer && live && !confirming && (
        <>
          <FormError message={mover.cancel.error} />
          <Button className='cv-btn cv-btn--plain cv-btn--danger cv-signup__cancel' onClick={() => setConfirming(true)}>
            取消报名
          </Button>
        </>
      )}
      {p.status === 'published' && live && confirming && (
        <ConfirmPanel
          question='确定取消报名吗？'
          confirmText='确认取消报名'
          pending={mover.cancel.pending}
          error={mover.cancel.error}
          onConfirm={() => void mover.cancel.run().then((ok) => ok && setConfirming(false))}
          onBack={() => setConfirming(false)}
          backText='不取消'
        >
          <Text className='cv-form__intro'>
            {mine?.status === 'confirmed'
              ? p.waitlistCount > 0
                ? '您的名额将让给候补第1位的志愿者。'
                : '您的名额将空出，其他志愿者可以报名。'
              : '您将退出候补。'}
            取消后可以再次报名，但需要重新排队。
          </Text>
        </ConfirmPanel>
      )}
    </View>
  )
}
