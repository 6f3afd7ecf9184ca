// Adding an address. Mini-program: 在地图上选择 fills the address and its location (Taro.chooseLocation).
// H5: a map-free form; the address is saved without a location.
import { Button, Text, View } from '@tarojs/components'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import type { useAddresses } from '../../../../hooks/useAddresses'
import { CAN_LOCATE, choosePlace } from '../../../../hooks/location'

export default function AddressForm({ book, onDone }: { book: ReturnType<typeof useAddresses>; onDone: () => void }) {
  const { values, setField, fieldErrors: errors } = book

  const pick = async () => {
    const place = await choosePlace()
    if (!place) return
    setField('location', place.location)
    if (!values.detail.trim()) setField('detail', `${place.address}${place.name}`.slice(0, 100))
  }

  return (
    <View className='cv-subform'>
      <TextField
        label='地址名称'
        name='label'
        required
        value={values.label}
        onChange={(v) => setField('label', v)}
        error={errors.label}
        placeholder='例如：家、父母家'
        maxLength={10}
      />
      {CAN_LOCATE && (
        <Button className='cv-btn cv-btn--plain' onClick={() => void pick()}>
          {values.location ? '已选择位置，重新选择' : '在地图上选择位置'}
        </Button>
      )}
      <TextField
        label='详细地址'
        name='detail'
        required
        value={values.detail}
        onChange={(v) => setField('detail', v)}
        error={errors.detail ?? errors.location}
        placeholder='小区、楼栋、门牌号'
        maxLength={100}
      />
      <TextField
        label='联系人'
        name='contactName'
        required
        value={values.contactName}
        onChange={(v) => setField('contactName', v)}
        error={errors.contactName}
        maxLength={20}
      />
      <TextField
        label='联系电话'
        name='contactPhone'
        required
        type='number'
        value={values.contactPhone}
        onChange={(v) => setField('contactPhone', v)}
        error={errors.contactPhone}
        placeholder='11位手机号码'
        maxLength={11}
      />
      {!CAN_LOCATE && <Text className='cv-form__intro'>网页版不显示地图，地址将不带定位保存。</Text>}
      <FormError message={book.formError} fieldErrors={errors} />
      <SubmitBar text='保存地址' pending={book.saving} onSubmit={() => void book.save().then((saved) => saved && onDone())} />
      <Button className='cv-btn cv-btn--plain' onClick={onDone}>
        取消
      </Button>
    </View>
  )
}
