import { AppError } from '../../../../../src/shared/errors'
import { mayEditTeam, type TeamEdit } from '../../../../../src/shared/domain/teams'
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

/** Refuses (FORBIDDEN) unless the caller may make these edits: coordinators all, the leader slogan and handover. */
export function assertMayEdit(ctx: ActionContext, team: TeamDoc, edits: TeamEdit[]): void {
  const who = { coordinator: !!ctx.user?.roles.includes('coordinator'), leader: team.leaderOpenid === ctx.openid }
  if (!edits.every((e) => mayEditTeam(e, who))) throw new AppError('FORBIDDEN')
}
