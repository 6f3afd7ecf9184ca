// teams.leave — a volunteer leaves a team of their own community: membership removed and memberCount lowered in
// one transaction. Leaving a team one is not in changes nothing and returns the team as it is. A member who leads
// the team hands over first (TEAM_LEADER_MUST_HAND_OVER): a team is never left with a leader outside it.
import { AppError } from '../../../../../src/shared/errors'
import { membershipId, readMembershipIn, removeMembershipIn } from '../../repos/teamMembers'
import { addToMemberCountIn, readTeamIn } from '../../repos/teams'
import { inTransaction } from '../../repos/transaction'
import { defineAction } from '../define'
import { teamOfCallersCommunity } from './access'
import { teamView } from './view'

export const leave = defineAction({
  action: 'teams.leave',
  allow: ['volunteer'],
  scope: 'community',
  async handler(input, ctx) {
    const { _id: teamId } = await teamOfCallersCommunity(ctx, input.teamId)
    const team = await inTransaction(async (t) => {
      const current = await readTeamIn(t, teamId)
      if (!current) throw new AppError('NOT_FOUND', { teamId: '志愿服务队不存在' })
      if (current.leaderOpenid === ctx.openid && (await readMembershipIn(t, teamId, ctx.openid)))
        throw new AppError('TEAM_LEADER_MUST_HAND_OVER', { teamId: '您是队长，请先把队长交给其他队员再退出' })
      if (!(await removeMembershipIn(t, membershipId(teamId, ctx.openid)))) return current
      await addToMemberCountIn(t, teamId, -1, ctx.now)
      return { ...current, memberCount: current.memberCount - 1 }
    })
    return teamView(team, false, ctx.openid, ctx.community)
  }
})
