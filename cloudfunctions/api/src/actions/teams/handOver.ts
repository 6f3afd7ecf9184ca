// teams.handOver — the community's coordinator, or the team's current leader, hands the team over to one of its
// members (named by their volunteer record). The new leader must be a member when the transaction commits; handing
// over to the leader changes nothing. Audited with the leader before and after.
import { AppError } from '../../../../../src/shared/errors'
import { recordAuditIn } from '../../repos/audit'
import { joinedTeamIds, readMembershipIn } from '../../repos/teamMembers'
import { readTeamIn, updateTeamIn } from '../../repos/teams'
import { inTransaction } from '../../repos/transaction'
import { findVolunteer } from '../../repos/volunteers'
import { defineAction } from '../define'
import { assertMayEdit, teamOfCallersCommunity } from './access'
import { teamView } from './view'

export const handOver = defineAction({
  action: 'teams.handOver',
  allow: ['volunteer', 'coordinator'],
  scope: 'community',
  async handler(input, ctx) {
    const found = await teamOfCallersCommunity(ctx, input.teamId)
    assertMayEdit(ctx, found, ['leader'])
    const v = await findVolunteer(input.volunteerId)
    if (!v || v.communityId !== found.communityId) throw new AppError('NOT_FOUND', { volunteerId: '找不到该志愿者' })
    const team = await inTransaction(async (t) => {
      const cur = await readTeamIn(t, found._id)
      if (!cur) throw new AppError('NOT_FOUND', { teamId: '志愿服务队不存在' })
      if (cur.leaderOpenid === v.openid) return cur
      // The caller's right is re-checked on the document as this transaction sees it (a leader may just have handed over).
      assertMayEdit(ctx, cur, ['leader'])
      if (!(await readMembershipIn(t, cur._id, v.openid))) throw new AppError('BAD_INPUT', { volunteerId: '只能交给本队队员' })
      const patch = { leaderOpenid: v.openid, leaderName: v.realName }
      await updateTeamIn(t, cur._id, { ...patch, updatedAt: ctx.now })
      const audit = { actorOpenid: ctx.openid, communityId: cur.communityId, action: 'teams.handOver', targetType: 'team', targetId: cur._id }
      await recordAuditIn(t, { ...audit, requestId: ctx.requestId, before: { leaderName: cur.leaderName ?? '' }, after: { leaderName: v.realName } }, ctx.now)
      return { ...cur, ...patch }
    })
    return teamView(team, (await joinedTeamIds(ctx.openid, [team._id])).has(team._id), ctx.openid, ctx.community)
  }
})
