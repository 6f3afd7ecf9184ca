// The only code that touches `teams`. memberCount changes only inside the transaction that adds or removes the
// member document (repos/teamMembers.ts), so it always equals the number of member documents.
import type { TEAM_KINDS } from '../../../../src/shared/contracts'
import { db, _ } from '../lib/cloud'
import { docsOf, insertedId } from '../lib/docs'
import { readIn, type Tx } from './transaction'

export interface TeamDoc {
  _id: string
  communityId: string
  name: string
  kind: (typeof TEAM_KINDS)[number]
  slogan: string
  memberCount: number
  createdBy: string
  createdAt: Date
  updatedAt: Date
}

const MAX_TEAMS_LISTED = 100
const teams = () => db.collection('teams')

/** Inserts; a name already used in the community surfaces as the duplicate-key error of community_name_unique. */
export async function insertTeam(doc: Omit<TeamDoc, '_id'>): Promise<string> {
  return insertedId(teams().add({ data: doc }))
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
