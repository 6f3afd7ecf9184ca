// 派单 (coordinator): to one approved volunteer of the community or to one of its teams, with an optional note.
// The choice is a tap on a row, then 确认派单: nothing is sent until then.
import { useState } from 'react'
import { TextArea } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Chips from '../../../../components/Chips'
import Field from '../../../../components/Field'
import FormError from '../../../../components/FormError'
import ListFooter from '../../../../components/ListFooter'
import SubmitBar from '../../../../components/SubmitBar'
import { useCatalog } from '../../../../hooks/useCatalog'
import { useDispatchChoices, type ReportMover } from '../../../../hooks/useReports'

type Kind = 'volunteer' | 'team'
const KINDS: { value: Kind; label: string }[] = [
  { value: 'volunteer', label: '派给志愿者' },
  { value: 'team', label: '派给服务队' }
]

export default function DispatchPanel({ mover }: { mover: ReportMover }) {
  const d = mover.dispatch
  const [kind, setKind] = useState<Kind>('volunteer')
  const [chosen, setChosen] = useState<{ kind: Kind; id: string; name: string } | null>(null)
  const [note, setNote] = useState('')
  const choices = useDispatchChoices(true)
  const catalog = useCatalog()
  const pick = (k: Kind, id: string, name: string) => setChosen({ kind: k, id, name })
  const send = () => {
    if (!chosen) return
    void d.run(chosen.kind === 'volunteer' ? { volunteerId: chosen.id } : { teamId: chosen.id }, note)
  }
  return (
    <View className='cv-form' id='dispatch'>
      <Text className='cv-form__title'>派单整改</Text>
      <Chips name='dispatch-kind' options={KINDS} value={kind} onChange={setKind} />
      {kind === 'volunteer' && (
        <View className='cv-assignees'>
          {choices.volunteers.items.map((v) => (
            <View key={v.id} className={`cv-pick cv-assignee${chosen?.id === v.id ? ' cv-pick--on' : ''}`} onClick={() => pick('volunteer', v.id, v.realName)}>
              <Text className='cv-pick__title'>
                {v.realName}
                {v.volunteerNo && <Text className='cv-assignee__no'>（{v.volunteerNo}）</Text>}
              </Text>
              <Text className='cv-pick__meta'>
                {catalog.labels(v.skills)} · {v.serviceArea}
              </Text>
            </View>
          ))}
          <ListFooter list={choices.volunteers} count={choices.volunteers.items.length} empty='社区还没有审核通过的志愿者' />
        </View>
      )}
      {kind === 'team' && (
        <View className='cv-assignees'>
          {choices.teams.map((t) => (
            <View key={t.id} className={`cv-pick cv-assignee${chosen?.id === t.id ? ' cv-pick--on' : ''}`} onClick={() => pick('team', t.id, t.name)}>
              <Text className='cv-pick__title'>{t.name}</Text>
              <Text className='cv-pick__meta'>
                {t.kindLabel} · {t.memberCount}人
              </Text>
            </View>
          ))}
          {!choices.teamsLoading && choices.teams.length === 0 && <Text className='cv-empty'>社区还没有服务队</Text>}
        </View>
      )}
      <Field label='派单说明（选填）' name='note' error={d.fieldErrors.note}>
        <TextArea className='cv-textarea' value={note} maxLength={200} placeholder='例如：请今天下班前处理' onChange={setNote} />
      </Field>
      <FormError message={d.error ?? d.fieldErrors.volunteerId ?? d.fieldErrors.teamId ?? null} />
      <SubmitBar text={chosen ? `确认派给${chosen.name}` : '请先选择整改人'} disabled={!chosen} pending={d.pending} onSubmit={send} />
    </View>
  )
}
