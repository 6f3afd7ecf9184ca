// 添加家人: ask to act for a family member. A member who uses WeChat confirms with a 6-digit code; for one who
// does not, the community coordinator verifies in person.
import '../resident.css'
import { Text, View } from '@tarojs/components'
import { SingleChoiceField } from '../../../../components/ChoiceField'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import { FAMILY_RELATION_LABELS, optionsOf } from '../../../../hooks/labels'
import type { useFamily } from '../../../../hooks/useFamily'

const RELATIONS = optionsOf(FAMILY_RELATION_LABELS)
const USES_PHONE = [
  { value: 'yes', label: '使用微信' },
  { value: 'no', label: '不使用手机' }
] as const

export default function FamilyLinkForm({ family }: { family: ReturnType<typeof useFamily> }) {
  const { values, setField, submitLink, created, dismissCreated } = family
  const errors = family.link.fieldErrors

  if (created) {
    return (
      <View className='cv-form'>
        <Text className='cv-form__title'>已提交</Text>
        {created.confirmCode ? (
          <Text className='cv-form__intro'>
            请把确认码 <Text className='cv-code'>{created.confirmCode}</Text> 告诉{created.memberName}。{created.memberName}
            在自己的微信中打开「家人代办」，输入确认码后即可生效。
          </Text>
        ) : (
          <Text className='cv-form__intro'>{created.memberName}不使用手机，社区协调员会电话或上门核实，核实后即可生效。</Text>
        )}
        <SubmitBar text='知道了' type='default' onSubmit={dismissCreated} />
      </View>
    )
  }

  const uses = values.memberUsesPhone === null ? '' : values.memberUsesPhone ? 'yes' : 'no'
  return (
    <View className='cv-form'>
      <Text className='cv-form__title'>添加家人</Text>
      <Text className='cv-form__intro'>为家人代办求助等事项。需要家人确认或社区核实后才生效。</Text>
      <SingleChoiceField
        label='家人与您的关系'
        name='relation'
        required
        options={RELATIONS}
        value={values.relation}
        onChange={(v) => setField('relation', v)}
        error={errors.relation}
      />
      <TextField
        label='家人姓名'
        name='memberName'
        required
        value={values.memberName}
        onChange={(v) => setField('memberName', v)}
        error={errors.memberName}
        placeholder='家人的真实姓名'
        maxLength={20}
      />
      <SingleChoiceField
        label='家人是否使用微信'
        name='memberUsesPhone'
        required
        options={[...USES_PHONE]}
        value={uses}
        onChange={(v) => setField('memberUsesPhone', v === 'yes')}
        error={errors.memberUsesPhone}
      />
      <TextField
        label='家人手机号码（选填）'
        name='memberPhone'
        type='number'
        value={values.memberPhone}
        onChange={(v) => setField('memberPhone', v)}
        error={errors.memberPhone}
        placeholder='方便社区联系核实'
        maxLength={11}
      />
      <FormError message={family.link.formError} fieldErrors={errors} />
      <SubmitBar text='提交' pending={family.link.pending} onSubmit={() => void submitLink()} />
    </View>
  )
}
