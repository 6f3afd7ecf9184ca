// The top of 订单详情: the status in large type and the clock that matters now — the SLA while nobody holds the
// order, the time in service, or the auto-confirm deadline — plus the owner's check-in code.
import { Text, View } from '@tarojs/components'
import type { OrderView } from '../../../../shared/contracts'
import { elapsedText, minutesUntil, slaText, statusLabel, UNASSIGNED } from '../../../../hooks/orderFormat'
import { useNow } from '../../../../hooks/useNow'
import { BEFORE_SERVICE_STATUSES, PRIVATE_VISIBLE_TO_VOLUNTEER } from '../../../../shared/domain/order'
import { formatShanghai } from '../../../../shared/time'

export default function StatusPanel({ order: o }: { order: OrderView }) {
  const now = useNow()
  const left = minutesUntil(o.slaDueAt, now)
  return (
    <View className={`cv-form cv-order-status cv-order-status--${o.status}`}>
      <View className='cv-order-status__head'>
        <Text className='cv-order-status__label'>{statusLabel(o.status)}</Text>
        <Text className='cv-order-status__no'>单号 {o.shortNo}</Text>
      </View>
      {UNASSIGNED.includes(o.status) && (
        <View className='cv-order-status__clock'>
          {o.escalated && <Text className='cv-badge cv-badge--late cv-order-status__escalated'>已超时升级</Text>}
          <Text className='cv-order-status__text cv-order-status__text--tight'>
            {o.status === 'pending' ? '正在等待志愿者接单' : `已派给${o.volunteer?.name ?? '志愿者'}，等待确认`}
          </Text>
          <Text className={`cv-sla${left < 0 ? ' cv-sla--late' : ''}`}>
            {formatShanghai(o.slaDueAt, 'HH:mm')}前响应 · {slaText(left)}
          </Text>
          {o.escalated && <Text className='cv-order-status__text'>已通知社区协调员优先处理</Text>}
        </View>
      )}
      {o.volunteer && PRIVATE_VISIBLE_TO_VOLUNTEER.includes(o.status) && <Text className='cv-order-status__text'>志愿者：{o.volunteer.name}</Text>}
      {o.status === 'in_service' && o.checkInAt && <Text className='cv-order-status__text'>服务已进行 {elapsedText(o.checkInAt, now)}</Text>}
      {o.status === 'awaiting_confirmation' && o.autoConfirmAt && (
        <Text className='cv-order-status__text'>请确认服务已完成。{formatShanghai(o.autoConfirmAt, 'MM-DD HH:mm')}后将自动确认。</Text>
      )}
      {o.status === 'disputed' && o.dispute && <Text className='cv-order-status__text'>申诉理由：{o.dispute.reason}</Text>}
      {o.status === 'cancelled' && o.cancelReason && <Text className='cv-order-status__text'>取消原因：{o.cancelReason}</Text>}
      {o.checkInCode && BEFORE_SERVICE_STATUSES.includes(o.status) && (
        <View className='cv-checkin-code'>
          <Text className='cv-checkin-code__label'>签到码</Text>
          <Text className='cv-checkin-code__digits'>{o.checkInCode}</Text>
          <Text className='cv-checkin-code__hint'>志愿者到达后告诉他/她</Text>
        </View>
      )}
    </View>
  )
}
