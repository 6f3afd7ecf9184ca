// One order in a list (我的求助, 我的服务, 抢单大厅): category, status, window, where, who serves. Tapping it opens
// 订单详情; `children` are the card's own buttons (抢单, 接单…), whose taps do not open the detail.
import './index.css'
import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { OrderView } from '../../shared/contracts'
import { distanceText, statusLabel, URGENCY_LABELS, windowText } from '../../hooks/orderFormat'
import { ORDER_PAGES } from '../../hooks/orderRoutes'
import { formatMinutes } from '../../shared/time'

interface Props {
  order: OrderView
  /** Hide the status badge where every card has the same one (抢单大厅). */
  hideStatus?: boolean
  children?: ReactNode
}

export function StatusBadge({ status }: { status: OrderView['status'] }) {
  return <Text className={`cv-badge cv-badge--${status}`}>{statusLabel(status)}</Text>
}

export default function OrderCard({ order: o, hideStatus, children }: Props) {
  const distance = distanceText(o.distanceMeters)
  const open = () => void Taro.navigateTo({ url: ORDER_PAGES.detail(o.id) })
  return (
    <View className='cv-order' id={`order-${o.id}`}>
      <View onClick={open}>
        <View className='cv-order__head'>
          <Text className='cv-order__title'>{o.categoryLabel}</Text>
          <View className='cv-badges'>
            {o.urgency === 'urgent' && <Text className='cv-badge cv-badge--urgent'>{URGENCY_LABELS.urgent}</Text>}
            {o.escalated && (o.status === 'pending' || o.status === 'dispatched') && <Text className='cv-badge cv-badge--late'>已超时升级</Text>}
            {!hideStatus && <StatusBadge status={o.status} />}
          </View>
        </View>
        <Text className='cv-order__row cv-order__row--strong'>时间：{windowText(o.windowStart, o.windowEnd)}</Text>
        {o.address ? (
          <Text className='cv-order__row cv-order__row--strong'>地址：{o.address.detail}</Text>
        ) : (
          <Text className='cv-order__row'>
            地点：{o.area}
            {distance ? ` · 距您${distance}` : ''}
          </Text>
        )}
        <Text className='cv-order__row'>预计用时：{formatMinutes(o.estimatedMinutes)}</Text>
        {o.beneficiaryName && <Text className='cv-order__row'>服务对象：{o.beneficiaryName}</Text>}
        {o.volunteer && !o.viewer.includes('assignee') && <Text className='cv-order__row'>志愿者：{o.volunteer.name}</Text>}
        {o.description && <Text className='cv-order__row'>需求：{o.description}</Text>}
      </View>
      {children && <View className='cv-order__foot'>{children}</View>}
    </View>
  )
}
