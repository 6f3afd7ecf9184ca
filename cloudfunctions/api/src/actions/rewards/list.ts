// rewards.list — the caller's community catalogue with stock: what is on offer for every member; with `all`,
// withdrawn rewards too, for the coordinators (and admins) who edit it. One indexed query.
import { AppError } from '../../../../../src/shared/errors'
import { ROLES } from '../../../../../src/shared/domain/roles'
import { callerCommunity } from '../../lib/scope'
import { listRewards } from '../../repos/rewards'
import { defineAction } from '../define'
import { rewardView } from './view'

export const list = defineAction({
  action: 'rewards.list',
  allow: ROLES,
  scope: 'community',
  async handler(input, ctx) {
    const communityId = callerCommunity(ctx)
    const roles = ctx.user?.roles ?? []
    if (input.all && !roles.includes('coordinator') && !roles.includes('admin')) throw new AppError('FORBIDDEN')
    return { items: (await listRewards(communityId, input.all)).map(rewardView) }
  }
})
