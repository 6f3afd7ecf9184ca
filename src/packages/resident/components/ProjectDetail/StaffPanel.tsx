// The coordinator's moves on a project, by status: 待审核 → 通过并发布 or 不通过 (with a reason); 已发布 → 到场登记
// per started session, then 结项 — disabled, with the reason, until the last session has ended and every session's
// attendance is saved (the server refuses the same way), then asked once more: it writes the service record of each
// volunteer who attended and closes sign-up; 已结项 → 评价 优秀 / 合格 / 不合格 with notes (a later one replaces it).
import { useState } from 'react'
import { TextArea } from '@nutui/nutui-react-taro'
import { Button, Text, View } from '@tarojs/components'
import { SingleChoiceField } from '../../../../components/ChoiceField'
import ConfirmPanel from '../../../../components/ConfirmPanel'
import Field from '../../../../components/Field'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import { PROJECT_GRADES } from '../../../../shared/contracts'
import type { ProjectGrade, ProjectMover } from '../../../../hooks/useProjects'
import { useNow } from '../../../../hooks/useNow'
import { completionBlocker } from '../../../../shared/domain/projectSessions'
import { messageFor } from '../../../../shared/errors'
import AttendancePanel from './Attendance'

function ReviewPanel({ mover }: { mover: ProjectMover }) {
  const r = mover.review
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState('')
  return (
    <View className='cv-form' id='review'>
      <Text className='cv-form__title'>项目审核</Text>
      <Text className='cv-form__intro'>通过后项目发布到项目库，本社区的志愿者即可报名。</Text>
      {!rejecting && (
        <>
          <FormError message={r.error} />
          <SubmitBar text='通过并发布' pending={r.pending} onSubmit={() => void r.approve()} />
          <Button className='cv-btn cv-btn--plain cv-btn--danger cv-review__reject' disabled={r.pending || undefined} onClick={() => setRejecting(true)}>
            不通过
          </Button>
        </>
      )}
      {rejecting && (
        <>
          <Field label='不通过的原因' name='reason' required error={r.fieldErrors.reason}>
            <TextArea
              className='cv-textarea'
              value={reason}
              maxLength={200}
              placeholder='例如：时间与社区活动冲突，请调整后重新申报'
              onChange={(v) => (setReason(v), r.clearField('reason'))}
            />
          </Field>
          <FormError message={r.error} />
          <SubmitBar text='确认不通过' type='danger' pending={r.pending} onSubmit={() => void r.reject(reason)} />
          <Button className='cv-btn cv-btn--plain' disabled={r.pending || undefined} onClick={() => setRejecting(false)}>
            返回
          </Button>
        </>
      )}
    </View>
  )
}

function CompletePanel({ mover }: { mover: ProjectMover }) {
  const p = mover.project!
  const c = mover.complete
  const [confirming, setConfirming] = useState(false)
  const now = useNow()
  // Records must be true (《志愿服务记录与证明出具办法》): the same rule as the server's, shown before anyone taps.
  const blocker = completionBlocker(
    p.sessions,
    p.sessions.map((s) => !!s.attendance),
    now
  )
  const attendees = (p.participants ?? []).filter((x) => x.attended.length > 0).length
  return (
    <View className='cv-form' id='complete'>
      <Text className='cv-form__title'>结项</Text>
      {!confirming && (
        <>
          <Text className='cv-form__intro'>最后一场服务结束、各场次到场登记完成后结项：为到场的志愿者写入服务记录，之后不能再报名、取消或修改到场登记。</Text>
          {blocker && <Text className='cv-notice cv-project-complete__blocked'>{messageFor(blocker)}</Text>}
          <Button className='cv-btn cv-project-complete' disabled={!!blocker || undefined} onClick={() => setConfirming(true)}>
            结项
          </Button>
        </>
      )}
      {confirming && (
        <ConfirmPanel
          question='确认结项吗？'
          confirmText='确认结项'
          pending={c.pending}
          error={c.error}
          onConfirm={() => void c.run().then((ok) => ok && setConfirming(false))}
          onBack={() => setConfirming(false)}
          backText='暂不结项'
        >
          <Text className='cv-form__intro'>将为到场的{attendees}位志愿者按各自到场的场次记录服务时长（谁组织谁记录），未到场的不记录。结项后不能撤销。</Text>
        </ConfirmPanel>
      )}
    </View>
  )
}

function EvaluatePanel({ mover }: { mover: ProjectMover }) {
  const p = mover.project!
  const e = mover.evaluate
  const [grade, setGrade] = useState<ProjectGrade | ''>('')
  const [notes, setNotes] = useState('')
  const [editing, setEditing] = useState(!p.evaluation)
  const written = mover.complete.recordsWritten
  return (
    <View className='cv-form' id='evaluate'>
      {written !== null && <Text className='cv-success'>已结项，写入{written}条服务记录</Text>}
      <Text className='cv-form__title'>项目评价</Text>
      {!editing && (
        <Button className='cv-btn cv-btn--plain' onClick={() => setEditing(true)}>
          修改评价
        </Button>
      )}
      {editing && (
        <>
          <SingleChoiceField
            label='评价等级'
            name='grade'
            required
            options={PROJECT_GRADES.map((g) => ({ value: g, label: g }))}
            value={grade}
            onChange={(g) => (setGrade(g), e.clearField('grade'))}
            error={e.fieldErrors.grade}
          />
          <Field label='评价说明' name='notes' required error={e.fieldErrors.notes}>
            <TextArea
              className='cv-textarea'
              value={notes}
              maxLength={500}
              placeholder='例如：组织有序，服务对象满意'
              onChange={(v) => (setNotes(v), e.clearField('notes'))}
            />
          </Field>
          <FormError message={e.error} />
          <SubmitBar text='提交评价' pending={e.pending} onSubmit={() => void e.run(grade, notes).then((ok) => ok && setEditing(false))} />
        </>
      )}
    </View>
  )
}

export default function StaffPanel({ mover }: { mover: ProjectMover }) {
  const status = mover.project!.status
  if (status === 'declared') return <ReviewPanel mover={mover} />
  if (status === 'published')
    return (
      <>
        <AttendancePanel mover={mover} />
        <CompletePanel mover={mover} />
      </>
    )
  if (status === 'completed') return <EvaluatePanel mover={mover} />
  return null
}
