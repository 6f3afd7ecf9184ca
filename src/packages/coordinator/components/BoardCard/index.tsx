// One order on 调度台: what, where, when, who — and while nobody holds it, the SLA clock (red once late). Unassigned
// or held orders open 选择志愿者 (派单/改派); the rest open 订单详情.
import '../../../../components/OrderCard/index.css'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { StatusBadge } from '../../../../components/OrderCard'
import { minutesUntil, slaText, URGENCY_LABELS, windowText } from '../../../../hooks/orderFormat'
import { ORDER_PAGES } from '../../../../hooks/orderRoutes'
import type { BoardItem } from '../../../../hooks/useOrderLists'
import { BEFORE_SERVICE_STATUSES } from '../../../../shared/domain/order'
import { formatShanghai } from '../../../../shared/time'

/** Before service starts a coordinator may still send the order to someone (派单, or 改派 once someone has it). */
const DISPATCHABLE = BEFORE_SERVICE_STATUSES

/** `serverNow`: the server's clock as of now (ours corrected by the skew), so the countdown keeps running. */
export default function BoardCard({ item: o, serverNow }: { item: BoardItem; serverNow: number }) {
  const left = o.slaMinutesLeft === null ? null : minutesUntil(o.slaDueAt, serverNow)
  const url = DISPATCHABLE.includes(o.status) ? ORDER_PAGES.dispatch(o.id) : ORDER_PAGES.detail(o.id)
  return (
    <View className='cv-order' id={`board-${o.id}`} onClick={() => void Taro.navigateTo({ url })}>
      <View className='cv-order__head'>
        <Text className='cv-order__title'>{o.categoryLabel}</Text>
        <View className='cv-badges'>
          {o.urgency === 'urgent' && <Text className='cv-badge cv-badge--urgent'>{URGENCY_LABELS.urgent}</Text>}
          {o.escalated && <Text className='cv-badge cv-badge--late'>已升级</Text>}
          <StatusBadge status={o.status} />
        </View>
      </View>
      {left !== null && <Text className={`cv-order__row cv-sla${left < 0 ? ' cv-sla--late' : ''}`}>响应时限：{slaText(left)}</Text>}
      <Text className='cv-order__row cv-order__row--strong'>时间：{windowText(o.windowStart, o.windowEnd)}</Text>
      <Text className='cv-order__row'>地点：{o.area}</Text>
      {o.beneficiaryName && <Text className='cv-order__row'>服务对象：{o.beneficiaryName}</Text>}
      <Text className='cv-order__row'>{o.volunteer ? `志愿者：${o.volunteer.name}` : '尚未安排志愿者'}</Text>
      <Text className='cv-order__row'>
        提交：{formatShanghai(o.createdAt, 'MM-DD HH:mm')} · 单号 {o.shortNo}
      </Text>
      <Text className='cv-board__go'>{o.status === 'pending' ? '派单 ›' : DISPATCHABLE.includes(o.status) ? '改派 ›' : '查看 ›'}</Text>
    </View>
  )
}
