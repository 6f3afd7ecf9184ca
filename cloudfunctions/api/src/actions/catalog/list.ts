// catalog.list — the caller's community catalogue (its own entries over the defaults) and its order rules.
// Read from the community document the router already loaded: no extra round trip.
import { SERVICE_CATEGORY_LABELS } from '../../../../../src/shared/contracts'
import { effectiveCatalog, orderRulesOf } from '../../../../../src/shared/domain/order'
import { callerCommunity } from '../../lib/scope'
import { defineAction } from '../define'

export const list = defineAction({
  action: 'catalog.list',
  allow: ['resident', 'volunteer', 'coordinator', 'admin'],
  scope: 'community',
  async handler(_input, ctx) {
    callerCommunity(ctx)
    const entries = effectiveCatalog(ctx.community?.catalog).map((e) => ({ ...e, label: SERVICE_CATEGORY_LABELS[e.category] }))
    return { entries, rules: orderRulesOf(ctx.community?.orderRules) }
  }
})
