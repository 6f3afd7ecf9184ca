// The only code that touches `stations` (志愿服务站、岗、室、点), plus the one read of a community's addresses that the
// coverage view needs. Invariants:
// - a station's _id is derived from (creating coordinator, requestId): a replayed create finds the first station;
// - `version` starts at 1 and every edit is one conditional update on the version the editor read (+1), so of two
//   coordinators editing at once one wins and the other is told CONFLICT; the edit's requestId is kept as
//   lastRequestId so a replayed edit (reply lost) is recognised instead of being refused as stale;
// - `location` is a GeoJSON point under the 2dsphere index location_geo (stations.nearby uses $geoNear on it).
import { createHash } from 'crypto'
import type { StationStatus, StationType } from '../../../../src/shared/contracts/stations'
import type { HoursRange } from '../../../../src/shared/domain/stations'
import { db, _ } from '../lib/cloud'
import { aggregateOps, expr } from '../lib/aggregate'
import { isDuplicateKey } from '../lib/dbErrors'
import { docsOf, updatedCount, rowsOf } from '../lib/docs'

export interface StationDoc {
  _id: string
  communityId: string
  requestId: string
  createdBy: string
  name: string
  type: StationType
  address: string
  location: unknown
  /** Sorted by day, then start (sortHours). */
  hours: HoursRange[]
  services: string[]
  tags: string[]
  status: StationStatus
  version: number
  lastRequestId: string
  updatedBy: string
  createdAt: Date
  updatedAt: Date
}

export type StationEdit = Pick<StationDoc, 'name' | 'type' | 'address' | 'location' | 'hours' | 'services' | 'tags' | 'status'>

const STATIONS = 'stations'
const stations = () => db.collection(STATIONS)
/** More stations than any one community runs; bounds list and coverage reads to one page each. */
export const MAX_STATIONS_PER_COMMUNITY = 100

export function stationIdFor(openid: string, requestId: string): string {
  return createHash('sha256').update(`station\u0000${openid}\u0000${requestId}`).digest('hex').slice(0, 24)
}

export async function findStation(id: string): Promise<StationDoc | null> {
  return docsOf<StationDoc>(await stations().where({ _id: id }).limit(1).get())[0] ?? null
}

/** Inserts unless a station with this _id exists (a replayed create); returns the stored one. */
export async function insertStationOnce(doc: StationDoc): Promise<StationDoc> {
  try {
    await stations().add({ data: doc })
    return doc
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
    const existing = await findStation(doc._id)
    if (!existing) throw e
    return existing
  }
}

/** Applies the edit if the station is still at `version`; false when somebody edited it first. */
export async function updateStation(id: string, version: number, edit: StationEdit, by: string, requestId: string, now: Date): Promise<boolean> {
  const data = {
    ...edit,
    hours: _.set(edit.hours),
    services: _.set(edit.services),
    tags: _.set(edit.tags),
    version: version + 1,
    lastRequestId: requestId,
    updatedBy: by,
    updatedAt: now
  }
  const updated = await updatedCount(stations().where({ _id: id, version }).update({ data }))
  return updated === 1
}

/** A community's stations, newest first (index community_status_created, leading communityId). */
export async function listStations(communityId: string): Promise<StationDoc[]> {
  return docsOf<StationDoc>(await stations().where({ communityId }).orderBy('createdAt', 'desc').limit(MAX_STATIONS_PER_COMMUNITY).get())
}

/** A community's stations in service (index community_status_created: communityId + status). */
export async function openStationsOf(communityId: string): Promise<StationDoc[]> {
  return docsOf<StationDoc>(await stations().where({ communityId, status: 'open' }).limit(MAX_STATIONS_PER_COMMUNITY).get())
}

/** Stations within `radiusMeters` of a point, nearest first, with the distance in metres ($geoNear on location_geo). */
export async function stationsNear(near: unknown, radiusMeters: number, limit: number): Promise<Array<StationDoc & { distanceMeters: number }>> {
  return rowsOf<StationDoc & { distanceMeters: number }>(
    stations().aggregate().geoNear({ near, key: 'location', spherical: true, maxDistance: radiusMeters, distanceField: 'distanceMeters' }).limit(limit).end()
  )
}

// ---- The community's addresses, for coverage ----

export interface CommunityAddress {
  _id: string
  ownerOpenid: string
  label: string
  detail: string
  contactName: string
  location: unknown | null
}

/** Members read per round trip; each brings at most MAX_ADDRESSES (10) addresses. */
const MEMBERS_PER_PAGE = 500
/** 20 pages = 10,000 members: far beyond one 社区's registered users; past it the answer says `complete: false`. */
const MAX_PAGES = 20

/**
 * Every address of every member of the community. Addresses carry no communityId (they belong to a person, who
 * may move), so this goes through the people: members of the community by users.community_roles (leading
 * communityId), each joined with their addresses through addresses.owner_created (leading ownerOpenid) — ONE
 * aggregate round trip per 500 members, ordered by _id so pages neither skip nor repeat. Cost: ⌈members/500⌉
 * round trips; only the four fields planning needs come back (no phone numbers).
 */
export async function addressesOfCommunity(communityId: string): Promise<{ addresses: CommunityAddress[]; complete: boolean }> {
  const $ = aggregateOps
  const out: CommunityAddress[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const members = await rowsOf<{ _id: string; addresses: CommunityAddress[] }>(
      db
        .collection('users')
        .aggregate()
        .match({ communityId })
        .sort({ _id: 1 })
        .skip(page * MEMBERS_PER_PAGE)
        .limit(MEMBERS_PER_PAGE)
        .lookup({
          from: 'addresses',
          let: { who: '$_id' },
          pipeline: $.pipeline()
            .match(expr($.eq(['$ownerOpenid', '$$who'])))
            .project({ ownerOpenid: 1, label: 1, detail: 1, contactName: 1, location: 1 })
            .done(),
          as: 'addresses'
        })
        .project({ addresses: 1 })
        .end()
    )
    for (const u of members) out.push(...u.addresses)
    if (members.length < MEMBERS_PER_PAGE) return { addresses: out, complete: true }
  }
  return { addresses: out, complete: false }
}
