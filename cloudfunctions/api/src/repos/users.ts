// The only code that touches the `users` collection. A user's _id is their OPENID: one read finds them and
// a concurrent first call cannot create two (the second add fails on the primary key).
import type { Role } from '../../../../src/shared/domain/roles'
import { db, _ } from '../lib/cloud'
import { isConflictError } from '../lib/dbErrors'
import { docsOf } from '../lib/docs'
import { readIn, type Tx } from './transaction'

export interface UserDoc {
  _id: string
  _openid: string
  nickname: string
  avatarUrl: string | null
  roles: Role[]
  communityId: string | null
  /** The street a street admin (role street_admin) runs; absent for everyone else. */
  streetId?: string | null
  /** Bound through users.bindPhone (absent until then); phoneHash is the keyed lookup value (lib/phone.ts). */
  phone?: string | null
  phoneHash?: string | null
  /** The 《用户隐私保护指引》 version the user agreed to, and when (me.consent; absent until then). */
  consent?: { version: string; at: Date } | null
  createdAt: Date
  updatedAt: Date
}

const users = () => db.collection('users')

export async function findUser(openid: string): Promise<UserDoc | null> {
  // where() rather than doc().get(): a missing user is a normal answer here, not an error to catch.
  return docsOf<UserDoc>(await users().where({ _id: openid }).limit(1).get())[0] ?? null
}

/** A first-time user as users.me (or me.consent, before anything else) creates them. */
export function newUserDoc(openid: string, now: Date): UserDoc {
  return { _id: openid, _openid: openid, nickname: '微信用户', avatarUrl: null, roles: ['resident'], communityId: null, createdAt: now, updatedAt: now }
}

/** Creates the user if absent; returns the stored user either way (safe under concurrent first calls). */
export async function ensureUser(openid: string, now: Date): Promise<UserDoc> {
  const existing = await findUser(openid)
  if (existing) return existing
  const doc = newUserDoc(openid, now)
  try {
    await users().add({ data: doc })
    return doc
  } catch (e) {
    if (!isConflictError(e)) throw e
    const raced = await findUser(openid)
    if (!raced) throw e
    return raced
  }
}

export async function updateProfile(openid: string, patch: Partial<Pick<UserDoc, 'nickname' | 'avatarUrl'>>, now: Date): Promise<void> {
  await users()
    .doc(openid)
    .update({ data: { ...patch, updatedAt: now } })
}

export async function setPhone(openid: string, phone: string, phoneHash: string, now: Date): Promise<void> {
  await users()
    .doc(openid)
    .update({ data: { phone, phoneHash, phoneBoundAt: now, updatedAt: now } })
}

/** The user as a transaction sees it (null if absent). */
export function readUserIn(t: Tx, openid: string): Promise<UserDoc | null> {
  return readIn<UserDoc>(t, 'users', openid)
}

/** What a user may reach — community and roles — changed inside the caller's transaction. */
export async function setAccessIn(
  t: Tx,
  openid: string,
  patch: { communityId?: string | null; streetId?: string | null; roles: Role[] },
  now: Date
): Promise<void> {
  await t
    .collection('users')
    .doc(openid)
    .update({ data: { ...patch, updatedAt: now } })
}

/** Nicknames of these users (by _id), at most 100. */
export async function nicknamesOf(openids: string[]): Promise<Map<string, string>> {
  const found = docsOf<UserDoc>(
    await users()
      .where({ _id: _.in(openids.slice(0, 100)) })
      .field({ nickname: true })
      .limit(100)
      .get()
  )
  return new Map(found.map((u) => [u._id, u.nickname]))
}

/** The coordinators of a community (index community_roles), oldest first; a community has a handful. */
export async function coordinatorsOf(communityId: string): Promise<UserDoc[]> {
  return docsOf<UserDoc>(
    await users()
      .where({ communityId, roles: 'coordinator' })
      .field({ nickname: true, avatarUrl: true, roles: true, communityId: true, createdAt: true })
      .orderBy('createdAt', 'asc')
      .limit(100)
      .get()
  )
}

/** Members of a community whose nickname contains `text` (literal, any case; index community_roles), at most `limit`. */
export async function membersNamed(communityId: string, text: string, limit: number): Promise<UserDoc[]> {
  const literal = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return docsOf<UserDoc>(
    await users()
      .where({ communityId, nickname: db.RegExp({ regexp: literal, options: 'i' }) })
      .field({ nickname: true, avatarUrl: true, roles: true, communityId: true })
      .limit(limit)
      .get()
  )
}
