// catalog.list — the caller's community catalogue (the built-in ten over their defaults, then its own categories,
// retired ones included), its order rules and its rate limits. Read from the community document the router already
// loaded: no extra round trip.
import { effectiveCatalog, orderRulesOf } from '../../../../../src/shared/domain/order'
import { rateLimitViews } from '../../../../../src/shared/domain/rateLimits'
import { callerCommunity } from '../../lib/scope'
import { defineAction } from '../define'

export const list = defineAction({
  action: 'catalog.list',
  allow: ['resident', 'volunteer', 'coordinator', 'admin'],
  scope: 'community',
  async handler(_input, ctx) {
    callerCommunity(ctx)
    return {
      entries: effectiveCatalog(ctx.community?.catalog),
      rules: orderRulesOf(ctx.community?.orderRules),
      rateLimits: rateLimitViews(ctx.community?.rateLimits)
    }
  }
})
