// streets.removeAdmin — a platform admin ends a user's appointment as a street's admin: the role and the street go
// together (a street_admin role without a street reaches nothing, lib/scope.ts callerStreet). Removing someone who
// does not run this street changes nothing. Audited in the same transaction.
import { AppError } from '../../../../../src/shared/errors'
import type { Role } from '../../../../../src/shared/domain/roles'
import { effectiveRoles } from '../../lib/roles'
import { recordAuditIn } from '../../repos/audit'
import { findStreet } from '../../repos/streets'
import { inTransaction } from '../../repos/transaction'
import { readUserIn, setAccessIn } from '../../repos/users'
import { defineAction } from '../define'

export const removeAdmin = defineAction({
  action: 'streets.removeAdmin',
  allow: ['admin'],
  scope: 'global',
  async handler(input, ctx) {
    const street = await findStreet(input.streetId)
    if (!street) throw new AppError('NOT_FOUND', { streetId: '街道不存在' })
    const after = await inTransaction(async (t): Promise<{ roles: Role[]; streetId: string | null }> => {
      const user = await readUserIn(t, input.userId)
      if (!user) throw new AppError('NOT_FOUND', { userId: '用户不存在' })
      if (!user.roles.includes('street_admin') || user.streetId !== street._id) return { roles: user.roles, streetId: user.streetId ?? null }
      const next: Role[] = user.roles.filter((r) => r !== 'street_admin')
      await setAccessIn(t, user._id, { roles: next, streetId: null }, ctx.now)
      const audit = {
        actorOpenid: ctx.openid,
        communityId: null,
        action: 'streets.removeAdmin',
        targetType: 'user',
        targetId: user._id,
        requestId: ctx.requestId
      }
      await recordAuditIn(t, { ...audit, before: { roles: user.roles, streetId: street._id }, after: { roles: next, streetId: null } }, ctx.now)
      return { roles: next, streetId: null }
    })
    return { userId: input.userId, roles: effectiveRoles({ _id: input.userId, roles: after.roles }), streetId: after.streetId }
  }
})
