// 我的兑换: the member's redemptions with their pickup codes (paged).
import ListFooter from '../../../../components/ListFooter'
import { RedemptionItem } from '../../../../components/RewardCard'
import { Text, View } from '@tarojs/components'
import type { useRewardShop } from '../../../../hooks/useRewards'

export default function MyRedemptions({ mine }: { mine: ReturnType<typeof useRewardShop>['mine'] }) {
  return (
    <View className='cv-form' id='my-redemptions'>
      <Text className='cv-form__title'>我的兑换</Text>
      <Text className='cv-form__intro'>凭领取码到社区服务站领取物品或使用特权。</Text>
      {mine.items.map((d) => (
        <RedemptionItem key={d.id} d={d} />
      ))}
      <ListFooter list={mine} count={mine.items.length} empty='还没有兑换记录' />
    </View>
  )
}
