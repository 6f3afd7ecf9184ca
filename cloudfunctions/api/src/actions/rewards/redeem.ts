// rewards.redeem — a member spends 爱心积分 on one unit of a reward of their community. Replay-safe: the redemption
// id comes from (caller, requestId), so a retry answers the first redemption. No overselling: a unit is taken by
// ONE conditional update (stock > 0 → −1, repos/rewards.ts) before the points are deducted; when the points are
// short, or the redemption was meanwhile written by a concurrent replay, or the write fails, the unit goes back.
// A member obviously short of points is refused before any stock is touched.
import { randomInt } from 'crypto'
import { balanceOf } from '../../../../../src/shared/domain/points'
import { ROLES } from '../../../../../src/shared/domain/roles'
import { AppError } from '../../../../../src/shared/errors'
import { assertSameCommunity } from '../../lib/scope'
import { readPointsAccount } from '../../repos/points'
import { findRedemption, findReward, recordRedemption, redemptionIdFor, returnStock, takeStock, type RedemptionDoc } from '../../repos/rewards'
import { defineAction } from '../define'
import { redemptionView } from './view'

export const redeem = defineAction({
  action: 'rewards.redeem',
  allow: ROLES,
  scope: 'community',
  async handler(input, ctx) {
    const id = redemptionIdFor(ctx.openid, input.requestId)
    const balanceIn = async (communityId: string) => balanceOf((await readPointsAccount(communityId, ctx.openid)).lots, ctx.now)
    const first = await findRedemption(id)
    if (first) return { redemption: redemptionView(first, false), balance: await balanceIn(first.communityId) }
    const reward = await findReward(input.rewardId)
    if (!reward) throw new AppError('NOT_FOUND')
    assertSameCommunity(ctx, reward.communityId)
    if (!reward.active) throw new AppError('REWARD_UNAVAILABLE')
    if ((await balanceIn(reward.communityId)) < reward.cost) throw new AppError('INSUFFICIENT_POINTS')
    if (!(await takeStock(reward._id, ctx.now))) throw new AppError('SOLD_OUT')
    const doc: RedemptionDoc = {
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
    }
    let result
    try {
      result = await recordRedemption(doc)
    } catch (e) {
      // Nothing was redeemed unless the redemption is there (a reply lost after the commit): then the unit is its.
      if (!(await findRedemption(id).catch(() => null))) await returnStock(reward._id, ctx.now)
      throw e
    }
    if (!result.created) await returnStock(reward._id, ctx.now) // a concurrent replay redeemed first, with its own unit
    return { redemption: redemptionView(result.redemption, false), balance: result.balance ?? (await balanceIn(reward.communityId)) }
  }
})
