// teams.get — one team of the caller's community: members (leader marked; 政治面貌 only to the community's
// coordinators — personal, 条例 art 20), the projects assigned to it (published ones to non-coordinators), and this year's hours (domain/teams.ts
// teamMinutes: current members' served minutes). Round trips: team (1), then members, projects (parallel), then
// volunteer records and minutes (parallel).
import { teamMinutes } from '../../../../../src/shared/domain/teams'
import { formatShanghai, toUtcIso } from '../../../../../src/shared/time'
import { membersOfTeams, projectsOfTeam, servedMinutesByVolunteer, volunteersOf } from '../../repos/teamQueries'
import { defineAction } from '../define'
import { teamOfCallersCommunity } from './access'
import { teamView } from './view'

export const get = defineAction({
  action: 'teams.get',
  allow: ['resident', 'volunteer', 'coordinator'],
  scope: 'community',
  async handler(input, ctx) {
    const team = await teamOfCallersCommunity(ctx, input.teamId)
    const year = Number(formatShanghai(ctx.now, 'YYYY'))
    const [members, projects] = await Promise.all([membersOfTeams([team._id]), projectsOfTeam(team._id)])
    const openids = members.map((m) => m.openid)
    const [records, minutes] = await Promise.all([
      volunteersOf(team.communityId, openids),
      servedMinutesByVolunteer(team.communityId, openids, `${year}-01-01`, `${year}-12-31`)
    ])
    const byOpenid = new Map(records.map((v) => [v.openid, v]))
    const coordinator = !!ctx.user?.roles.includes('coordinator')
    // Projects not yet published (declared, rejected) are the coordinators' only, as in the project library.
    const shown = coordinator ? projects : projects.filter((p) => p.status === 'published' || p.status === 'completed')
    return {
      ...teamView(team, openids.includes(ctx.openid), ctx.openid, ctx.community),
      members: members.map((m) => {
        const v = byOpenid.get(m.openid)
        return {
          volunteerId: v?._id ?? null,
          name: v?.realName ?? '志愿者',
          volunteerNo: v?.volunteerNo ?? null,
          isLeader: m.openid === team.leaderOpenid,
          joinedAt: toUtcIso(m.joinedAt),
          politicalStatus: coordinator ? (v?.politicalStatus ?? null) : null
        }
      }),
      projects: shown.map((p) => ({ id: p._id, title: p.title, status: p.status })),
      year,
      servedMinutes: teamMinutes(openids, minutes)
    }
  }
})
