// 到场登记 (coordinators, published projects; 谁组织谁记录: the organizer keeps the sign-in sheet). For each session that
// has started: one button-shaped checkbox per confirmed participant, ticked as last saved, and 保存. Sessions still
// ahead only say when they can be recorded. Completion records each volunteer's attended sessions only.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { MultiChoiceField } from '../../../../components/ChoiceField'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import type { Project, ProjectMover } from '../../../../hooks/useProjects'
import { useNow } from '../../../../hooks/useNow'
import { sessionStarted } from '../../../../shared/domain/projectSessions'
import { formatMinutes, formatShanghai } from '../../../../shared/time'

type Participant = NonNullable<Project['participants']>[number]

function SessionSheet({ mover, index, confirmed, onSave }: { mover: ProjectMover; index: number; confirmed: Participant[]; onSave: (i: number) => void }) {
  const s = mover.project!.sessions[index]
  const [present, setPresent] = useState(() => confirmed.filter((x) => x.attended.includes(index)).map((x) => String(x.seq)))
  const a = mover.attendance
  return (
    <View className='cv-attendance' id={`attendance-${index}`}>
      <View className='cv-session'>
        <Text className='cv-session__no'>第{index + 1}场</Text>
        <Text className='cv-session__when'>{formatShanghai(s.startsAt, 'MM-DD HH:mm')}</Text>
        <Text className={`cv-attendance__state${s.attendance ? ' cv-attendance__state--done' : ''}`}>
          {s.attendance ? `已登记${s.attendance.present}人到场` : '未登记'}
        </Text>
      </View>
      {confirmed.length === 0 && <Text className='cv-empty'>没有已报名的志愿者，保存即登记为无人到场</Text>}
      {confirmed.length > 0 && (
        <MultiChoiceField
          label={`到场的志愿者（${formatMinutes(s.minutes)}）`}
          name={`attendance-${index}`}
          options={confirmed.map((x) => ({ value: String(x.seq), label: x.volunteerName }))}
          value={present}
          onChange={setPresent}
        />
      )}
      <SubmitBar text={s.attendance ? '保存修改' : '保存'} pending={a.pending} onSubmit={() => (onSave(index), void a.run(index, present.map(Number)))} />
    </View>
  )
}

export default function AttendancePanel({ mover }: { mover: ProjectMover }) {
  const p = mover.project!
  const now = useNow()
  const [saving, setSaving] = useState<number | null>(null)
  const confirmed = (p.participants ?? []).filter((x) => x.status === 'confirmed')
  const roster = confirmed.map((x) => `${x.seq}:${x.attended.join('.')}`).join(',')
  return (
    <View className='cv-form' id='attendance'>
      <Text className='cv-form__title'>到场登记</Text>
      <Text className='cv-form__intro'>每场服务开始后，勾选实际到场的志愿者并保存。结项时，每位志愿者只记录其到场场次的服务时长。</Text>
      {p.sessions.map((s, i) =>
        sessionStarted(s, now) ? (
          // Remounts (ticks as saved) whenever the server's list or this session's record changes.
          <View key={`${i}|${s.attendance?.at ?? ''}|${roster}`}>
            <SessionSheet mover={mover} index={i} confirmed={confirmed} onSave={setSaving} />
            {saving === i && <FormError message={mover.attendance.error} />}
          </View>
        ) : (
          <View key={i} className='cv-session cv-attendance__later'>
            <Text className='cv-session__no'>第{i + 1}场</Text>
            <Text className='cv-session__when'>{formatShanghai(s.startsAt, 'MM-DD HH:mm')}</Text>
            <Text className='cv-attendance__state'>开始后可登记</Text>
          </View>
        )
      )}
    </View>
  )
}
