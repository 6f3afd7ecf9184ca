// communities.updateRateLimits — a coordinator of a community (or an admin, for the community they belong to) sets
// its limits of the resident-facing actions (COMMUNITY_RATE_LIMITS: 发布求助, 随手拍上报, 志愿者注册, 时间转赠), each
// as a whole, within RATE_LIMIT_BOUNDS; numbers equal to the defaults remove that override. The stored list is
// the one lib/rateLimit.ts reads with the caller on every limited call, so the change applies from the next call.
// A replay writes the same list again and adds no second audit entry (keyed by caller and requestId).
import { AppError } from '../../../../../src/shared/errors'
import { DEFAULT_RATE_LIMITS, rateLimitProblems, rateLimitViews, type CommunityRateLimits } from '../../../../../src/shared/domain/rateLimits'
import { callerCommunity } from '../../lib/scope'
import { recordAuditOnce } from '../../repos/audit'
import { setRateLimits } from '../../repos/communities'
import { defineAction } from '../define'

const same = (a: { windowMinutes: number; perUser: number; perCommunity: number }, b: typeof a) =>
  a.windowMinutes === b.windowMinutes && a.perUser === b.perUser && a.perCommunity === b.perCommunity

export const updateRateLimits = defineAction({
  action: 'communities.updateRateLimits',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const communityId = callerCommunity(ctx)
    const problems: Record<string, string> = {}
    input.limits.forEach((l, i) => {
      for (const [field, message] of Object.entries(rateLimitProblems(l))) problems[`limits.${i}.${field}`] = message
    })
    if (new Set(input.limits.map((l) => l.action)).size !== input.limits.length) problems.limits = '同一操作只能设置一次'
    if (Object.keys(problems).length) throw new AppError('BAD_INPUT', problems)
    const stored: CommunityRateLimits = Array.isArray(ctx.community?.rateLimits) ? ctx.community.rateLimits : []
    const changed = new Set<string>(input.limits.map((l) => l.action))
    const next: CommunityRateLimits = [...stored.filter((o) => !changed.has(o.action)), ...input.limits.filter((l) => !same(l, DEFAULT_RATE_LIMITS[l.action]))]
    await setRateLimits(communityId, next, ctx.now)
    await recordAuditOnce(
      `communities.updateRateLimits:${ctx.openid}:${ctx.requestId}`,
      {
        actorOpenid: ctx.openid,
        communityId,
        action: 'communities.updateRateLimits',
        targetType: 'community',
        targetId: communityId,
        requestId: ctx.requestId,
        before: { rateLimits: stored },
        after: { rateLimits: next }
      },
      ctx.now
    )
    return { rateLimits: rateLimitViews(next) }
  }
})
