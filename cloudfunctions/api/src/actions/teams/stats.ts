// teams.stats — the 工作台's team figures for a year: each team's members and hours (domain/teams.ts teamMinutes:
// its current members' served minutes in the community, orders and projects), and 双报到 — party and league members'
// numbers and hours (domain/politicalStatus.ts DUAL_REPORT_GROUPS). Counted from the raw records, not rollups:
// round trips are teams, memberships and volunteers by 政治面貌 (parallel), then one grouped sum over records.
// Coordinators see their own community; street admins and admins name one they manage (lib/managed.ts).
import { DUAL_REPORT_GROUPS } from '../../../../../src/shared/domain/politicalStatus'
import { teamKindLabel, teamKindsOf, teamMinutes } from '../../../../../src/shared/domain/teams'
import { formatShanghai } from '../../../../../src/shared/time'
import { managedCommunity } from '../../lib/managed'
import { membershipsInCommunity, servedMinutesByVolunteer, volunteersByPoliticalStatus } from '../../repos/teamQueries'
import { listTeams } from '../../repos/teams'
import { defineAction } from '../define'

export const stats = defineAction({
  action: 'teams.stats',
  allow: ['coordinator', 'admin', 'street_admin'],
  scope: 'community',
  async handler(input, ctx) {
    const community = await managedCommunity(ctx, input.communityId)
    const year = input.year ?? Number(formatShanghai(ctx.now, 'YYYY'))
    const statuses = DUAL_REPORT_GROUPS.flatMap((g) => [...g.statuses])
    const [teams, memberships, political] = await Promise.all([
      listTeams(community._id),
      membershipsInCommunity(community._id),
      volunteersByPoliticalStatus(community._id, statuses)
    ])
    const openids = [...new Set([...memberships.map((m) => m.openid), ...political.map((v) => v.openid)])]
    const minutes = await servedMinutesByVolunteer(community._id, openids, `${year}-01-01`, `${year}-12-31`)
    const kinds = teamKindsOf(community.teamKinds)
    const figures = (people: string[]) => ({ active: people.filter((o) => (minutes.get(o) ?? 0) > 0).length, servedMinutes: teamMinutes(people, minutes) })
    return {
      year,
      teams: teams.map((t) => {
        const members = memberships.filter((m) => m.teamId === t._id).map((m) => m.openid)
        const f = figures(members)
        return {
          id: t._id,
          name: t.name,
          kindLabel: teamKindLabel(kinds, t.kind),
          memberCount: members.length,
          activeMembers: f.active,
          servedMinutes: f.servedMinutes
        }
      }),
      dualReport: DUAL_REPORT_GROUPS.map((g) => {
        const people = political.filter((v) => (g.statuses as readonly string[]).includes(v.politicalStatus)).map((v) => v.openid)
        return { group: g.key, label: g.label, registered: people.length, ...figures(people) }
      })
    }
  }
})
