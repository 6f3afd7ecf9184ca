// rewards.redeem — a member spends 爱心积分 on one unit of a reward of their community. Replay-safe: the redemption
// id comes from (caller, requestId) and is written in the SAME transaction that takes the unit (repos/rewards.ts
// redeemUnit), so every copy of one request — a weak network's retries arriving together — gets the same answer:
// the redemption once it is there, and SOLD_OUT / INSUFFICIENT_POINTS only when the transaction saw no redemption
// for it. No unit is ever taken and given back, so no member is refused while one remains.
import { randomInt } from 'crypto'
import { balanceOf } from '../../../../../src/shared/domain/points'
import { ROLES } from '../../../../../src/shared/domain/roles'
import { AppError } from '../../../../../src/shared/errors'
import { assertSameCommunity } from '../../lib/scope'
import { readPointsAccount } from '../../repos/points'
import { findRedemption, findReward, redeemUnit, redemptionIdFor } from '../../repos/rewards'
import { defineAction } from '../define'
import { redemptionView } from './view'

export const redeem = defineAction({
  action: 'rewards.redeem',
  allow: ROLES,
  scope: 'community',
  async handler(input, ctx) {
    const id = redemptionIdFor(ctx.openid, input.requestId)
    const balanceIn = async (communityId: string) => balanceOf((await readPointsAccount(communityId, ctx.openid)).lots, ctx.now)
    const first = await findRedemption(id) // a late replay: answered without a transaction
    if (first) return { redemption: redemptionView(first, false), balance: await balanceIn(first.communityId) }
    const reward = await findReward(input.rewardId)
    if (!reward) throw new AppError('NOT_FOUND')
    assertSameCommunity(ctx, reward.communityId)
    if (!reward.active) throw new AppError('REWARD_UNAVAILABLE')
    const result = await redeemUnit({
      _id: id,
      _openid: ctx.openid,
      openid: ctx.openid,
      requestId: input.requestId,
      communityId: reward.communityId,
      rewardId: reward._id,
      rewardName: reward.name,
      kind: reward.kind,
      cost: reward.cost,
      pickupCode: String(randomInt(0, 1000000)).padStart(6, '0'),
      status: 'issued',
      memberName: ctx.volunteer?.realName ?? ctx.user?.nickname ?? '居民',
      createdAt: ctx.now,
      fulfilledAt: null,
      fulfilledBy: null
    })
    return { redemption: redemptionView(result.redemption, false), balance: result.balance ?? (await balanceIn(result.redemption.communityId)) }
  }
})
