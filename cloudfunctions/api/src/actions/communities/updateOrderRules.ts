// communities.updateOrderRules — a coordinator of a community (or an admin, for the community they belong to: the
// contract names no community) changes some of its order rules (SLA, street escalation, check-in fence, auto-confirm,
// rounding); the others keep their values. Each rule is set on its own field, so concurrent changes of different
// rules both land and a replay writes the same values; the audit entry is keyed by (caller, requestId), so a
// replay adds no second one. New values apply to orders from now on: an order's SLA and auto-confirm deadlines are
// fixed when it is created or checked out.
// Round trips: caller with community (router), update (1), audit (1); none but the caller's for an empty change.
import { AppError } from '../../../../../src/shared/errors'
import { orderRuleProblems, orderRulesOf } from '../../../../../src/shared/domain/order'
import { callerCommunity } from '../../lib/scope'
import { recordAuditOnce } from '../../repos/audit'
import { setOrderRules } from '../../repos/communities'
import { defineAction } from '../define'

export const updateOrderRules = defineAction({
  action: 'communities.updateOrderRules',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const communityId = callerCommunity(ctx)
    const current = orderRulesOf(ctx.community?.orderRules)
    // Checked against the rules in force too: an urgent SLA may not end up longer than the normal one.
    const problems = orderRuleProblems({
      ...input,
      slaMinutes: input.slaMinutes ?? current.slaMinutes,
      urgentSlaMinutes: input.urgentSlaMinutes ?? current.urgentSlaMinutes
    })
    if (Object.keys(problems).length) throw new AppError('BAD_INPUT', problems)
    const next = orderRulesOf({ ...current, ...input, rounding: { ...current.rounding, ...input.rounding } })
    if (Object.keys(input).length === 0) return current
    await setOrderRules(communityId, input, ctx.now)
    await recordAuditOnce(
      `communities.updateOrderRules:${ctx.openid}:${ctx.requestId}`,
      {
        actorOpenid: ctx.openid,
        communityId,
        action: 'communities.updateOrderRules',
        targetType: 'community',
        targetId: communityId,
        requestId: ctx.requestId,
        before: pick(current, input),
        after: pick(next, input)
      },
      ctx.now
    )
    return next
  }
})

/** The values of the rules being changed (the audit keeps only what changed). */
function pick(rules: object, changed: object): Record<string, unknown> {
  const all = rules as Record<string, unknown>
  return Object.fromEntries(Object.keys(changed).map((k) => [k, all[k]]))
}
