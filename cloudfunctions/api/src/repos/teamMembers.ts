// The only code that touches `team_members`. A membership's _id is `<teamId>:<openid>`: one person can be in a
// team once by construction, so a repeated or concurrent join finds (or conflicts on) the same document.
import { db, _ } from '../lib/cloud'
import { docsOf, removedCount } from '../lib/docs'
import { readIn, type Tx } from './transaction'

export interface TeamMemberDoc {
  _id: string
  teamId: string
  openid: string
  /** The team's community, so a move can end the old community's memberships without reading teams. */
  communityId: string
  joinedAt: Date
}

const MAX_MEMBERSHIPS = 100
const members = () => db.collection('team_members')

export const membershipId = (teamId: string, openid: string) => `${teamId}:${openid}`

/** Which of `teamIds` the person belongs to (index openid_team). */
export async function joinedTeamIds(openid: string, teamIds: string[]): Promise<Set<string>> {
  if (teamIds.length === 0) return new Set()
  const docs = docsOf<TeamMemberDoc>(
    await members()
      .where({ openid, teamId: _.in(teamIds) })
      .limit(MAX_MEMBERSHIPS)
      .get()
  )
  return new Set(docs.map((m) => m.teamId))
}

/** Every membership of a person (index openid_team). */
export async function membershipsOf(openid: string): Promise<TeamMemberDoc[]> {
  return docsOf<TeamMemberDoc>(await members().where({ openid }).limit(MAX_MEMBERSHIPS).get())
}

export function readMembershipIn(t: Tx, teamId: string, openid: string): Promise<TeamMemberDoc | null> {
  return readIn<TeamMemberDoc>(t, 'team_members', membershipId(teamId, openid))
}

export async function addMembershipIn(t: Tx, doc: Omit<TeamMemberDoc, '_id'>): Promise<void> {
  await t.collection('team_members').add({ data: { _id: membershipId(doc.teamId, doc.openid), ...doc } })
}

/** Removes the membership; returns whether it existed (as this transaction sees it). */
export async function removeMembershipIn(t: Tx, id: string): Promise<boolean> {
  const removed = await removedCount(t.collection('team_members').doc(id).remove())
  return removed > 0
}
