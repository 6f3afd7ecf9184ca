// The one write of appointing or removing a community's coordinator, inside the caller's transaction: the user's
// new roles and the audit entry (roles before and after, the community) land together or not at all.
import type { Role } from '../../../../../src/shared/domain/roles'
import { recordAuditIn } from '../../repos/audit'
import type { Tx } from '../../repos/transaction'
import { setAccessIn, type UserDoc } from '../../repos/users'
import type { ActionContext } from '../define'

export async function setCoordinatorRoleIn(
  t: Tx,
  ctx: ActionContext,
  action: 'communities.appointCoordinator' | 'communities.removeCoordinator',
  communityId: string,
  user: Pick<UserDoc, '_id' | 'roles'>,
  next: Role[]
): Promise<Role[]> {
  await setAccessIn(t, user._id, { roles: next }, ctx.now)
  const audit = { actorOpenid: ctx.openid, communityId, action, targetType: 'user', targetId: user._id, requestId: ctx.requestId }
  await recordAuditIn(t, { ...audit, before: { roles: user.roles }, after: { roles: next, communityId } }, ctx.now)
  return next
}
