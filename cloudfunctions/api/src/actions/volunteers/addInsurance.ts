// volunteers.addInsurance — a coordinator records one accident-insurance policy (条例 art 17) for one or many of the
// community's volunteers; each one's insuredUntil (read by isInsured and the pool filter) becomes the latest end
// among their policies. Replay-safe: the id comes from (caller, requestId); a replay finds the policy and derives
// the same values again (healing a call cut off after the insert). Audited once. volunteers.setInsurance stays the
// override for a policy ended early. Round trips: volunteers, insert (+1 on a replay), policies, update, audit.
import { AppError } from '../../../../../src/shared/errors'
import { shanghaiDay } from '../../../../../src/shared/time'
import { assertSameCommunity } from '../../lib/scope'
import { recordAuditOnce } from '../../repos/audit'
import { insertPolicy, policyIdOf } from '../../repos/insurance'
import { findVolunteers } from '../../repos/volunteers'
import { defineAction } from '../define'
import { deriveInsuredUntil } from './deriveInsurance'

export const addInsurance = defineAction({
  action: 'volunteers.addInsurance',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    if (input.to < input.from) throw new AppError('BAD_INPUT', { to: '保险止期不能早于起期' })
    const ids = [...new Set(input.volunteerIds)]
    const found = await findVolunteers(ids)
    if (found.length < ids.length) throw new AppError('NOT_FOUND', { volunteerIds: '有志愿者不存在，请刷新后重新选择' })
    const communityId = found[0].communityId
    for (const v of found) assertSameCommunity(ctx, v.communityId)
    if (found.some((v) => v.communityId !== communityId)) throw new AppError('BAD_INPUT', { volunteerIds: '一张保单只能登记同一社区的志愿者' })
    const policy = await insertPolicy({
      _id: policyIdOf(ctx.openid, input.requestId),
      communityId,
      insurer: input.insurer,
      policyNo: input.policyNo,
      from: new Date(`${input.from}T00:00:00.000+08:00`),
      to: new Date(`${input.to}T23:59:59.999+08:00`),
      volunteerIds: ids,
      createdBy: ctx.openid,
      createdAt: ctx.now
    })
    const after = await deriveInsuredUntil(policy.volunteerIds, ctx.now)
    const period = { from: shanghaiDay(policy.from), to: shanghaiDay(policy.to) }
    await recordAuditOnce(
      `volunteers.addInsurance:${policy._id}`,
      {
        actorOpenid: ctx.openid,
        communityId,
        action: 'volunteers.addInsurance',
        targetType: 'insurance_policy',
        targetId: policy._id,
        requestId: ctx.requestId,
        // The policy is new (no `before`); each volunteer's insurance end before and after it is in `after`.
        before: null,
        after: {
          insurer: policy.insurer,
          policyNo: policy.policyNo,
          ...period,
          volunteers: after.map((a) => ({ ...a, previous: found.find((v) => v._id === a.id)?.insuredUntil ?? null }))
        }
      },
      ctx.now
    )
    return { id: policy._id, insurer: policy.insurer, policyNo: policy.policyNo, ...period, volunteers: after }
  }
})
