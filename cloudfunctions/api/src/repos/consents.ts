// The only code that touches the `consents` collection: append-only records of who agreed to which version of
// 《用户隐私保护指引》 and when. The record's _id derives from (openid, version), so a replayed or repeated
// agreement to the same version finds its record and writes nothing; the user document carries the latest
// agreement (`consent`), which the router reads with the caller (no extra round trip per action).
import { createHash } from 'crypto'
import { newUserDoc, readUserIn } from './users'
import { inTransaction, readIn } from './transaction'

export interface ConsentDoc {
  _id: string
  _openid: string
  openid: string
  version: string
  at: Date
  /** The request that wrote it (for tracing a replay). */
  requestId: string
}

export const consentId = (openid: string, version: string) => createHash('sha256').update(`consent\u0000${openid}\u0000${version}`).digest('hex').slice(0, 24)

/**
 * Records the agreement and sets `users.consent`, in one transaction; a brand-new OPENID (no users.me yet) gets
 * its user document here, as users.me would create it. Returns the stored agreement (the first one on a replay).
 * Round trips: one transaction (2 reads, at most 2 writes).
 */
export async function recordConsent(openid: string, version: string, requestId: string, now: Date): Promise<{ version: string; at: Date }> {
  const id = consentId(openid, version)
  return inTransaction(async (t) => {
    const existing = await readIn<ConsentDoc>(t, 'consents', id)
    const user = await readUserIn(t, openid)
    const consent = existing ? { version: existing.version, at: new Date(existing.at) } : { version, at: now }
    if (!existing)
      await t
        .collection('consents')
        .doc(id)
        .set({ data: withoutId<ConsentDoc>({ _id: id, _openid: openid, openid, version, at: now, requestId }) })
    if (!user)
      await t
        .collection('users')
        .doc(openid)
        .set({ data: { ...withoutId(newUserDoc(openid, now)), consent } })
    else if (user.consent?.version !== consent.version)
      await t
        .collection('users')
        .doc(openid)
        .update({ data: { consent, updatedAt: now } })
    return consent
  })
}

function withoutId<T extends { _id: string }>(doc: T): Omit<T, '_id'> {
  const { _id, ...rest } = doc
  return rest
}
