import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import Taro, { useRouter } from '@tarojs/taro'
import { TextArea } from '@nutui/nutui-react-taro'
import { Button, Text, View } from '@tarojs/components'
import { SingleChoiceField } from '../../../../components/ChoiceField'
import Field from '../../../../components/Field'
import FormError from '../../../../components/FormError'
import LoadState from '../../../../components/LoadState'
import MePage from '../../../../components/MePage'
import SubmitBar from '../../../../components/SubmitBar'
import { optionsOf } from '../../../../hooks/labels'
import { URGENCY_LABELS, windowText } from '../../../../hooks/orderFormat'
import { WINDOW_LABELS, windowFor } from '../../../../hooks/orderWindow'
import { BENEFICIARIES_PAGE, useOrderFor } from '../../../../hooks/useOrderFor'
import { beneficiaryFunding } from '../../../../shared/domain/beneficiaries'
import type { MeView } from '../../../../shared/contracts'

const FUNDING_NOTE = {
  community_pool: '优先服务对象：由社区公益池支付时长，只能由协调员派单。',
  public_service: '按公益服务记录时长（受助对象没有自己的时间账户）。'
}

function OrderForBody({ me, preset }: { me: MeView; preset?: string }) {
  const allowed = me.roles.includes('coordinator')
  const f = useOrderFor(allowed, preset)
  if (!allowed) return <Text className='cv-notice'>代下单需要社区协调员身份。</Text>
  if (f.loading || f.error) return <LoadState loading={f.loading} error={f.error} onRetry={f.reload} />
  const { values: v, setField, fieldErrors: e } = f
  const people = f.people.items
  const who = people.find((b) => b.id === v.beneficiaryId)
  const chosen = windowFor(v.window, Date.now())

  if (!f.people.loading && people.length === 0) {
    return (
      <>
        <Text className='cv-notice'>还没有在册的受助对象。请先登记，再为他们代下单。</Text>
        <Button className='cv-btn' onClick={() => void Taro.redirectTo({ url: BENEFICIARIES_PAGE })}>
          去登记受助对象
        </Button>
      </>
    )
  }
  return (
    <View id='order-for-form'>
      <View className='cv-form'>
        <Text className='cv-form__intro'>为上门或来电求助、没有手机的居民登记订单。完成后由您代为确认。</Text>
        <SingleChoiceField
          label='为谁下单'
          name='beneficiaryId'
          required
          options={people.map((b) => ({ value: b.id, label: b.tagLabels.length ? `${b.name}（${b.tagLabels.join('、')}）` : b.name }))}
          value={v.beneficiaryId}
          onChange={(x) => setField('beneficiaryId', x)}
          error={e.beneficiaryId}
        />
        {who && <Text className='cv-form__intro'>{FUNDING_NOTE[beneficiaryFunding(who.tags)]}</Text>}
      </View>
      <View className='cv-form'>
        <SingleChoiceField
          label='需要什么帮助'
          name='category'
          required
          options={f.categories.map((c) => ({ value: c.category, label: c.label }))}
          value={v.category}
          onChange={(c) => setField('category', c)}
          error={e.category}
        />
      </View>
      <View className='cv-form'>
        <SingleChoiceField
          label='什么时候'
          name='window'
          options={f.windows.map((w) => ({ value: w, label: WINDOW_LABELS[w] }))}
          value={v.window}
          onChange={(w) => setField('window', w)}
          error={e.windowStart ?? e.windowEnd}
        />
        {chosen && <Text className='cv-form__intro'>服务时间：{windowText(chosen.windowStart, chosen.windowEnd)}</Text>}
        <SingleChoiceField
          label='紧急程度'
          name='urgency'
          options={optionsOf(URGENCY_LABELS)}
          value={v.urgency}
          onChange={(x) => setField('urgency', x)}
          error={e.urgency}
        />
        <Field label='需求说明（选填）' name='description' error={e.description}>
          <TextArea
            className='cv-textarea'
            value={v.description}
            maxLength={300}
            placeholder='例如：电话求助，帮忙量血压、陪聊天'
            onChange={(x) => setField('description', x)}
          />
        </Field>
      </View>
      <FormError message={f.formError} fieldErrors={e} />
      <SubmitBar text='提交代下单' pending={f.pending} onSubmit={() => void f.submit()} />
    </View>
  )
}

/** 代下单: a coordinator records a walk-in or phone request for a registered beneficiary (`?beneficiaryId=` preselects). */
export default function OrderForPage() {
  const { params } = useRouter()
  return <MePage>{(me) => <OrderForBody me={me} preset={params.beneficiaryId} />}</MePage>
}
