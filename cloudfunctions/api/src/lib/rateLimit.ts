// The router's rate limiter for actions that declare `rateLimit` (actions/define.ts). It runs after authorization
// and before the handler, and counts every attempt that got that far — a refused one too, so rejected spam costs
// its sender. A replay (the same requestId: input.requestId for the writes that carry one, else the call's) finds
// its key in the window and is let through uncounted, so the handler answers it with its original result.
// Limits: src/shared/domain/rateLimits.ts defaults, then API_RATE_LIMITS (JSON overrides, or 'off'), then the
// caller's community's `rateLimits` field.
import { createHash } from 'crypto'
import { AppError } from '../../../../src/shared/errors'
import {
  overridesOf,
  rateLimitedMessage,
  rateLimitOf,
  rateWindow,
  type RateLimitedAction,
  type RateLimitOverrides
} from '../../../../src/shared/domain/rateLimits'
import type { ActionContext } from '../actions/define'
import { takeSlot } from '../repos/rateLimits'

/** The deployment's overrides; null when limits are switched off (tests that do not test them, demo seeding). */
function deploymentLimits(): RateLimitOverrides | null {
  const raw = process.env.API_RATE_LIMITS
  if (raw === 'off') return null
  if (!raw) return {}
  try {
    return JSON.parse(raw) as RateLimitOverrides
  } catch {
    return {} // a malformed setting must not switch protection off
  }
}

export async function enforceRateLimit(action: RateLimitedAction, ctx: ActionContext, input: unknown): Promise<void> {
  const deployment = deploymentLimits()
  if (!deployment) return
  const community = ctx.community
  const limit = rateLimitOf(action, deployment, overridesOf(community?.rateLimits))
  const { start, end } = rateWindow(ctx.now, limit.windowMinutes)
  const communityId = community?._id ?? 'none'
  const inputRequestId = typeof input === 'object' && input !== null && 'requestId' in input ? input.requestId : undefined
  const requestId = typeof inputRequestId === 'string' ? inputRequestId : ctx.requestId
  const requestKey = createHash('sha256').update(`${ctx.openid}\u0000${action}\u0000${requestId}`).digest('hex').slice(0, 20)
  const outcome = await takeSlot({
    window: { _id: `${communityId}:${action}:${start.getTime()}`, communityId, action, windowStart: start, windowEnd: end },
    // A caller of no community (refused by the handler anyway) is not counted against one shared cap.
    openid: ctx.openid,
    requestKey,
    perUser: limit.perUser,
    perCommunity: community ? limit.perCommunity : Number.MAX_SAFE_INTEGER
  })
  if (outcome !== 'ok') throw new AppError('RATE_LIMITED', { retryAt: end.toISOString() }, rateLimitedMessage(end, ctx.now))
}
