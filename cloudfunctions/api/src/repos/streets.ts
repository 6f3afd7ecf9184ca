// The only code that touches the `streets` collection. A street's _id comes from its creator and the client's
// requestId, so a retried create finds the first street instead of making a second.
import { createHash } from 'crypto'
import { db } from '../lib/cloud'
import { isDuplicateKey } from '../lib/dbErrors'
import { docsOf } from '../lib/docs'

export interface StreetDoc {
  _id: string
  name: string
  /** Minutes an order may stay unaccepted after its community's escalation before the street's admins are told. */
  escalationMinutes: number
  requestId: string
  createdBy: string
  createdAt: Date
}

const streets = () => db.collection('streets')
/** More streets than one deployment runs (a district has a few dozen): bounds streets.list to one read. */
export const MAX_STREETS = 100

export function streetIdFor(openid: string, requestId: string): string {
  return createHash('sha256').update(`street\u0000${openid}\u0000${requestId}`).digest('hex').slice(0, 24)
}

export async function findStreet(id: string): Promise<StreetDoc | null> {
  return docsOf<StreetDoc>(await streets().where({ _id: id }).limit(1).get())[0] ?? null
}

/** Inserts unless a street with this _id exists (a replayed create); returns the stored one and whether it is new. */
export async function insertStreetOnce(doc: StreetDoc): Promise<{ street: StreetDoc; created: boolean }> {
  try {
    await streets().add({ data: doc })
    return { street: doc, created: true }
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
    const existing = await findStreet(doc._id)
    if (!existing) throw e
    return { street: existing, created: false }
  }
}

/** Every street, oldest first (index created). */
export async function listStreets(): Promise<StreetDoc[]> {
  return docsOf<StreetDoc>(await streets().orderBy('createdAt', 'asc').limit(MAX_STREETS).get())
}
