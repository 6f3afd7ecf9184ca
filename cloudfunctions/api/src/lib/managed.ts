// The community an operator's call is about (调度台, 工作台): the one named in the input, else the caller's own.
// Refused (FORBIDDEN) unless the caller manages it (lib/scope.ts assertManages: admin, its coordinator, or the
// admin of its street); an id that names no community is FORBIDDEN too for all but admins, so nobody else learns
// which ids exist. Round trips: none for the caller's own community (read with them), else one.
import { AppError } from '../../../../src/shared/errors'
import type { ActionContext } from '../actions/define'
import { findCommunity, type CommunityDoc } from '../repos/communities'
import { assertManages, callerCommunity } from './scope'

export async function managedCommunity(ctx: ActionContext, named: string | undefined): Promise<CommunityDoc> {
  const communityId = named ?? callerCommunity(ctx)
  const community = ctx.community?._id === communityId ? ctx.community : await findCommunity(communityId)
  if (!community) throw new AppError(ctx.user?.roles.includes('admin') ? 'NOT_FOUND' : 'FORBIDDEN')
  assertManages(ctx, community)
  return community
}
