// communities.updateRules — a coordinator of a community (or an admin, for the community they belong to: the
// contract names no community) changes some of its time-bank rules; the others keep their values. Each rule is
// set on its own field, so two coordinators changing different rules at once both land. Audited.
// Returns the effective rules (defaults filled in), as read with the caller plus this change.
// Round trips: caller with community (router), update (1), audit (1); none but the caller's for an empty change.
import { AppError } from '../../../../../src/shared/errors'
import { timebankRulesOf } from '../../../../../src/shared/domain/ledger'
import { callerCommunity } from '../../lib/scope'
import { recordAudit } from '../../repos/audit'
import { setTimebankRules } from '../../repos/communities'
import { defineAction } from '../define'

export const updateRules = defineAction({
  action: 'communities.updateRules',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const communityId = callerCommunity(ctx)
    // Bounds the contract leaves open: a negative cap or an age outside a life would make every credit overflow
    // or every spend impossible by accident.
    const fields: Record<string, string> = {}
    if (input.storageCapMinutes !== undefined && input.storageCapMinutes < 0) fields.storageCapMinutes = '存储上限不能为负数'
    if (input.dailyTransferCapMinutes !== undefined && input.dailyTransferCapMinutes < 0) fields.dailyTransferCapMinutes = '每日转赠上限不能为负数'
    if (input.spendFromAge != null && (input.spendFromAge < 0 || input.spendFromAge > 120)) fields.spendFromAge = '年龄应在0到120之间'
    if (Object.keys(fields).length) throw new AppError('BAD_INPUT', fields)
    const before = ctx.community?.timebankRules ?? {}
    if (Object.keys(input).length === 0) return timebankRulesOf(before)
    await setTimebankRules(communityId, input, ctx.now)
    await recordAudit(
      {
        actorOpenid: ctx.openid,
        communityId,
        action: 'communities.updateRules',
        targetType: 'community',
        targetId: communityId,
        requestId: ctx.requestId,
        before: pick(before, input),
        after: input
      },
      ctx.now
    )
    return timebankRulesOf({ ...before, ...input })
  }
})

/** The stored values of the fields being changed (the audit keeps only what changed). */
function pick(stored: Record<string, unknown>, changed: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(changed).map((k) => [k, stored[k] ?? null]))
}
