// rewards.fulfil — a coordinator (or an admin) of the redemption's community hands the reward over: 待领取 →
// 已领取, once (a conditional update; a second tap answers ALREADY_FULFILLED). Audited.
import { AppError } from '../../../../../src/shared/errors'
import { assertSameCommunity } from '../../lib/scope'
import { recordAudit } from '../../repos/audit'
import { findRedemption, fulfilRedemption } from '../../repos/rewards'
import { defineAction } from '../define'
import { redemptionView } from './view'

export const fulfil = defineAction({
  action: 'rewards.fulfil',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const r = await findRedemption(input.redemptionId)
    if (!r) throw new AppError('NOT_FOUND')
    assertSameCommunity(ctx, r.communityId)
    if (r.status !== 'issued' || !(await fulfilRedemption(r._id, ctx.openid, ctx.now))) throw new AppError('ALREADY_FULFILLED')
    await recordAudit(
      {
        actorOpenid: ctx.openid,
        communityId: r.communityId,
        action: 'rewards.fulfil',
        targetType: 'redemption',
        targetId: r._id,
        requestId: ctx.requestId,
        before: { status: 'issued' },
        after: { status: 'fulfilled' }
      },
      ctx.now
    )
    return redemptionView({ ...r, status: 'fulfilled', fulfilledAt: ctx.now, fulfilledBy: ctx.openid }, true)
  }
})
