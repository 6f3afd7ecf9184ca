// The only code that touches `teams`, and the team fields of the community document (teamKinds, teamServes).
// Invariants:
// - memberCount changes only inside the transaction that adds or removes the member document (teamMembers.ts), so
//   it always equals the number of member documents;
// - a team's _id comes from its founder and requestId (teamIdFor), so a replayed create finds the first team;
// - communities.teamServes (category → team ids) is written in the same transaction as the team's `categories`,
//   so the pool and candidates read which categories are team-served with the community they already load.
import { createHash } from 'crypto'
import type { TeamKind, TeamServes } from '../../../../src/shared/domain/teams'
import { db, _ } from '../lib/cloud'
import { docsOf, updatedCount } from '../lib/docs'
import { isDuplicateKey } from '../lib/dbErrors'
import { readIn, type Tx } from './transaction'

export interface TeamDoc {
  _id: string
  communityId: string
  name: string
  /** A key of the community's team kinds (domain/teams.ts teamKindsOf). */
  kind: string
  slogan: string
  memberCount: number
  /** The leader: the founding coordinator until handed over to a member (absent on teams made before leaders). */
  leaderOpenid?: string
  leaderName?: string
  /** Catalogue keys this team serves (absent = none). */
  categories?: string[]
  createdBy: string
  createdAt: Date
  updatedAt: Date
}

export interface CommunityTeamFields {
  teamKinds?: TeamKind[]
  /** Bumped by every kinds save: teams.saveKinds is conditional on it. */
  teamKindsVersion?: number
  teamServes?: TeamServes
}

const MAX_TEAMS_LISTED = 100
const teams = () => db.collection('teams')

export function teamIdFor(openid: string, requestId: string): string {
  return `team-${createHash('sha256').update(`team\u0000${openid}\u0000${requestId}`).digest('hex').slice(0, 24)}`
}

/**
 * Inserts unless a team with this _id exists (a replayed create: returns the stored one, created false). A name
 * already used in the community surfaces as the duplicate-key error of community_name_unique.
 */
export async function insertTeamOnce(doc: TeamDoc): Promise<{ team: TeamDoc; created: boolean }> {
  try {
    await teams().add({ data: doc })
    return { team: doc, created: true }
  } catch (e) {
    // The same _id first: a replay collides on both _id and the name, whichever index the store names.
    const existing = isDuplicateKey(e) ? await findTeam(doc._id) : null
    if (!existing) throw e
    return { team: existing, created: false }
  }
}

export async function findTeam(id: string): Promise<TeamDoc | null> {
  return docsOf<TeamDoc>(await teams().where({ _id: id }).limit(1).get())[0] ?? null
}

/** A community's teams by name (index community_name_unique). */
export async function listTeams(communityId: string): Promise<TeamDoc[]> {
  return docsOf<TeamDoc>(await teams().where({ communityId }).orderBy('name', 'asc').limit(MAX_TEAMS_LISTED).get())
}

export function readTeamIn(t: Tx, id: string): Promise<TeamDoc | null> {
  return readIn<TeamDoc>(t, 'teams', id)
}

export async function addToMemberCountIn(t: Tx, id: string, delta: 1 | -1, now: Date): Promise<void> {
  await t
    .collection('teams')
    .doc(id)
    .update({ data: { memberCount: _.inc(delta), updatedAt: now } })
}

/**
 * The count side of a membership removed in this transaction (account erasure, a move to another community): the
 * count drops, and a member who led the team stops leading it (no leader until the coordinator hands it over).
 */
export async function memberLeftIn(t: Tx, teamId: string, openid: string, now: Date): Promise<void> {
  const team = await readTeamIn(t, teamId)
  const led = team?.leaderOpenid === openid ? { leaderOpenid: '', leaderName: '' } : {}
  await t
    .collection('teams')
    .doc(teamId)
    .update({ data: { memberCount: _.inc(-1), ...led, updatedAt: now } })
}

export async function updateTeamIn(t: Tx, id: string, patch: Partial<Omit<TeamDoc, '_id' | 'communityId'>>): Promise<void> {
  await t.collection('teams').doc(id).update({ data: patch })
}

/** The community document's team fields, as the transaction sees them. */
export async function readCommunityTeamFieldsIn(t: Tx, communityId: string): Promise<CommunityTeamFields | null> {
  return readIn<CommunityTeamFields>(t, 'communities', communityId)
}

export async function setTeamServesIn(t: Tx, communityId: string, serves: TeamServes, now: Date): Promise<void> {
  // A whole-object set, not a merge: a category no team serves any more must disappear.
  await t
    .collection('communities')
    .doc(communityId)
    .update({ data: { teamServes: _.set(serves), updatedAt: now } })
}

/** Saves the kinds if the version is still `version` (two coordinators editing at once: the second gets CONFLICT). */
export async function setTeamKinds(communityId: string, version: number, kinds: TeamKind[], now: Date): Promise<boolean> {
  const updated = await updatedCount(
    db
      .collection('communities')
      .where({ _id: communityId, teamKindsVersion: version === 0 ? _.exists(false) : version })
      .update({ data: { teamKinds: _.set(kinds), teamKindsVersion: version + 1, updatedAt: now } })
  )
  return updated === 1
}
