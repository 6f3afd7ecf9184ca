// 修改服务信息: the skills, available times and service area a volunteer offers (volunteers.updateProfile). They apply
// at once: the 抢单大厅, dispatch and the candidate ranking read them as stored.
import { Button, Text, View } from '@tarojs/components'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import type { useVolunteerSelf } from '../../../../hooks/useVolunteerSelf'
import OfferFields from '../OfferFields'

export default function OfferForm({ self }: { self: ReturnType<typeof useVolunteerSelf> }) {
  const { values, setField } = self.form
  const e = self.fieldErrors
  return (
    <View className='cv-form' id='offer-form'>
      <Text className='cv-form__title'>修改服务信息</Text>
      <OfferFields values={values} errors={e} onChange={setField} />
      <FormError message={self.formError} fieldErrors={e} />
      <SubmitBar text='保存' pending={self.pending} onSubmit={() => void self.save()} />
      <Button className='cv-btn cv-btn--plain' disabled={self.pending || undefined} onClick={self.cancelEdit}>
        取消
      </Button>
    </View>
  )
}
