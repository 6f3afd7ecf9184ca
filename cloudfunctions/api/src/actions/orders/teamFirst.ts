// The team-first rule (src/shared/domain/teams.ts) where orders are offered: a pending order of a category a team
// serves is reserved for that team's members for the first half of its response time — the pool leaves it out for
// everyone else and grab refuses them with the reason — and among dispatch candidates the team's members come
// first. Which categories are team-served is on the community document the router already read (teamServes), so a
// community without team-served categories pays no extra round trip; otherwise one (the caller's memberships, or
// the serving teams' members for candidates).
import { orderRulesOf } from '../../../../../src/shared/domain/order'
import { servingTeamReason, teamFirstProblems, teamFirstWindow } from '../../../../../src/shared/domain/teams'
import { _ } from '../../lib/cloud'
import type { CommunityDoc } from '../../repos/communities'
import type { OrderDoc } from '../../repos/orderTypes'
import { membershipsOf } from '../../repos/teamMembers'
import { membersOfTeams } from '../../repos/teamQueries'
import { listTeams } from '../../repos/teams'
import type { ActionContext } from '../define'

const served = (c: CommunityDoc | null) => !!c?.teamServes && Object.keys(c.teamServes).length > 0

async function myTeams(ctx: ActionContext): Promise<string[]> {
  return served(ctx.community) ? (await membershipsOf(ctx.openid)).map((m) => m.teamId) : []
}

/** The pool's extra condition for the caller (null when nothing is reserved away from them). */
export async function teamFirstCondition(ctx: ActionContext): Promise<unknown | null> {
  if (!served(ctx.community)) return null
  const w = teamFirstWindow(ctx.community!.teamServes, await myTeams(ctx), orderRulesOf(ctx.community!.orderRules), ctx.now)
  if (!w) return null
  return _.or([
    { category: _.nin(w.closedTo) },
    { urgency: 'normal', createdAt: _.lte(w.createdBefore.normal) },
    { urgency: 'urgent', createdAt: _.lte(w.createdBefore.urgent) }
  ])
}

/** Why the caller may not grab this order yet under the team-first rule (empty when they may). */
export async function teamFirstGrabProblems(ctx: ActionContext, o: OrderDoc): Promise<string[]> {
  if (!served(ctx.community) || ctx.community!._id !== o.communityId) return []
  return teamFirstProblems(o, await myTeams(ctx), ctx.community!.teamServes, orderRulesOf(ctx.community!.orderRules), ctx.now)
}

/**
 * Dispatch candidates with the members of the teams serving the order's category first (each with the reason),
 * the rest as ranked. `openidOf` maps a candidate's volunteerId to their OPENID.
 */
export async function membersFirst<C extends { volunteerId: string; reasons: string[] }>(
  o: OrderDoc,
  community: CommunityDoc | null,
  candidates: C[],
  openidOf: Map<string, string>
): Promise<C[]> {
  const teamIds = community?._id === o.communityId ? [...(community.teamServes?.[o.category] ?? [])] : []
  if (!teamIds.length || !candidates.length) return candidates
  const [members, teams] = await Promise.all([membersOfTeams(teamIds), listTeams(o.communityId)])
  const names = new Map(teams.map((t) => [t._id, t.name]))
  const teamsOf = new Map<string, string[]>()
  for (const m of members) teamsOf.set(m.openid, [...(teamsOf.get(m.openid) ?? []), names.get(m.teamId) ?? '服务队'])
  const marked = candidates.map((c) => {
    const mine = teamsOf.get(openidOf.get(c.volunteerId) ?? '')
    return mine ? { ...c, reasons: [servingTeamReason(mine), ...c.reasons] } : c
  })
  const isMember = (c: C) => teamsOf.has(openidOf.get(c.volunteerId) ?? '')
  return [...marked.filter(isMember), ...marked.filter((c) => !isMember(c))]
}
