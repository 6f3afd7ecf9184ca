// For the family member: type the 6-digit code your relative gave you, so they may act for you.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import { FAMILY_RELATION_LABELS } from '../../../../hooks/labels'
import type { useFamily } from '../../../../hooks/useFamily'

export default function FamilyConfirm({ family }: { family: ReturnType<typeof useFamily> }) {
  const [code, setCode] = useState('')
  const { confirm, confirmed } = family
  return (
    <View className='cv-form'>
      <Text className='cv-form__title'>输入家人给您的确认码</Text>
      <Text className='cv-form__intro'>家人申请为您代办时会拿到6位确认码。输入后，家人就可以替您办理求助等事项。</Text>
      {confirmed && <Text className='cv-success'>已确认：您的{FAMILY_RELATION_LABELS[confirmed.relation]}现在可以为您代办。</Text>}
      <TextField
        label='确认码'
        name='code'
        type='number'
        value={code}
        onChange={(v) => {
          setCode(v)
          confirm.clearField('code')
        }}
        error={confirm.fieldErrors.code}
        placeholder='6位数字'
        maxLength={6}
      />
      <FormError message={confirm.formError} />
      <SubmitBar text='确认' pending={confirm.pending} onSubmit={() => void family.submitCode(code).then((ok) => ok && setCode(''))} />
    </View>
  )
}
