// A reward card (kind, name, description, cost, stock, 兑换) and a redemption row (pickup code, status), shown to
// members in 积分商城 and to coordinators in 积分商城管理. Plain Taro components.
import './index.css'
import type { ReactNode } from 'react'
import { Button, Text, View } from '@tarojs/components'
import type { Redemption, Reward } from '../../hooks/useRewards'
import { formatShanghai } from '../../shared/time'

export function RewardItem({ r, blocker, onRedeem }: { r: Reward; blocker: string | null; onRedeem?: () => void }) {
  return (
    <View className='cv-reward' id={`reward-${r.id}`}>
      <View className='cv-reward__head'>
        <Text className={`cv-reward__kind cv-reward__kind--${r.kind}`}>{r.kindLabel}</Text>
        <Text className='cv-reward__name'>{r.name}</Text>
      </View>
      {r.description && <Text className='cv-reward__desc'>{r.description}</Text>}
      <View className='cv-reward__foot'>
        <Text className='cv-reward__cost'>{r.cost} 积分</Text>
        <Text className='cv-reward__stock'>{r.stock > 0 ? `剩余 ${r.stock}` : '已兑完'}</Text>
      </View>
      {onRedeem && (
        <Button className={`cv-btn${blocker ? ' cv-btn--plain' : ''} cv-reward__btn`} disabled={!!blocker || undefined} onClick={onRedeem}>
          {blocker ?? '兑换'}
        </Button>
      )}
    </View>
  )
}

export function RedemptionItem({ d, action }: { d: Redemption; action?: ReactNode }) {
  return (
    <View className={`cv-redemption cv-redemption--${d.status}`} id={`redemption-${d.id}`}>
      <View className='cv-redemption__main'>
        <Text className='cv-redemption__name'>{d.rewardName}</Text>
        {d.memberName && <Text className='cv-redemption__meta'>兑换人：{d.memberName}</Text>}
        <Text className='cv-redemption__meta'>
          {formatShanghai(d.createdAt)} · {d.cost} 积分
        </Text>
        <Text className='cv-redemption__status'>{d.statusLabel}</Text>
      </View>
      <View className='cv-redemption__side'>
        <Text className='cv-redemption__code-label'>领取码</Text>
        <Text className='cv-redemption__code'>{d.pickupCode}</Text>
      </View>
      {action}
    </View>
  )
}
