// One volunteer in 志愿者管理: name and number, service standing (with the reason a coordinator gave), insurance standing
// (保障中 / 即将到期 / 已过期 / 未投保, and what lapsed cover rules out), skills; in selection mode a tick for 保险登记;
// and the coordinator's lifecycle moves — exactly those the shared rulebook allows from the current standing — each
// asking for a reason before it is sent.
import './index.css'
import { useState } from 'react'
import { TextArea } from '@nutui/nutui-react-taro'
import { Button, Text, View } from '@tarojs/components'
import Field from '../../../../components/Field'
import FormError from '../../../../components/FormError'
import { useCatalog } from '../../../../hooks/useCatalog'
import { useCoordinatorMove, type CoordinatorMove, type ManagedVolunteer } from '../../../../hooks/useVolunteerAdmin'
import { blocksRiskyServices, INSURANCE_STATUS_LABELS, insuranceStatus } from '../../../../shared/domain/insurance'
import { LIFECYCLE_LABELS, LIFECYCLE_MOVE_LABELS, movesFrom } from '../../../../shared/domain/volunteerLifecycle'
import { shanghaiDay } from '../../../../shared/time'

const PLACEHOLDERS: Record<CoordinatorMove, string> = {
  suspend: '例如：多次爽约，暂停服务待核实',
  reinstate: '例如：已核实情况，恢复服务',
  revoke: '例如：严重违反志愿服务守则'
}

interface Props {
  volunteer: ManagedVolunteer
  now: number
  selecting: boolean
  selected: boolean
  onToggle: () => void
  onChanged: (v: ManagedVolunteer) => void
}

export default function VolunteerAdminCard({ volunteer: v, now, selecting, selected, onToggle, onChanged }: Props) {
  const mover = useCoordinatorMove(v.id, onChanged)
  const catalog = useCatalog()
  const [move, setMove] = useState<CoordinatorMove | null>(null)
  const [reason, setReason] = useState('')
  const ins = insuranceStatus(v.insuredUntil, new Date(now))
  // What lapsed cover rules out, named from the community's catalogue (its risky services).
  const risky = catalog.live.filter((e) => e.risky).map((e) => e.label)
  const note = blocksRiskyServices(ins) && risky.length ? `无有效保险，不能承接有风险的服务：${risky.join('、')}` : null
  const moves = movesFrom(v.lifecycle, 'coordinator').filter((m): m is CoordinatorMove => m in PLACEHOLDERS)
  const err = move ? mover.errorOf(move) : null

  const close = () => {
    setMove(null)
    setReason('')
    mover.clear()
  }
  const submit = async () => {
    if (move && (await mover.run(move, reason))) close()
  }

  return (
    <View className={`cv-vadmin${selected ? ' cv-vadmin--selected' : ''}`} id={`volunteer-${v.id}`}>
      <View className='cv-vadmin__head' onClick={selecting ? onToggle : undefined}>
        {/* A drawn tick, not a checkbox control: the whole head is the one tap target (no double toggle). */}
        {selecting && <Text className={`cv-vadmin__tick${selected ? ' cv-vadmin__tick--on' : ''}`}>{selected ? '✓' : ''}</Text>}
        <Text className='cv-vadmin__name'>{v.realName}</Text>
        {v.volunteerNo && <Text className='cv-vadmin__no'>{v.volunteerNo}</Text>}
      </View>
      <View className='cv-vadmin__badges'>
        <Text className={`cv-ins cv-life--${v.lifecycle}`}>{LIFECYCLE_LABELS[v.lifecycle]}</Text>
        <Text className={`cv-ins cv-ins--${ins}`}>
          {INSURANCE_STATUS_LABELS[ins]}
          {v.insuredUntil ? ` · 至${shanghaiDay(v.insuredUntil)}` : ''}
        </Text>
      </View>
      {note && <Text className='cv-vadmin__warn'>{note}</Text>}
      {v.lifecycleReason && <Text className='cv-vadmin__row'>原因：{v.lifecycleReason}</Text>}
      <Text className='cv-vadmin__row'>服务技能：{catalog.labels(v.skills)}</Text>
      <Text className='cv-vadmin__row'>手机号码：{v.phone}</Text>

      {move && (
        <View className='cv-subform'>
          <Field label={`${LIFECYCLE_MOVE_LABELS[move]}的原因`} name='reason' required error={err?.reason}>
            <TextArea className='cv-textarea' value={reason} maxLength={200} placeholder={PLACEHOLDERS[move]} onChange={setReason} />
          </Field>
          <FormError message={err?.form ?? null} />
          <View className='cv-vadmin__actions'>
            <Button
              className={`cv-btn cv-btn--small${move === 'reinstate' ? '' : ' cv-btn--danger'}`}
              disabled={mover.pending || undefined}
              onClick={() => void submit()}
            >
              {mover.pending ? '正在提交…' : `确认${LIFECYCLE_MOVE_LABELS[move]}`}
            </Button>
            <Button className='cv-btn cv-btn--small cv-btn--plain' disabled={mover.pending || undefined} onClick={close}>
              取消
            </Button>
          </View>
        </View>
      )}
      {!move && !selecting && moves.length > 0 && (
        <View className='cv-vadmin__actions'>
          {moves.map((m) => (
            <Button key={m} className={`cv-btn cv-btn--small cv-btn--plain cv-vmove--${m}`} onClick={() => setMove(m)}>
              {LIFECYCLE_MOVE_LABELS[m]}
            </Button>
          ))}
        </View>
      )}
    </View>
  )
}
