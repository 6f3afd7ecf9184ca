// communities.updatePopulation — record (or clear with null) a community's 常住人口, the denominator the 工作台 and
// the street comparison use for the share of residents who volunteer (the seeds' KPIs are shares of 常住人口).
// A coordinator sets their own community's, a street admin any of their street's, a platform admin any
// (lib/managed.ts: FORBIDDEN otherwise). Audited; setting the value it has changes nothing.
import { managedCommunity } from '../../lib/managed'
import { recordAudit } from '../../repos/audit'
import { setPopulation } from '../../repos/communities'
import { defineAction } from '../define'

export const updatePopulation = defineAction({
  action: 'communities.updatePopulation',
  allow: ['coordinator', 'admin', 'street_admin'],
  scope: 'community',
  async handler(input, ctx) {
    const community = await managedCommunity(ctx, input.communityId)
    const before = community.population ?? null
    if (before === input.population) return { communityId: community._id, population: before }
    await setPopulation(community._id, input.population, ctx.now)
    await recordAudit(
      {
        actorOpenid: ctx.openid,
        communityId: community._id,
        action: 'communities.updatePopulation',
        targetType: 'community',
        targetId: community._id,
        requestId: ctx.requestId,
        before: { population: before },
        after: { population: input.population }
      },
      ctx.now
    )
    return { communityId: community._id, population: input.population }
  }
})
