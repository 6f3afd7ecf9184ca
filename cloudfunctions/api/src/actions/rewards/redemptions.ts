// rewards.redemptions — mine: the caller's redemptions with their pickup codes; community: the community's, for
// the coordinators (and admins) who hand rewards over at the service desk. Newest first, one indexed query.
import { AppError } from '../../../../../src/shared/errors'
import { ROLES } from '../../../../../src/shared/domain/roles'
import { callerCommunity } from '../../lib/scope'
import { redemptionsOf, redemptionsOfCommunity } from '../../repos/rewards'
import { defineAction } from '../define'
import { redemptionView } from './view'

export const redemptions = defineAction({
  action: 'rewards.redemptions',
  allow: ROLES,
  scope: 'community',
  async handler(input, ctx) {
    const roles = ctx.user?.roles ?? []
    const limit = input.limit + 1
    let docs
    if (input.as === 'community') {
      if (!roles.includes('coordinator') && !roles.includes('admin')) throw new AppError('FORBIDDEN')
      docs = await redemptionsOfCommunity(callerCommunity(ctx), input.status, input.offset, limit)
    } else {
      docs = await redemptionsOf(ctx.openid, input.status, input.offset, limit)
    }
    return { items: docs.slice(0, input.limit).map((d) => redemptionView(d, input.as === 'community')), hasMore: docs.length > input.limit }
  }
})
