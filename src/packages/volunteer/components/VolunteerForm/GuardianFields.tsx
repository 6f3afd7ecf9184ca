// 14–17: the guardian's name, phone, relation and consent. The coordinator verifies the consent before approving.
import { Checkbox } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { SingleChoiceField } from '../../../../components/ChoiceField'
import Field from '../../../../components/Field'
import TextField from '../../../../components/TextField'
import type { useVolunteerRegistration } from '../../../../hooks/useVolunteerRegistration'
import { GUARDIAN_RELATION_LABELS, optionsOf } from '../../../../hooks/labels'

const RELATION_OPTIONS = optionsOf(GUARDIAN_RELATION_LABELS)

export default function GuardianFields({ reg }: { reg: ReturnType<typeof useVolunteerRegistration> }) {
  const { values, setGuardian, fieldErrors: errors } = reg
  const g = values.guardian
  return (
    <View className='cv-guardian'>
      <Text className='cv-guardian__title'>监护人信息</Text>
      <Text className='cv-guardian__intro'>未满18周岁注册志愿者，需要监护人同意。社区协调员会与监护人核实。</Text>
      {errors.guardian && <Text className='cv-field__error'>{errors.guardian}</Text>}
      <TextField
        label='监护人姓名'
        name='guardian.name'
        required
        value={g.name}
        onChange={(v) => setGuardian('name', v)}
        error={errors['guardian.name']}
        placeholder='与身份证一致'
        maxLength={20}
      />
      <TextField
        label='监护人手机号码'
        name='guardian.phone'
        required
        type='number'
        value={g.phone}
        onChange={(v) => setGuardian('phone', v)}
        error={errors['guardian.phone']}
        placeholder='11位手机号码'
        maxLength={11}
      />
      <SingleChoiceField
        label='监护人与您的关系'
        name='guardian.relation'
        required
        options={RELATION_OPTIONS}
        value={g.relation as keyof typeof GUARDIAN_RELATION_LABELS | ''}
        onChange={(v) => setGuardian('relation', v)}
        error={errors['guardian.relation']}
      />
      <Field label='监护人同意' name='guardian.consent' error={errors['guardian.consent']}>
        <Checkbox className='cv-consent' checked={g.consent} onChange={(c) => setGuardian('consent', c)} label='我的监护人已知晓并同意我注册成为志愿者' />
      </Field>
    </View>
  )
}
