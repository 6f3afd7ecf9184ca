// 登记保单: one accident-insurance policy (insurer, policy number, period) for the volunteers ticked on the page.
// Nothing is recorded until 确认登记; the server checks the whole list first (all or nothing).
import { Button, Text, View } from '@tarojs/components'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import type { ManagedVolunteer, useVolunteerAdmin } from '../../../../hooks/useVolunteerAdmin'

interface Props {
  admin: ReturnType<typeof useVolunteerAdmin>
  /** The ticked volunteers, to name them back before the policy is recorded. */
  chosen: ManagedVolunteer[]
}

export default function PolicyForm({ admin, chosen }: Props) {
  const { values: v, setField } = admin.form
  const e = admin.fieldErrors
  return (
    <View className='cv-form' id='policy-form'>
      <Text className='cv-form__title'>登记保单（{chosen.length}名志愿者）</Text>
      <Text className='cv-form__intro'>被保险人：{chosen.map((c) => c.realName).join('、')}</Text>
      <TextField
        label='保险公司'
        name='insurer'
        required
        value={v.insurer}
        onChange={(x) => setField('insurer', x)}
        error={e.insurer}
        placeholder='例如：中国人寿'
        maxLength={50}
      />
      <TextField
        label='保单号'
        name='policyNo'
        required
        value={v.policyNo}
        onChange={(x) => setField('policyNo', x)}
        error={e.policyNo}
        placeholder='字母、数字和短横线'
        maxLength={40}
      />
      <TextField
        label='保险起期'
        name='from'
        required
        value={v.from}
        onChange={(x) => setField('from', x)}
        error={e.from}
        placeholder='例如：2025-01-01'
        maxLength={10}
      />
      <TextField
        label='保险止期'
        name='to'
        required
        value={v.to}
        onChange={(x) => setField('to', x)}
        error={e.to}
        placeholder='例如：2025-12-31'
        hint='保障到止期当天24时（北京时间）'
        maxLength={10}
      />
      <FormError message={admin.formError ?? e.volunteerIds ?? null} fieldErrors={e} />
      <SubmitBar text='确认登记' pending={admin.pending} disabled={chosen.length === 0} onSubmit={() => void admin.submitPolicy()} />
      <Button className='cv-btn cv-btn--plain' disabled={admin.pending || undefined} onClick={admin.closePolicy}>
        返回选择
      </Button>
    </View>
  )
}
