// Community scoping, in one place: coordinators (and everyone else) act only within their own community;
// admins act in any.
import { AppError } from '../../../../src/shared/errors'
import type { ActionContext } from '../actions/define'

/** The caller's community id, or NOT_IN_COMMUNITY. */
export function callerCommunity(ctx: ActionContext): string {
  const id = ctx.user?.communityId
  if (!id) throw new AppError('NOT_IN_COMMUNITY')
  return id
}

/** Throws FORBIDDEN unless the caller is an admin or belongs to `communityId`. */
export function assertSameCommunity(ctx: ActionContext, communityId: string): void {
  if (ctx.user?.roles.includes('admin')) return
  if (!ctx.user?.communityId || ctx.user.communityId !== communityId) throw new AppError('FORBIDDEN')
}
