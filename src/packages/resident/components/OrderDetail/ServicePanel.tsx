// Who serves and how it went: the volunteer, check-in and check-out, the minutes (and a coordinator's ruling), the
// resident's rating and any dispute. Shown once a volunteer is on the order.
import { Text, View } from '@tarojs/components'
import type { OrderView } from '../../../../shared/contracts'
import { formatMinutes, formatShanghai } from '../../../../shared/time'
import { Row } from './Row'

export default function ServicePanel({ order: o }: { order: OrderView }) {
  if (!o.volunteer && !o.rating && !o.dispute && o.servedMinutes === null) return null
  const ruled = o.finalMinutes !== null && o.finalMinutes !== o.servedMinutes
  return (
    <View className='cv-form'>
      <Text className='cv-form__title'>服务情况</Text>
      {o.volunteer && <Row label='志愿者' value={o.volunteer.volunteerNo ? `${o.volunteer.name}（${o.volunteer.volunteerNo}）` : o.volunteer.name} />}
      {o.acceptedAt && <Row label='接单时间' value={formatShanghai(o.acceptedAt)} />}
      {o.checkInAt && <Row label='到达签到' value={formatShanghai(o.checkInAt)} />}
      {o.checkOutAt && <Row label='服务签退' value={formatShanghai(o.checkOutAt)} />}
      {o.servedMinutes !== null && <Row label='服务时长' value={formatMinutes(o.servedMinutes)} />}
      {ruled && <Row label='裁定时长' value={formatMinutes(o.finalMinutes as number)} />}
      {o.settlement !== 'none' && (o.finalMinutes ?? 0) > 0 && <Row label='时长入账' value={o.settlement === 'settled' ? '已入账' : '入账中，约数秒'} />}
      {o.rating && (
        <View className='cv-detail-rating'>
          <Text className='cv-detail-rating__stars'>
            {'★'.repeat(o.rating.stars)}
            {'☆'.repeat(5 - o.rating.stars)}
          </Text>
          {o.rating.tags.length > 0 && (
            <View className='cv-tags'>
              {o.rating.tags.map((t) => (
                <Text key={t} className='cv-tag'>
                  {t}
                </Text>
              ))}
            </View>
          )}
          {o.rating.comment && <Text className='cv-detail-rating__comment'>{o.rating.comment}</Text>}
        </View>
      )}
      {o.dispute && (
        <View className='cv-detail-dispute'>
          <Text className='cv-detail-dispute__title'>申诉</Text>
          <Text className='cv-detail-dispute__text'>理由：{o.dispute.reason}</Text>
          {o.dispute.resolution && <Text className='cv-detail-dispute__text'>裁定：{o.dispute.resolution}</Text>}
          {o.dispute.minutes !== null && <Text className='cv-detail-dispute__text'>认定时长：{formatMinutes(o.dispute.minutes)}</Text>}
        </View>
      )}
    </View>
  )
}
