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

/**
 * Street scoping (街道): a street admin reaches the communities whose `streetId` is the one on their user
 * document — as their manager, never as a member. The street admin of a street they do not run is refused.
 * The street a street admin runs, or FORBIDDEN (a street_admin role without a street reaches nothing).
 */
export function callerStreet(ctx: ActionContext): string {
  const streetId = ctx.user?.roles.includes('street_admin') ? ctx.user.streetId : null
  if (!streetId) throw new AppError('FORBIDDEN')
  return streetId
}

/** Does the caller run the street this community belongs to? (A community with no street is nobody's.) */
export function runsStreetOf(ctx: ActionContext, community: { streetId?: string | null }): boolean {
  return !!community.streetId && !!ctx.user?.roles.includes('street_admin') && ctx.user.streetId === community.streetId
}

/**
 * Throws FORBIDDEN unless the caller manages this community: a platform admin (any), its own coordinator, or the
 * admin of its street. Stricter than assertSameCommunity: membership alone (a street admin who lives there) is
 * not management.
 */
export function assertManages(ctx: ActionContext, community: { _id: string; streetId?: string | null }): void {
  const roles = ctx.user?.roles ?? []
  if (roles.includes('admin')) return
  if (roles.includes('coordinator') && ctx.user?.communityId === community._id) return
  if (runsStreetOf(ctx, community)) return
  throw new AppError('FORBIDDEN')
}
