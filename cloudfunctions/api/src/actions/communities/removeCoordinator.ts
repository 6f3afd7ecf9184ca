// communities.removeCoordinator — a platform admin, or the admin of the community's street, ends a member's
// appointment as its coordinator (they stay a member, with their other roles). Never the last one
// (LAST_COORDINATOR, domain/communityAdmin.ts): the successor is appointed first. The count is read before the
// transaction (CloudBase allows no queries inside one); the transaction bumps the community's coordinator epoch
// on the value read with the count, so of two removals racing for the last two coordinators one is refused.
// Removing a member who is not its coordinator changes nothing (a replay too); a user of another community is
// NOT_FOUND, as one that does not exist (their roles are not the caller's to read). Role and audit entry land together.
import { MIN_COORDINATORS } from '../../../../../src/shared/domain/communityAdmin'
import type { Role } from '../../../../../src/shared/domain/roles'
import { AppError } from '../../../../../src/shared/errors'
import { effectiveRoles } from '../../lib/roles'
import { bumpCoordinatorEpochIn } from '../../repos/communities'
import { inTransaction } from '../../repos/transaction'
import { coordinatorsOf, readUserIn } from '../../repos/users'
import { defineAction } from '../define'
import { setCoordinatorRoleIn } from './coordinatorRole'
import { administeredCommunity } from './detail'

export const removeCoordinator = defineAction({
  action: 'communities.removeCoordinator',
  allow: ['admin', 'street_admin'],
  scope: 'street',
  async handler(input, ctx) {
    const community = await administeredCommunity(ctx, input.communityId)
    const epoch = community.coordinatorEpoch ?? 0
    const current = await coordinatorsOf(community._id)
    const roles = await inTransaction(async (t): Promise<Role[]> => {
      const user = await readUserIn(t, input.userId)
      // Another community's member is not found here: the reply must not tell their roles.
      if (!user || user.communityId !== community._id) throw new AppError('NOT_FOUND', { userId: '用户不存在' })
      if (!user.roles.includes('coordinator')) return user.roles
      if (current.filter((u) => u._id !== user._id).length < MIN_COORDINATORS) throw new AppError('LAST_COORDINATOR')
      if (!(await bumpCoordinatorEpochIn(t, community._id, epoch, ctx.now))) throw new AppError('CONFLICT')
      const next: Role[] = user.roles.filter((r) => r !== 'coordinator')
      return setCoordinatorRoleIn(t, ctx, 'communities.removeCoordinator', community._id, user, next)
    })
    return { userId: input.userId, roles: effectiveRoles({ _id: input.userId, roles }) }
  }
})
