// teams.join — a volunteer joins a team of their own community. The membership document (_id
// `<teamId>:<openid>`) and the team's memberCount change in one transaction, so the count always equals the
// members, however many join at once; joining again finds the membership and changes nothing.
import { AppError } from '../../../../../src/shared/errors'
import { addMembershipIn, readMembershipIn } from '../../repos/teamMembers'
import { addToMemberCountIn, readTeamIn } from '../../repos/teams'
import { inTransaction } from '../../repos/transaction'
import { defineAction } from '../define'
import { teamOfCallersCommunity } from './access'
import { teamView } from './view'

export const join = defineAction({
  action: 'teams.join',
  allow: ['volunteer'],
  scope: 'community',
  async handler(input, ctx) {
    const { _id: teamId, communityId } = await teamOfCallersCommunity(ctx, input.teamId)
    const team = await inTransaction(async (t) => {
      const current = await readTeamIn(t, teamId)
      if (!current) throw new AppError('NOT_FOUND', { teamId: '志愿服务队不存在' })
      if (await readMembershipIn(t, teamId, ctx.openid)) return current
      await addMembershipIn(t, { teamId, openid: ctx.openid, communityId, joinedAt: ctx.now })
      await addToMemberCountIn(t, teamId, 1, ctx.now)
      return { ...current, memberCount: current.memberCount + 1 }
    })
    return teamView(team, true, ctx.openid, ctx.community)
  }
})
