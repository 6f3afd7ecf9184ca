// Reads behind team pages and team statistics: members with their volunteer records, assigned projects, and
// served minutes per volunteer. Each is one round trip over an index declared in the manifest; the bounds keep a
// reply small (a community's teams have at most MAX_ROWS members together — plenty for a 社区).
import { db, _ } from '../lib/cloud'
import { docsOf, rowsOf } from '../lib/docs'
import type { ProjectDoc } from './projects'
import type { TeamMemberDoc } from './teamMembers'
import type { VolunteerDoc } from './volunteers'

const MAX_ROWS = 1000

/** Members of these teams, earliest joined first (index team_joined). */
export async function membersOfTeams(teamIds: string[]): Promise<TeamMemberDoc[]> {
  if (!teamIds.length) return []
  const where = teamIds.length === 1 ? { teamId: teamIds[0] } : { teamId: _.in(teamIds) }
  return docsOf<TeamMemberDoc>(await db.collection('team_members').where(where).orderBy('joinedAt', 'asc').limit(MAX_ROWS).get())
}

/** Every membership in a community's teams (index community_team). */
export async function membershipsInCommunity(communityId: string): Promise<TeamMemberDoc[]> {
  return docsOf<TeamMemberDoc>(await db.collection('team_members').where({ communityId }).limit(MAX_ROWS).get())
}

export type MemberVolunteer = Pick<VolunteerDoc, '_id' | 'openid' | 'realName' | 'volunteerNo' | 'politicalStatus'>

/** The volunteer records of these people in one community (index openid_unique). */
export async function volunteersOf(communityId: string, openids: string[]): Promise<MemberVolunteer[]> {
  if (!openids.length) return []
  const docs = docsOf<MemberVolunteer & { communityId: string }>(
    await db
      .collection('volunteers')
      .where({ openid: _.in(openids) })
      .field({ _id: true, openid: true, realName: true, volunteerNo: true, politicalStatus: true, communityId: true })
      .limit(MAX_ROWS)
      .get()
  )
  return docs.filter((v) => v.communityId === communityId)
}

/** Approved volunteers of a community who gave one of these 政治面貌 (index community_political). */
export async function volunteersByPoliticalStatus(
  communityId: string,
  statuses: readonly string[]
): Promise<Array<{ openid: string; politicalStatus: string }>> {
  return docsOf<{ openid: string; politicalStatus: string }>(
    await db
      .collection('volunteers')
      .where({ communityId, politicalStatus: _.in([...statuses]), status: 'approved' })
      .field({ openid: true, politicalStatus: true })
      .limit(MAX_ROWS)
      .get()
  )
}

/**
 * Served minutes per volunteer in a community for days in [from, to] — orders and projects, honorary top-ups
 * excluded (as the 工作台 counts service) — grouped in the database (index volunteer_community_date).
 */
export async function servedMinutesByVolunteer(communityId: string, openids: string[], from: string, to: string): Promise<Map<string, number>> {
  if (!openids.length) return new Map()
  const $ = db.command.aggregate
  const rows = await rowsOf<{ _id: string; minutes: number }>(
    db
      .collection('service_records')
      .aggregate()
      .match({ volunteerOpenid: _.in(openids), communityId, date: _.gte(from).and(_.lte(to)), source: _.in(['order', 'project']) })
      .group({ _id: '$volunteerOpenid', minutes: $.sum('$minutes') })
      .limit(MAX_ROWS)
      .end()
  )
  return new Map(rows.map((r) => [r._id, r.minutes]))
}

/** Projects assigned to a team, newest first (index team_created). */
export async function projectsOfTeam(teamId: string): Promise<Array<Pick<ProjectDoc, '_id' | 'title' | 'status'>>> {
  return docsOf<Pick<ProjectDoc, '_id' | 'title' | 'status'>>(
    await db.collection('projects').where({ teamId }).orderBy('createdAt', 'desc').field({ _id: true, title: true, status: true }).limit(50).get()
  )
}
