import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { TextArea } from '@nutui/nutui-react-taro'
import { Button, Text, View } from '@tarojs/components'
import Field from '../../../../components/Field'
import FormError from '../../../../components/FormError'
import LoadState from '../../../../components/LoadState'
import OrderCard from '../../../../components/OrderCard'
import { ORDER_PAGES } from '../../../../hooks/orderRoutes'
import { useDispatch } from '../../../../hooks/useDispatch'
import CandidateCard from '../../components/CandidateCard'

/** 选择志愿者 (?id=…): the ranked candidates for one order and 派单 (or 改派, with a reason) to one of them. */
export default function DispatchPage() {
  const { params } = useRouter()
  const d = useDispatch(params.id ?? '')
  const [reason, setReason] = useState('')
  const o = d.order
  const open = o && (o.status === 'pending' || d.needsReason)
  const verb = d.needsReason ? '改派' : '派单'
  const eligible = d.candidates.filter((c) => c.eligible)

  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        <LoadState loading={d.loading && !o} error={d.error} onRetry={d.reload} />
        {o && (
          <>
            <OrderCard order={o} />
            {!open && <Text className='cv-notice'>这个订单现在不能派单。</Text>}
            {open && d.needsReason && (
              <View className='cv-form'>
                <Text className='cv-form__intro'>已由 {o.volunteer?.name ?? '志愿者'} 负责，改派需要说明原因（会通知原志愿者并记录）。</Text>
                <Field label='改派原因' name='reason' required error={d.fieldErrors.reason}>
                  <TextArea className='cv-textarea' value={reason} maxLength={200} placeholder='例如：原志愿者临时生病' onChange={setReason} />
                </Field>
              </View>
            )}
            {open && <FormError message={d.formError} />}
            {open && !d.loading && (
              <Text className='cv-form__intro'>{eligible.length ? `${eligible.length}位志愿者可以接这一单，按推荐程度排列` : '暂时没有符合条件的志愿者'}</Text>
            )}
            {open &&
              d.candidates.map((c) => (
                <CandidateCard
                  key={c.volunteerId}
                  candidate={c}
                  verb={verb}
                  busy={d.pending && d.chosen === c.volunteerId}
                  disabled={d.pending}
                  onChoose={() => void d.send(c.volunteerId, reason)}
                />
              ))}
            <Button className='cv-btn cv-btn--plain' onClick={() => void Taro.navigateTo({ url: ORDER_PAGES.detail(o.id) })}>
              查看订单详情
            </Button>
          </>
        )}
      </View>
    </View>
  )
}
