// rewards.upsert — a coordinator (or an admin, in the community they belong to) adds a reward to the 积分商城
// (requestId: a retried submit finds the first and adds nothing) or edits one (rewardId + the version they saw: two
// editors cannot silently overwrite each other). The stock given is what the coordinator wants on the shelf now;
// it is applied as a change relative to the stock read here, so redemptions made meanwhile are not undone. Name
// and description go through content security. Audited.
import { AppError } from '../../../../../src/shared/errors'
import { assertTextSafe } from '../../lib/contentCheck'
import { assertSameCommunity, callerCommunity } from '../../lib/scope'
import { recordAudit } from '../../repos/audit'
import { createReward, findReward, rewardIdFor, updateReward, type RewardDoc } from '../../repos/rewards'
import { defineAction } from '../define'
import { rewardView } from './view'

export const upsert = defineAction({
  action: 'rewards.upsert',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const fields = { name: input.name, kind: input.kind, cost: input.cost, description: input.description, active: input.active }
    const audit = (targetId: string, communityId: string, before: Record<string, unknown> | null, after: Record<string, unknown>) =>
      recordAudit(
        { actorOpenid: ctx.openid, communityId, action: 'rewards.upsert', targetType: 'reward', targetId, requestId: ctx.requestId, before, after },
        ctx.now
      )
    if (input.requestId) {
      const communityId = callerCommunity(ctx)
      const id = rewardIdFor(ctx.openid, input.requestId)
      const first = await findReward(id)
      if (first) return rewardView(first)
      await assertTextSafe(ctx.openid, { name: input.name, description: input.description })
      const doc: RewardDoc = {
        _id: id,
        communityId,
        ...fields,
        stock: input.stock,
        redeemed: 0,
        version: 1,
        createdBy: ctx.openid,
        requestId: input.requestId,
        createdAt: ctx.now,
        updatedAt: ctx.now
      }
      const { reward, created } = await createReward(doc)
      if (created) await audit(id, communityId, null, { ...fields, stock: input.stock })
      return rewardView(reward)
    }
    const current = await findReward(input.rewardId!)
    if (!current) throw new AppError('NOT_FOUND')
    assertSameCommunity(ctx, current.communityId)
    if (current.version !== input.version) throw new AppError('CONFLICT')
    await assertTextSafe(ctx.openid, { name: input.name, description: input.description })
    if (!(await updateReward(current._id, current.version, fields, input.stock - current.stock, ctx.now))) throw new AppError('CONFLICT')
    await audit(
      current._id,
      current.communityId,
      { name: current.name, cost: current.cost, stock: current.stock, active: current.active },
      { ...fields, stock: input.stock }
    )
    return rewardView((await findReward(current._id))!)
  }
})
