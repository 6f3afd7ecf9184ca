// The 注册成为志愿者 form. Values and errors live in useVolunteerRegistration; this only lays them out.
import './index.css'
import { Text, View } from '@tarojs/components'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import type { useVolunteerRegistration } from '../../../../hooks/useVolunteerRegistration'
import { idStatus } from '../../../../hooks/volunteerForm'
import { messageFor } from '../../../../shared/errors'
import OfferFields from '../OfferFields'
import GuardianFields from './GuardianFields'

type Registration = ReturnType<typeof useVolunteerRegistration>

export default function VolunteerForm({ reg }: { reg: Registration }) {
  const { values, setField, fieldErrors: errors } = reg
  const id = idStatus(values.idNumber)
  const tooYoung = id.state === 'ok' && id.band === 'too_young'
  // Instant feedback once all 18 characters are typed; the server answers with the same codes.
  const idError = errors.idNumber ?? (id.state === 'invalid' ? id.message : tooYoung ? messageFor('TOO_YOUNG') : undefined)
  const idHint =
    id.state === 'ok' && !tooYoung ? (
      <Text className='cv-age'>
        年龄：{id.age}岁{id.band === 'minor_with_guardian' ? '（未满18周岁，需要监护人同意）' : ''}
      </Text>
    ) : null

  return (
    <View className='cv-form'>
      <Text className='cv-form__intro'>根据《志愿服务条例》，志愿者需实名注册。身份证号码加密保存，只显示前4位和后4位。</Text>
      <TextField
        label='真实姓名'
        name='realName'
        required
        value={values.realName}
        onChange={(v) => setField('realName', v)}
        error={errors.realName}
        placeholder='与身份证一致'
        maxLength={20}
      />
      <TextField
        label='身份证号码'
        name='idNumber'
        required
        type='idcard'
        value={values.idNumber}
        onChange={(v) => setField('idNumber', v)}
        error={idError}
        hint={idHint}
        placeholder='18位身份证号码'
        maxLength={18}
      />
      {tooYoung && <Text className='cv-notice'>未满14周岁暂不能注册为志愿者。欢迎在家长陪同下参加社区活动，年满14周岁后再来注册。</Text>}
      {id.state === 'ok' && id.band === 'minor_with_guardian' && <GuardianFields reg={reg} />}
      <TextField
        label='手机号码'
        name='phone'
        required
        type='number'
        value={values.phone}
        onChange={(v) => setField('phone', v)}
        error={errors.phone}
        placeholder='11位手机号码'
        maxLength={11}
      />
      <OfferFields values={values} errors={errors} onChange={setField} />
      <FormError message={reg.formError} fieldErrors={errors} />
      <SubmitBar text='提交注册' pending={reg.pending} disabled={tooYoung} onSubmit={() => void reg.submit()} />
    </View>
  )
}
