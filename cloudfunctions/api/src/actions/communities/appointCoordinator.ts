// communities.appointCoordinator — an administrator (or the admin of the community's street, for the communities of
// their street only: FORBIDDEN otherwise) makes a member of a community its coordinator. The user must
// belong to that community (the role's reach is their community). Role and audit entry land together;
// appointing someone who already is a coordinator changes nothing.
import { AppError } from '../../../../../src/shared/errors'
import type { Role } from '../../../../../src/shared/domain/roles'
import { effectiveRoles } from '../../lib/roles'
import { runsStreetOf } from '../../lib/scope'
import { findCommunity } from '../../repos/communities'
import { inTransaction } from '../../repos/transaction'
import { readUserIn } from '../../repos/users'
import { defineAction } from '../define'
import { setCoordinatorRoleIn } from './coordinatorRole'

export const appointCoordinator = defineAction({
  action: 'communities.appointCoordinator',
  allow: ['admin', 'street_admin'],
  scope: 'global',
  async handler(input, ctx) {
    const community = await findCommunity(input.communityId)
    if (!community) throw new AppError('NOT_FOUND', { communityId: '社区不存在' })
    if (!ctx.user!.roles.includes('admin') && !runsStreetOf(ctx, community)) throw new AppError('FORBIDDEN')
    const roles = await inTransaction(async (t): Promise<Role[]> => {
      const user = await readUserIn(t, input.userId)
      if (!user) throw new AppError('NOT_FOUND', { userId: '用户不存在' })
      if (user.communityId !== community._id) throw new AppError('NOT_IN_COMMUNITY', { userId: '该用户不是这个社区的成员，请先让其加入社区' })
      if (user.roles.includes('coordinator')) return user.roles
      const next: Role[] = [...user.roles, 'coordinator']
      return setCoordinatorRoleIn(t, ctx, 'communities.appointCoordinator', community._id, user, next)
    })
    return { userId: input.userId, roles: effectiveRoles({ _id: input.userId, roles }) }
  }
})
