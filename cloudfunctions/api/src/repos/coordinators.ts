// Who coordinates a community (index community_roles on users): the recipients of escalations.
import { db } from '../lib/cloud'
import { docsOf } from '../lib/docs'

export async function coordinatorsOf(communityId: string): Promise<string[]> {
  const res = await db.collection('users').where({ communityId, roles: 'coordinator' }).field({ _id: true }).limit(50).get()
  return docsOf<{ _id: string }>(res).map((u) => u._id)
}

/** The nickname of one coordinator of the community (index community_roles), or null without any. */
export async function aCoordinatorName(communityId: string): Promise<string | null> {
  const res = await db.collection('users').where({ communityId, roles: 'coordinator' }).field({ nickname: true }).limit(1).get()
  return docsOf<{ nickname?: string }>(res)[0]?.nickname || null
}

/** The admins of a street (index street_roles on users): the recipients of escalations to the street. */
export async function streetAdminsOf(streetId: string): Promise<string[]> {
  const res = await db.collection('users').where({ streetId, roles: 'street_admin' }).field({ _id: true }).limit(50).get()
  return docsOf<{ _id: string }>(res).map((u) => u._id)
}
