// teams.list — the teams of the caller's community, each saying whether the caller has joined or leads it, and
// the community's team kinds (the defaults until a coordinator edits them).
import { ROLES } from '../../../../../src/shared/domain/roles'
import { teamKindsOf } from '../../../../../src/shared/domain/teams'
import { callerCommunity } from '../../lib/scope'
import { joinedTeamIds } from '../../repos/teamMembers'
import { listTeams } from '../../repos/teams'
import { defineAction } from '../define'
import { teamView } from './view'

export const list = defineAction({
  action: 'teams.list',
  allow: ROLES, // any member of the community
  scope: 'community',
  async handler(_input, ctx) {
    const teams = await listTeams(callerCommunity(ctx))
    const joined = await joinedTeamIds(
      ctx.openid,
      teams.map((t) => t._id)
    )
    return { teams: teams.map((t) => teamView(t, joined.has(t._id), ctx.openid, ctx.community)), kinds: teamKindsOf(ctx.community?.teamKinds) }
  }
})
