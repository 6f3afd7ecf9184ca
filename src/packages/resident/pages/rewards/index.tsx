import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { Button, Text, View } from '@tarojs/components'
import ConfirmPanel from '../../../../components/ConfirmPanel'
import LoadState from '../../../../components/LoadState'
import { useRewardShop } from '../../../../hooks/useRewards'
import PointsCard from '../../components/PointsCard'
import MyRedemptions from '../../components/MyRedemptions'
import { RewardItem } from '../../../../components/RewardCard'

/**
 * 积分商城 (any member): the points card, then either the confirmation of one 兑换 or the catalogue; after a
 * redemption its pickup code in big type; my redemptions at the bottom.
 */
export default function RewardsPage() {
  const s = useRewardShop()
  const a = s.account.data
  const items = s.catalogue.data?.items ?? []
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        {!a && <LoadState loading={s.account.loading} error={s.account.error} onRetry={s.account.reload} />}
        {a && <PointsCard account={a} />}
        {s.done && (
          <View className='cv-redeemed' id='redeem-done'>
            <Text className='cv-redeemed__title'>兑换成功：{s.done.rewardName}</Text>
            <Text className='cv-redeemed__code' id='redeem-code'>
              {s.done.pickupCode}
            </Text>
            <Text className='cv-redeemed__hint'>请凭此领取码到社区服务站领取，也可在下方「我的兑换」中查看。</Text>
          </View>
        )}
        {s.chosen ? (
          <ConfirmPanel
            question={`确认用 ${s.chosen.cost} 积分兑换「${s.chosen.name}」？`}
            confirmText='确认兑换'
            pending={s.pending}
            error={s.error}
            onConfirm={() => void s.confirm()}
            onBack={() => s.choose(null)}
            backText='再看看'
          >
            <Text className='cv-form__intro'>兑换后积分余额为 {(a?.balance ?? 0) - s.chosen.cost}。兑换成功后不能撤销，凭领取码领取。</Text>
          </ConfirmPanel>
        ) : (
          <View id='reward-catalogue'>
            <View className='cv-list-head'>
              <Text className='cv-list-head__text'>可兑换的特权和物品</Text>
            </View>
            <LoadState loading={s.catalogue.loading && !s.catalogue.data} error={s.catalogue.error} onRetry={s.catalogue.reload} />
            {s.catalogue.data && items.length === 0 && <Text className='cv-empty'>社区暂未上架可兑换的奖励</Text>}
            {items.map((r) => (
              <RewardItem key={r.id} r={r} blocker={s.blocker(r)} onRedeem={() => s.choose(r)} />
            ))}
          </View>
        )}
        <MyRedemptions mine={s.mine} />
        <Button className='cv-btn cv-btn--plain' onClick={s.reloadAll}>
          刷新
        </Button>
      </View>
    </View>
  )
}
