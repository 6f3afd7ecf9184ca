// One registration in the 审核列表: who (masked ID only), contact, skills, the guardian for a minor, and — while
// pending — 通过 / 不通过 with a reason.
import './index.css'
import { useState } from 'react'
import { Button, Checkbox, TextArea } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Field from '../../../../components/Field'
import FormError from '../../../../components/FormError'
import { GUARDIAN_RELATION_LABELS } from '../../../../hooks/labels'
import { useCatalog } from '../../../../hooks/useCatalog'
import { useReviewDecision, type ReviewItem } from '../../../../hooks/useVolunteerReview'
import { formatShanghai } from '../../../../shared/time'

export default function ReviewCard({ item, onReviewed }: { item: ReviewItem; onReviewed: () => void }) {
  const decision = useReviewDecision(item.id, onReviewed)
  const catalog = useCatalog()
  const [guardianVerified, setGuardianVerified] = useState(false)
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState('')
  const pending = item.status === 'pending'
  const g = item.guardian

  return (
    <View className='cv-review'>
      <View className='cv-review__head'>
        <Text className='cv-review__name'>{item.realName}</Text>
        <Text className='cv-review__age'>
          {item.age}岁 · {item.gender === 'male' ? '男' : '女'}
        </Text>
      </View>
      {item.volunteerNo && <Text className='cv-review__row'>志愿者编号：{item.volunteerNo}</Text>}
      <Text className='cv-review__row'>身份证号：{item.idMasked}</Text>
      <Text className='cv-review__row'>手机号码：{item.phone}</Text>
      <Text className='cv-review__row'>服务技能：{catalog.labels(item.skills)}</Text>
      <Text className='cv-review__row'>服务区域：{item.serviceArea}</Text>
      <Text className='cv-review__row'>申请时间：{formatShanghai(item.createdAt)}</Text>
      {item.rejectReason && <Text className='cv-review__row'>未通过原因：{item.rejectReason}</Text>}
      {g && (
        <View className='cv-review__guardian'>
          <Text className='cv-review__row'>
            未成年人 · 监护人：{g.name}（{GUARDIAN_RELATION_LABELS[g.relation]}）{item.guardianPhone ?? ''}
          </Text>
          {g.verified ? (
            <Text className='cv-review__row'>监护人同意：已核实</Text>
          ) : (
            pending && (
              <Field label='' name='guardianVerified' error={decision.fieldErrors.guardianVerified}>
                <Checkbox
                  className='cv-consent'
                  checked={guardianVerified}
                  onChange={(c) => {
                    setGuardianVerified(c)
                    decision.clearField('guardianVerified')
                  }}
                  label='已核实监护人同意'
                />
              </Field>
            )
          )}
        </View>
      )}
      {pending && rejecting && (
        <Field label='不通过的原因' name='reason' required error={decision.fieldErrors.reason}>
          <TextArea
            className='cv-textarea'
            value={reason}
            maxLength={200}
            placeholder='例如：身份证信息与本人不符'
            onChange={(v) => {
              setReason(v)
              decision.clearField('reason')
            }}
          />
        </Field>
      )}
      {pending && <FormError message={decision.formError} />}
      {pending && !rejecting && (
        <View className='cv-review__actions'>
          <Button className='cv-review__btn' type='primary' size='large' loading={decision.pending} onClick={() => void decision.approve(guardianVerified)}>
            通过
          </Button>
          <Button className='cv-review__btn' size='large' disabled={decision.pending} onClick={() => setRejecting(true)}>
            不通过
          </Button>
        </View>
      )}
      {pending && rejecting && (
        <View className='cv-review__actions'>
          <Button className='cv-review__btn' type='danger' size='large' loading={decision.pending} onClick={() => void decision.reject(reason)}>
            确认不通过
          </Button>
          <Button className='cv-review__btn' size='large' disabled={decision.pending} onClick={() => setRejecting(false)}>
            取消
          </Button>
        </View>
      )}
    </View>
  )
}
