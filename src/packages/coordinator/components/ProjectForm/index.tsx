// 申报项目: what, where, how many, and the sessions (day and start from pickers, duration in hours + minutes; 添加一场
// copies the last one a week later). Every confirmed volunteer's record holds the sessions' total at completion.
import './index.css'
import { TextArea } from '@nutui/nutui-react-taro'
import { Button, Picker, Text, View } from '@tarojs/components'
import { SingleChoiceField } from '../../../../components/ChoiceField'
import DurationField from '../../../../components/DurationField'
import Field from '../../../../components/Field'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import { MAX_SESSIONS, type SessionDraft, type useProjectDeclare } from '../../../../hooks/useProjectDeclare'
import { toMinutes } from '../../../../hooks/timebankFormat'
import { useCatalog } from '../../../../hooks/useCatalog'
import { formatMinutes } from '../../../../shared/time'

type Form = ReturnType<typeof useProjectDeclare>

function SessionRow({ f, s, i }: { f: Form; s: SessionDraft; i: number }) {
  const err = f.fieldErrors
  return (
    <View className='cv-session-form' id={`session-${i}`}>
      <View className='cv-session-form__head'>
        <Text className='cv-session-form__title'>第{i + 1}场</Text>
        {f.sessions.length > 1 && (
          <Text className='cv-session-form__remove' onClick={() => f.removeSession(i)}>
            删除
          </Text>
        )}
      </View>
      <View className='cv-session-form__when'>
        <Picker mode='date' value={s.day} start='2000-01-01' end='2100-12-31' onChange={(e) => f.setSession(i, { day: String(e.detail.value) })}>
          <Text className='cv-session-form__pick'>{s.day}</Text>
        </Picker>
        <Picker mode='time' value={s.time} onChange={(e) => f.setSession(i, { time: String(e.detail.value) })}>
          <Text className='cv-session-form__pick'>{s.time}</Text>
        </Picker>
      </View>
      <DurationField
        label='时长'
        name={`sessions-${i}-duration`}
        hours={s.hours}
        minutes={s.minutes}
        onChange={(hours, minutes) => f.setSession(i, { hours, minutes })}
        error={err[`sessions.${i}.minutes`] ?? err[`sessions.${i}.startsAt`] ?? err[`sessions.${i}`]}
      />
    </View>
  )
}

export default function ProjectForm({ f }: { f: Form }) {
  const catalog = useCatalog()
  const { values, setField, fieldErrors: errors } = f
  const total = f.sessions.reduce((n, s) => n + (toMinutes(s.hours, s.minutes) || 0), 0)
  return (
    <View>
      <View className='cv-form'>
        <Text className='cv-form__intro'>申报后由社区协调员审核，通过即发布到项目库，志愿者可报名；名额满后进入候补。</Text>
        <TextField
          label='项目名称'
          name='title'
          required
          value={values.title}
          onChange={(v) => setField('title', v)}
          error={errors.title}
          placeholder='例如：重阳节敬老探访'
          maxLength={40}
        />
        <Field label='项目介绍' name='description' required error={errors.description}>
          <TextArea
            className='cv-textarea'
            value={values.description}
            maxLength={500}
            placeholder='服务内容、对象、需要志愿者做什么'
            onChange={(v) => setField('description', v)}
          />
        </Field>
        <SingleChoiceField
          label='服务类别（选填）'
          name='category'
          options={catalog.live.map((c) => ({ value: c.category, label: c.label }))}
          value={values.category}
          onChange={(c) => setField('category', c)}
          error={errors.category}
        />
        <TextField
          label='服务地点'
          name='place'
          required
          value={values.place}
          onChange={(v) => setField('place', v)}
          error={errors.place}
          placeholder='例如：文昌社区党群服务中心'
          maxLength={60}
        />
        <TextField
          label='招募人数'
          name='capacity'
          required
          type='number'
          value={values.capacity}
          onChange={(v) => setField('capacity', v)}
          error={errors.capacity}
          placeholder='1～500'
          maxLength={3}
        />
      </View>
      <View className='cv-form'>
        <Text className='cv-form__title'>服务场次</Text>
        {f.sessions.map((s, i) => (
          <SessionRow key={i} f={f} s={s} i={i} />
        ))}
        {errors.sessions && <Text className='cv-field__error'>{errors.sessions}</Text>}
        {f.sessions.length < MAX_SESSIONS && (
          <Button className='cv-btn cv-btn--plain cv-session-form__add' onClick={f.addSession}>
            ＋ 添加一场
          </Button>
        )}
        <Text className='cv-form__intro'>每位参加的志愿者结项时记录 {formatMinutes(total)}</Text>
      </View>
      <FormError message={f.formError} fieldErrors={errors} />
      <SubmitBar text='提交申报' pending={f.pending} onSubmit={() => void f.submit()} />
    </View>
  )
}
