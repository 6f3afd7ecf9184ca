// 我的时间银行's top card: what can be used now (可用) in big type, then 余额 and 冻结 (reserved for services
// ordered but not yet served), the totals, the storage cap and today's transfer allowance.
import './index.css'
import { Text, View } from '@tarojs/components'
import type { Account } from '../../../../hooks/useTimebank'
import { formatMinutes } from '../../../../shared/time'

const Row = ({ label, value, id }: { label: string; value: string; id?: string }) => (
  <View className='cv-balance__row' id={id}>
    <Text className='cv-balance__label'>{label}</Text>
    <Text className='cv-balance__value'>{value}</Text>
  </View>
)

export default function BalanceCard({ account: a }: { account: Account }) {
  const nearCap = a.capMinutes > 0 && a.balance >= a.capMinutes * 0.9
  return (
    <View className='cv-balance'>
      <Text className='cv-balance__caption'>可用时间</Text>
      <Text className='cv-balance__big' id='balance-available'>
        {formatMinutes(a.available)}
      </Text>
      <View className='cv-balance__split'>
        <View className='cv-balance__cell' id='balance-balance'>
          <Text className='cv-balance__cell-label'>余额</Text>
          <Text className='cv-balance__cell-value'>{formatMinutes(a.balance)}</Text>
        </View>
        <View className='cv-balance__cell' id='balance-held'>
          <Text className='cv-balance__cell-label'>冻结（已预约服务）</Text>
          <Text className='cv-balance__cell-value'>{formatMinutes(a.held)}</Text>
        </View>
      </View>
      <View className='cv-balance__totals'>
        <Row label='累计服务获得' value={formatMinutes(a.totals.earned)} id='total-earned' />
        <Row label='累计接受服务使用' value={formatMinutes(a.totals.spent)} />
        <Row label='家人转入 / 转出' value={`${formatMinutes(a.totals.transferredIn)} / ${formatMinutes(a.totals.transferredOut)}`} />
        <Row label='累计捐赠' value={formatMinutes(a.totals.donated)} />
        <Row label='今日还可转赠' value={formatMinutes(a.transferLeftToday)} />
      </View>
      <Text className={`cv-balance__note${nearCap ? ' cv-balance__note--warn' : ''}`}>
        {nearCap ? '您的时间已接近' : ''}存储上限{formatMinutes(a.capMinutes)}
        ，超出部分将自动捐入社区捐赠池。时间只能用于换取服务、转赠家人或捐赠，不能兑换现金。
      </Text>
    </View>
  )
}
