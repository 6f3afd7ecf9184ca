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

/** A street's admins with their nicknames (index street_roles): who runs it, for the platform admin's 街道管理. */
export async function streetAdminNames(streetId: string): Promise<Array<{ userId: string; nickname: string }>> {
  const res = await db.collection('users').where({ streetId, roles: 'street_admin' }).field({ nickname: true }).limit(50).get()
  return docsOf<{ _id: string; nickname?: string }>(res).map((u) => ({ userId: u._id, nickname: u.nickname || '未命名用户' }))
}
