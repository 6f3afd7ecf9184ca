// The only code that touches the `communities` collection.
import { db } from '../lib/cloud'
import { docsOf } from '../lib/docs'

export interface CommunityDoc {
  _id: string
  name: string
  code: string
  location: { type: 'Point'; coordinates: [number, number] }
  createdAt: Date
}

export async function findCommunity(id: string): Promise<CommunityDoc | null> {
  return docsOf<CommunityDoc>(await db.collection('communities').where({ _id: id }).limit(1).get())[0] ?? null
}
