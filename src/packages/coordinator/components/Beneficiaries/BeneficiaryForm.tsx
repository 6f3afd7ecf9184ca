// 登记 / 编辑受助对象: name, a phone if there is one (mobile or landline), the address, categories and a note. The
// mini-program can pin the address on WeChat's map; without a pin the order uses the community's location.
import { TextArea } from '@nutui/nutui-react-taro'
import { Button, Text, View } from '@tarojs/components'
import { MultiChoiceField } from '../../../../components/ChoiceField'
import Field from '../../../../components/Field'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import { CAN_LOCATE, choosePlace } from '../../../../hooks/location'
import { optionsOf } from '../../../../hooks/labels'
import type { useBeneficiaries } from '../../../../hooks/useBeneficiaries'
import { BENEFICIARY_TAG_LABELS, isPriorityBeneficiary } from '../../../../shared/domain/beneficiaries'

const TAGS = optionsOf(BENEFICIARY_TAG_LABELS)

export default function BeneficiaryForm({ reg }: { reg: ReturnType<typeof useBeneficiaries> }) {
  const { values: v, setField } = reg.form
  const e = reg.fieldErrors
  const pick = async () => {
    const place = await choosePlace()
    if (!place) return
    setField('location', place.location)
    if (!v.address.trim()) setField('address', `${place.address}${place.name}`.slice(0, 100))
  }
  return (
    <View className='cv-form' id='beneficiary-form'>
      <Text className='cv-form__title'>{v.beneficiaryId ? '编辑受助对象' : '登记受助对象'}</Text>
      <Text className='cv-form__intro'>为没有手机或不会用微信的居民登记，之后可以替他们代下单。信息只有本社区协调员和接单志愿者可见。</Text>
      <TextField label='姓名' name='name' required value={v.name} onChange={(x) => setField('name', x)} error={e.name} maxLength={20} />
      <TextField
        label='联系电话（选填）'
        name='phone'
        type='tel'
        value={v.phone}
        onChange={(x) => setField('phone', x)}
        error={e.phone}
        placeholder='手机号码或带区号的固定电话'
        maxLength={13}
      />
      <TextField
        label='详细地址'
        name='address'
        required
        value={v.address}
        onChange={(x) => setField('address', x)}
        error={e.address}
        placeholder='例如：文昌路12号2栋101'
        maxLength={100}
      />
      {CAN_LOCATE && (
        <Button className='cv-btn cv-btn--plain' onClick={() => void pick()}>
          {v.location ? '已在地图上选定位置（点此重选）' : '在地图上选择位置（选填）'}
        </Button>
      )}
      <MultiChoiceField label='类别（可多选）' name='tags' options={TAGS} value={v.tags} onChange={(x) => setField('tags', x)} error={e.tags} />
      {isPriorityBeneficiary(v.tags) && <Text className='cv-form__intro'>属于优先服务对象：订单在调度台排在前面，时长由社区公益池支付。</Text>}
      <Field label='备注（选填）' name='note' error={e.note}>
        <TextArea
          className='cv-textarea'
          value={v.note}
          maxLength={200}
          placeholder='例如：行动不便，上门请先敲门再打电话'
          onChange={(x) => setField('note', x)}
        />
      </Field>
      <FormError message={reg.formError} fieldErrors={e} />
      <SubmitBar text={v.beneficiaryId ? '保存修改' : '登记'} pending={reg.pending} onSubmit={() => void reg.save()} />
      <Button className='cv-btn cv-btn--plain' disabled={reg.pending || undefined} onClick={reg.cancel}>
        取消
      </Button>
    </View>
  )
}
