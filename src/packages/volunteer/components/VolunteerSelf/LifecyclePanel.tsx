// 服务状态 on the volunteer's side: where they stand (服务中 / 暂停接单 / 已被暂停服务 …, with the coordinator's reason) and
// the moves the shared rulebook lets them make from there — 暂停接单 and 恢复接单 at once, 退出志愿服务 only after a
// confirmation that says what leaving means. A refusal (e.g. an order still in hand) is shown in words.
import '../../components/VolunteerStatus/index.css'
import { useState } from 'react'
import { TextArea } from '@nutui/nutui-react-taro'
import { Button, Text, View } from '@tarojs/components'
import ConfirmPanel from '../../../../components/ConfirmPanel'
import Field from '../../../../components/Field'
import FormError from '../../../../components/FormError'
import type { SelfMove, useVolunteerSelf } from '../../../../hooks/useVolunteerSelf'
import { LIFECYCLE_LABELS, LIFECYCLE_MOVE_LABELS, movesFrom } from '../../../../shared/domain/volunteerLifecycle'

const SELF_MOVES: readonly string[] = ['pause', 'resume', 'leave'] satisfies SelfMove[]
const EXPLAIN: Record<string, string> = {
  active: '您正在接单。暂时没空时可以暂停接单，不会影响已接的订单。',
  paused: '您已暂停接单：抢单大厅和派单都不会找您。随时可以恢复。',
  suspended: '社区协调员暂停了您的志愿服务，如有疑问请联系社区。',
  revoked: '您的志愿者资格已被取消。服务记录和证明仍然保留。',
  left: '您已退出志愿服务。服务记录、证明和时间银行余额仍然保留。'
}

export default function LifecyclePanel({ self }: { self: ReturnType<typeof useVolunteerSelf> }) {
  const v = self.volunteer
  const [leaving, setLeaving] = useState(false)
  const [reason, setReason] = useState('')
  if (!v) return null
  const moves = movesFrom(v.lifecycle, 'self').filter((m): m is SelfMove => SELF_MOVES.includes(m))
  const good = v.lifecycle === 'active'

  if (leaving) {
    return (
      <ConfirmPanel
        question='确定退出志愿服务吗？'
        confirmText='确认退出'
        pending={self.movePending}
        error={self.moveError}
        backText='不退出'
        onBack={() => {
          setLeaving(false)
          self.clearMoves()
        }}
        onConfirm={() => void self.run('leave', reason).then((done) => done && setLeaving(false))}
      >
        <Text className='cv-status__text'>退出后不再接单和报名项目，也不能再修改服务信息；已有的服务记录、证明和时间银行余额都会保留。</Text>
        <Text className='cv-status__text'>如有未完成的订单，请先完成或联系社区协调员改派。</Text>
        <Field label='退出原因（选填）' name='reason'>
          <TextArea className='cv-textarea' value={reason} maxLength={200} placeholder='例如：搬离本社区' onChange={setReason} />
        </Field>
      </ConfirmPanel>
    )
  }

  return (
    <View className='cv-form' id='lifecycle-panel'>
      <View className={`cv-status cv-status--${good ? 'approved' : v.lifecycle === 'paused' ? 'pending' : 'rejected'}`}>
        <Text className='cv-status__label'>{LIFECYCLE_LABELS[v.lifecycle]}</Text>
        <Text className='cv-status__text'>{EXPLAIN[v.lifecycle]}</Text>
        {v.lifecycleReason && <Text className='cv-status__text'>原因：{v.lifecycleReason}</Text>}
      </View>
      <FormError message={self.moveError} />
      {moves
        .filter((m) => m !== 'leave')
        .map((m) => (
          <Button key={m} className={`cv-btn cv-vself--${m}`} disabled={self.movePending || undefined} onClick={() => void self.run(m)}>
            {self.movePending ? '正在提交…' : LIFECYCLE_MOVE_LABELS[m]}
          </Button>
        ))}
      {moves.includes('leave') && (
        <Button
          className='cv-btn cv-btn--plain cv-btn--danger cv-vself--leave'
          onClick={() => {
            self.clearMoves()
            setLeaving(true)
          }}
        >
          {LIFECYCLE_MOVE_LABELS.leave}
        </Button>
      )}
    </View>
  )
}
