// 积分商城's top card: spendable 爱心积分 in big type, how points are earned here, and when the soonest ones expire.
// Points are not time-bank hours: the card says so, because both come from service.
import './index.css'
import { Text, View } from '@tarojs/components'
import type { PointsAccount } from '../../../../hooks/useRewards'

const dayLabel = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`

export default function PointsCard({ account: a }: { account: PointsAccount }) {
  return (
    <View className='cv-points'>
      <Text className='cv-points__caption'>我的爱心积分</Text>
      <Text className='cv-points__big' id='points-balance'>
        {a.balance}
      </Text>
      {a.nextExpiry && (
        <Text className='cv-points__note cv-points__note--warn' id='points-expiry'>
          其中 {a.nextExpiry.points} 积分将于 {dayLabel(a.nextExpiry.lastDay)} 到期，请尽早使用
        </Text>
      )}
      <Text className='cv-points__note'>
        参加志愿服务每小时获得 {a.pointsPerHour} 积分；当年获得的积分在次年12月31日前有效。{a.expired > 0 ? `已过期 ${a.expired} 积分。` : ''}
        积分与时间银行的时间分开计算，兑换不影响您的时间。
      </Text>
    </View>
  )
}
