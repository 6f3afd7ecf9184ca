// 一键求助 form. The service tiles come first and 提交求助 stays at the bottom of the screen, so after the first
// time (address and time remembered) a resident needs three taps: 一键求助 → a service → 提交求助.
import './index.css'
import { TextArea } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Field from '../../../../components/Field'
import FormError from '../../../../components/FormError'
import { SingleChoiceField } from '../../../../components/ChoiceField'
import SubmitBar from '../../../../components/SubmitBar'
import { FAMILY_RELATION_LABELS, optionsOf } from '../../../../hooks/labels'
import { FUNDING_LABELS, URGENCY_LABELS, windowText } from '../../../../hooks/orderFormat'
import { WINDOW_LABELS, windowFor } from '../../../../hooks/orderWindow'
import type { useOrderDraft } from '../../../../hooks/useOrderDraft'
import AddressChoice from './AddressChoice'
import CategoryGrid from './CategoryGrid'
import Photos from '../Photos'

const SELF = 'self'

export default function OrderForm({ draft }: { draft: ReturnType<typeof useOrderDraft> }) {
  const { values, setField, fieldErrors: errors } = draft
  const chosen = windowFor(values.window, Date.now())
  const entry = draft.categories.find((c) => c.category === values.category)
  const address = draft.addresses.find((a) => a.id === values.addressId)
  // What 提交求助 will send, always in sight: the tiles scroll away once the resident looks further down.
  const summary = entry
    ? [entry.label, address?.label ?? '未选地址', chosen ? windowText(chosen.windowStart, chosen.windowEnd) : ''].filter(Boolean).join(' · ')
    : '请先选择需要什么帮助'
  const forOptions = [
    { value: SELF, label: '我自己' },
    ...draft.family.map((l) => ({ value: l.id, label: `${FAMILY_RELATION_LABELS[l.relation]}：${l.memberName}` }))
  ]

  return (
    <View className='cv-order-form'>
      <View className='cv-form'>
        <CategoryGrid entries={draft.categories} value={values.category} onChange={(c) => setField('category', c)} error={errors.category} />
      </View>
      <View className='cv-form'>
        <AddressChoice addresses={draft.addresses} value={values.addressId} onChange={(id) => setField('addressId', id)} error={errors.addressId} />
        <SingleChoiceField
          label='什么时候'
          name='window'
          options={draft.windows.map((w) => ({ value: w, label: WINDOW_LABELS[w] }))}
          value={values.window}
          onChange={(w) => setField('window', w)}
          error={errors.windowStart ?? errors.windowEnd}
        />
        {chosen && <Text className='cv-order-form__window'>服务时间：{windowText(chosen.windowStart, chosen.windowEnd)}</Text>}
      </View>
      <View className='cv-form'>
        <Field label='补充说明（选填）' name='description' error={errors.description}>
          <TextArea
            className='cv-textarea'
            value={values.description}
            maxLength={300}
            placeholder='例如：帮忙买米和油，送到家门口'
            onChange={(v) => setField('description', v)}
          />
        </Field>
        <Photos label='照片（选填，最多3张）' name='photos' required={false} picker={draft.photos} error={errors.photos} />
      </View>
      <View className='cv-form'>
        {draft.family.length > 0 && (
          <SingleChoiceField
            label='为谁求助'
            name='forLinkId'
            options={forOptions}
            value={values.forLinkId || SELF}
            onChange={(v) => setField('forLinkId', v === SELF ? '' : v)}
            error={errors.forLinkId}
          />
        )}
        <SingleChoiceField
          label='紧急程度'
          name='urgency'
          options={optionsOf(URGENCY_LABELS)}
          value={values.urgency}
          onChange={(v) => setField('urgency', v)}
          error={errors.urgency}
        />
        <SingleChoiceField
          label='时间支付方式'
          name='funding'
          options={optionsOf(FUNDING_LABELS)}
          value={values.funding}
          onChange={(v) => setField('funding', v)}
          error={errors.funding}
        />
      </View>
      <View className='cv-order-form__bar'>
        <Text className='cv-order-form__summary'>{summary}</Text>
        <FormError message={draft.formError} fieldErrors={errors} />
        <SubmitBar text='提交求助' pending={draft.pending} disabled={draft.photos.uploading} onSubmit={() => void draft.submit()} />
      </View>
    </View>
  )
}
