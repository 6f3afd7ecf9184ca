// streets.appointAdmin — a platform admin makes a user the admin of a street (街道管理员). A street admin runs one
// street (users.streetId): appointing the admin of another street is refused until that appointment is removed,
// so nobody silently loses a street. Unlike a coordinator, the user need not live in any of its communities.
// Role, street and audit entry land together; appointing the street's own admin again changes nothing.
import { AppError } from '../../../../../src/shared/errors'
import type { Role } from '../../../../../src/shared/domain/roles'
import { effectiveRoles } from '../../lib/roles'
import { recordAuditIn } from '../../repos/audit'
import { findStreet } from '../../repos/streets'
import { inTransaction } from '../../repos/transaction'
import { readUserIn, setAccessIn } from '../../repos/users'
import { defineAction } from '../define'

export const appointAdmin = defineAction({
  action: 'streets.appointAdmin',
  allow: ['admin'],
  scope: 'global',
  async handler(input, ctx) {
    const street = await findStreet(input.streetId)
    if (!street) throw new AppError('NOT_FOUND', { streetId: '街道不存在' })
    const roles = await inTransaction(async (t): Promise<Role[]> => {
      const user = await readUserIn(t, input.userId)
      if (!user) throw new AppError('NOT_FOUND', { userId: '用户不存在' })
      const runs = user.roles.includes('street_admin') ? (user.streetId ?? null) : null
      if (runs === street._id) return user.roles
      if (runs) throw new AppError('ALREADY_STREET_ADMIN', { userId: '该用户已是其他街道的管理员，请先解除原任命' })
      const next: Role[] = [...user.roles.filter((r) => r !== 'street_admin'), 'street_admin']
      await setAccessIn(t, user._id, { roles: next, streetId: street._id }, ctx.now)
      const audit = {
        actorOpenid: ctx.openid,
        communityId: null,
        action: 'streets.appointAdmin',
        targetType: 'user',
        targetId: user._id,
        requestId: ctx.requestId
      }
      await recordAuditIn(
        t,
        { ...audit, before: { roles: user.roles, streetId: user.streetId ?? null }, after: { roles: next, streetId: street._id } },
        ctx.now
      )
      return next
    })
    return { userId: input.userId, roles: effectiveRoles({ _id: input.userId, roles }), streetId: street._id }
  }
})
