import { AppError } from '../../../../../src/shared/errors'
import { callerCommunity } from '../../lib/scope'
import { findTeam, type TeamDoc } from '../../repos/teams'
import type { ActionContext } from '../define'

/**
 * The team, if it belongs to the caller's own community. Membership is personal, so this is strict even for
 * admins: nobody joins or leaves another community's team (FORBIDDEN).
 */
export async function teamOfCallersCommunity(ctx: ActionContext, teamId: string): Promise<TeamDoc> {
  const communityId = callerCommunity(ctx)
  const team = await findTeam(teamId)
  if (!team) throw new AppError('NOT_FOUND', { teamId: '志愿服务队不存在' })
  if (team.communityId !== communityId) throw new AppError('FORBIDDEN')
  return team
}
