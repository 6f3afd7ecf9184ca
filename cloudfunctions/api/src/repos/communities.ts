// The only code that touches the `communities` collection.
import type { Location } from '../../../../src/shared/contracts'
import { db } from '../lib/cloud'
import { docsOf } from '../lib/docs'
import { toGeoPoint } from '../lib/geo'

export interface CommunityDoc {
  _id: string
  name: string
  code: string
  /** Absent on communities created before addresses were recorded; shown as ''. */
  address?: string
  /** GeoJSON point (db.Geo.Point), indexed 2dsphere for communities.nearby. */
  location: unknown
  createdBy?: string
  createdAt: Date
}

const communities = () => db.collection('communities')

export async function findCommunity(id: string): Promise<CommunityDoc | null> {
  return docsOf<CommunityDoc>(await communities().where({ _id: id }).limit(1).get())[0] ?? null
}

/** By its join code (index code_unique). */
export async function findCommunityByCode(code: string): Promise<CommunityDoc | null> {
  return docsOf<CommunityDoc>(await communities().where({ code }).limit(1).get())[0] ?? null
}

/** Inserts; a taken code surfaces as the duplicate-key error of index code_unique (no read-then-write race). */
export async function insertCommunity(doc: Omit<CommunityDoc, '_id' | 'location'> & { location: Location }): Promise<string> {
  const res = (await communities().add({ data: { ...doc, location: toGeoPoint(doc.location) } })) as { _id: string }
  return res._id
}

/** Communities within `radiusMeters` of a point, nearest first, with the distance in metres ($geoNear, 2dsphere). */
export async function nearbyCommunities(at: Location, radiusMeters: number, limit: number): Promise<Array<CommunityDoc & { distanceMeters: number }>> {
  const res = await communities()
    .aggregate()
    .geoNear({ near: toGeoPoint(at), key: 'location', spherical: true, maxDistance: radiusMeters, distanceField: 'distanceMeters' })
    .limit(limit)
    .end()
  return (res as { list: Array<CommunityDoc & { distanceMeters: number }> }).list
}
