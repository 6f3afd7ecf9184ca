// The only code that touches the `communities` collection.
import { db } from '../lib/cloud'

export interface CommunityDoc {
  _id: string
  name: string
  code: string
  location: { type: 'Point'; coordinates: [number, number] }
  createdAt: Date
}

export async function findCommunity(id: string): Promise<CommunityDoc | null> {
  const res = await db.collection('communities').where({ _id: id }).limit(1).get()
  return (res.data[0] as CommunityDoc | undefined) ?? null
}
