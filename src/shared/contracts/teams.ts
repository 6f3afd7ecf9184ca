// 志愿服务队 (teams as a working unit). The rules — who founds and leads, kinds as data, team-first orders,
// team-only projects, how team hours are counted — are src/shared/domain/teams.ts.
import * as z from '../zod'
import { POLITICAL_STATUSES } from '../domain/politicalStatus'
import { DEFAULT_TEAM_KINDS } from '../domain/teams'
import { id, serviceCategory, shortText } from './fields'
import { PROJECT_STATUSES } from './projects'

/** A team kind's key: a default one (party_member, youth, …) or one a coordinator added (k-…). */
export const teamKindKey = z.string().regex(/^[a-z0-9_-]{1,32}$/, '请选择服务队类型')

/** The default kinds' labels by key (audit entries name a kind by it); a community's own list is teams.list's `kinds`. */
export const TEAM_KIND_LABELS: Record<string, string> = {
  ...Object.fromEntries(DEFAULT_TEAM_KINDS.map((k) => [k.key, k.label])),
  professional: '专业服务队'
}

export const TeamKindView = z.object({ key: z.string(), label: z.string(), retired: z.boolean() })

export const TeamView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  slogan: z.string(),
  memberCount: z.number().int(),
  joined: z.boolean(),
  /** The leader's name (the founding coordinator until handed over to a member). */
  leaderName: z.string(),
  isLeader: z.boolean(),
  /** Catalogue keys of the categories this team serves (team-first dispatch). */
  categories: z.array(z.string())
})
export type TeamView = z.infer<typeof TeamView>

export const TeamMemberView = z.object({
  /** The member's volunteer record (null for a member without one in this community). */
  volunteerId: z.string().nullable(),
  name: z.string(),
  volunteerNo: z.string().nullable(),
  isLeader: z.boolean(),
  joinedAt: z.string(),
  /** 政治面貌: the community's coordinators only (null for everyone else, and when not given). */
  politicalStatus: z.enum(POLITICAL_STATUSES).nullable()
})

export const TeamDetailView = TeamView.extend({
  members: z.array(TeamMemberView),
  /** Projects assigned to the team (team members only may sign up). */
  projects: z.array(z.object({ id: z.string(), title: z.string(), status: z.enum(PROJECT_STATUSES) })),
  year: z.number().int(),
  /** The current members' served minutes in `year` (domain/teams.ts teamMinutes). */
  servedMinutes: z.number().int()
})
export type TeamDetailView = z.infer<typeof TeamDetailView>

const figures = { registered: z.number().int(), active: z.number().int(), servedMinutes: z.number().int() }
export const TeamStatsView = z.object({
  year: z.number().int(),
  teams: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kindLabel: z.string(),
      memberCount: z.number().int(),
      activeMembers: z.number().int(),
      servedMinutes: z.number().int()
    })
  ),
  /** 双报到 by DUAL_REPORT_GROUPS (party, league): approved volunteers who gave that 政治面貌 (registered), those who served in the year (active), their minutes. */
  dualReport: z.array(z.object({ group: z.string(), label: z.string(), ...figures }))
})
export type TeamStatsView = z.infer<typeof TeamStatsView>

const teamId = z.object({ teamId: id }).strict()

export const teamsContracts = {
  /** A coordinator founds a team in their community and leads it until handing over; replaying a requestId returns it. */
  'teams.create': {
    input: z.object({ name: shortText(30, '队伍名称'), kind: teamKindKey, slogan: z.string().trim().max(50, '口号最多50个字').default('') }).strict(),
    output: TeamView
  },
  /** The community's teams (each saying whether the caller joined or leads it) and its team kinds. */
  'teams.list': { input: z.object({}).strict(), output: z.object({ teams: z.array(TeamView), kinds: z.array(TeamKindView) }) },
  /** One team of the caller's community with its members, assigned projects and this year's hours. */
  'teams.get': { input: teamId, output: TeamDetailView },
  'teams.join': { input: teamId, output: TeamView },
  /** Leaving; the leader hands over first (TEAM_LEADER_MUST_HAND_OVER). */
  'teams.leave': { input: teamId, output: TeamView },
  /** A coordinator renames or re-kinds a team; the coordinator or the leader changes its slogan. Fields sent change. */
  'teams.update': {
    input: z
      .object({
        teamId: id,
        name: shortText(30, '队伍名称').optional(),
        kind: teamKindKey.optional(),
        slogan: z.string().trim().max(50, '口号最多50个字').optional()
      })
      .strict(),
    output: TeamView
  },
  /** The coordinator or the current leader hands the team over to one of its members. */
  'teams.handOver': { input: z.object({ teamId: id, volunteerId: id }).strict(), output: TeamView },
  /** A coordinator sets the categories a team serves (team first for those orders); [] serves none. */
  'teams.assignCategories': {
    input: z.object({ teamId: id, categories: z.array(serviceCategory).max(10, '一支服务队最多承接10类服务') }).strict(),
    output: TeamView
  },
  /** A coordinator assigns a project (declared or published) to a team, or takes it back (teamId null). */
  'teams.assignProject': {
    input: z.object({ projectId: id, teamId: id.nullable() }).strict(),
    output: z.object({ projectId: z.string(), teamId: z.string().nullable(), teamName: z.string().nullable() })
  },
  /** A coordinator saves the community's team kinds: rename, add (key null), retire; existing kinds stay. */
  'teams.saveKinds': {
    input: z
      .object({
        kinds: z
          .array(z.object({ key: teamKindKey.nullable(), label: shortText(10, '类型名称'), retired: z.boolean() }).strict())
          .min(1, '至少保留一种类型')
          .max(20, '最多20种类型')
      })
      .strict(),
    output: z.object({ kinds: z.array(TeamKindView) })
  },
  /** 工作台: each team's members and hours in the year, and the 双报到 figures (coordinators; admins name a community). */
  'teams.stats': { input: z.object({ communityId: id.optional(), year: z.number().int().min(2020).max(2100).optional() }).strict(), output: TeamStatsView }
}
