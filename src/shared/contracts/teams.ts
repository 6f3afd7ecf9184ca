import * as z from '../zod'
import { id, shortText } from './fields'

/** Team identity (志愿服务队的身份标识): the kind of team, shown as a badge. */
export const TEAM_KINDS = ['party_member', 'youth', 'women', 'senior', 'professional', 'general'] as const
export const TEAM_KIND_LABELS: Record<(typeof TEAM_KINDS)[number], string> = {
  party_member: '党员先锋队',
  youth: '青年志愿队',
  women: '巾帼志愿队',
  senior: '银龄志愿队',
  professional: '专业服务队',
  general: '综合服务队'
}

export const TeamView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(TEAM_KINDS),
  slogan: z.string(),
  memberCount: z.number().int(),
  joined: z.boolean()
})

export const teamsContracts = {
  'teams.create': {
    input: z.object({ name: shortText(30, '队伍名称'), kind: z.enum(TEAM_KINDS), slogan: z.string().trim().max(50).default('') }).strict(),
    output: TeamView
  },
  'teams.list': { input: z.object({}).strict(), output: z.object({ teams: z.array(TeamView) }) },
  'teams.join': { input: z.object({ teamId: id }).strict(), output: TeamView },
  'teams.leave': { input: z.object({ teamId: id }).strict(), output: TeamView }
}
