// 修改服务信息: the skills, available times and service area a volunteer offers (volunteers.updateProfile). They apply
// at once: the 抢单大厅, dispatch and the candidate ranking read them as stored.
import { Button, Text, View } from '@tarojs/components'
import { MultiChoiceField } from '../../../../components/ChoiceField'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import { AVAILABILITY_LABELS, optionsOf } from '../../../../hooks/labels'
import { useCatalog } from '../../../../hooks/useCatalog'
import type { useVolunteerSelf } from '../../../../hooks/useVolunteerSelf'

const SLOT_OPTIONS = optionsOf(AVAILABILITY_LABELS)

export default function OfferForm({ self }: { self: ReturnType<typeof useVolunteerSelf> }) {
  const { values, setField } = self.form
  const e = self.fieldErrors
  // The community's services (its own categories too); a retired one stays only while the volunteer still lists it.
  const catalog = useCatalog()
  const skillOptions = (catalog.entries ?? [])
    .filter((c) => !c.retired || values.skills.includes(c.category))
    .map((c) => ({ value: c.category, label: c.label }))
  return (
    <View className='cv-form' id='offer-form'>
      <Text className='cv-form__title'>修改服务信息</Text>
      <MultiChoiceField
        label='服务技能（可多选）'
        name='skills'
        required
        options={skillOptions}
        value={values.skills}
        onChange={(x) => setField('skills', x)}
        error={e.skills}
      />
      <MultiChoiceField
        label='可服务时段（可多选）'
        name='availability'
        required
        options={SLOT_OPTIONS}
        value={values.availability}
        onChange={(x) => setField('availability', x)}
        error={e.availability}
      />
      <TextField
        label='服务区域'
        name='serviceArea'
        required
        value={values.serviceArea}
        onChange={(x) => setField('serviceArea', x)}
        error={e.serviceArea}
        placeholder='例如：文昌社区及周边'
        maxLength={50}
      />
      <FormError message={self.formError} fieldErrors={e} />
      <SubmitBar text='保存' pending={self.pending} onSubmit={() => void self.save()} />
      <Button className='cv-btn cv-btn--plain' disabled={self.pending || undefined} onClick={self.cancelEdit}>
        取消
      </Button>
    </View>
  )
}
