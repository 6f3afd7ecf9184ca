// The only code that touches the `communities` collection.
import type { Location } from '../../../../src/shared/contracts'
import type { CatalogEntry, OrderRulesPatch } from '../../../../src/shared/domain/order'
import type { TimebankRules } from '../../../../src/shared/domain/ledger'
import type { CommunityRateLimits } from '../../../../src/shared/domain/rateLimits'
import { db, _ } from '../lib/cloud'
import { docsOf, insertedId, updatedCount, rowsOf } from '../lib/docs'
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
  /** Categories this community changed from the defaults (src/shared/domain/order/catalog.ts), by category. */
  catalog?: Partial<Record<string, CatalogEntry>>
  /** Bumped by every catalogue change: catalog.upsert is conditional on it (two coordinators cannot lose an edit). */
  catalogVersion?: number
  /** Order rules this community changed from the defaults (orderRulesOf fills the rest and ignores nonsense). */
  orderRules?: OrderRulesPatch
  /** Who signs this community's certificates (communities.updateCertificateInfo); defaults apply when absent. */
  certificateInfo?: { personInCharge: string; handler: string; contact: string }
  /** Time-bank rules this community changed from the defaults (timebankRulesOf fills the rest). */
  timebankRules?: Partial<TimebankRules>
  /** Rate limits this community's operators set (read by lib/rateLimit.ts over the defaults). */
  rateLimits?: CommunityRateLimits
  /** The street (街道) it belongs to: its street admins reach it, and unaccepted orders escalate there. */
  streetId?: string | null
  /** 常住人口 when recorded: the 工作台's denominator for the share of residents who volunteer. */
  population?: number | null
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
  return insertedId(communities().add({ data: { ...doc, location: toGeoPoint(doc.location) } }))
}

/** Puts the community in a street (streets.assignCommunity). Orders already escalated keep the street they went to. */
export async function setStreetOf(id: string, streetId: string, now: Date): Promise<void> {
  await communities()
    .doc(id)
    .update({ data: { streetId, updatedAt: now } })
}

/** Records (or clears, null) the community's 常住人口, the 工作台's denominator. */
export async function setPopulation(id: string, population: number | null, now: Date): Promise<void> {
  await communities()
    .doc(id)
    .update({ data: { population, updatedAt: now } })
}

/** A street's communities, oldest first (index street); a street has far fewer than 100. */
export async function communitiesOfStreet(streetId: string): Promise<CommunityDoc[]> {
  return docsOf<CommunityDoc>(await communities().where({ streetId }).orderBy('createdAt', 'asc').limit(100).get())
}

/** Communities within `radiusMeters` of a point, nearest first, with the distance in metres ($geoNear, 2dsphere). */
export async function nearbyCommunities(at: Location, radiusMeters: number, limit: number): Promise<Array<CommunityDoc & { distanceMeters: number }>> {
  return rowsOf<CommunityDoc & { distanceMeters: number }>(
    communities()
      .aggregate()
      .geoNear({ near: toGeoPoint(at), key: 'location', spherical: true, maxDistance: radiusMeters, distanceField: 'distanceMeters' })
      .limit(limit)
      .end()
  )
}

/** Replaces one catalogue entry if nobody changed the catalogue since `version` was read; false if somebody did. */
export async function setCatalogEntry(id: string, version: number, entry: CatalogEntry, now: Date): Promise<boolean> {
  const where = version === 0 ? { _id: id, catalogVersion: _.exists(false) } : { _id: id, catalogVersion: version }
  const updated = await updatedCount(
    communities()
      .where(where)
      .update({ data: { [`catalog.${entry.category}`]: _.set(entry), catalogVersion: version + 1, updatedAt: now } })
  )
  return updated === 1
}

/** Sets the given time-bank rules, field by field: a change of one rule never overwrites another made meanwhile. */
export async function setTimebankRules(id: string, patch: Partial<TimebankRules>, now: Date): Promise<void> {
  const data: Record<string, unknown> = { updatedAt: now }
  for (const [field, value] of Object.entries(patch)) data[`timebankRules.${field}`] = value
  await communities().doc(id).update({ data })
}

/**
 * Sets the given order rules field by field (rounding's unit and mode apart): two coordinators changing different
 * rules at once both land, and a replay sets the same values again.
 */
export async function setOrderRules(id: string, patch: OrderRulesPatch, now: Date): Promise<void> {
  const data: Record<string, unknown> = { updatedAt: now }
  for (const [field, value] of Object.entries(patch)) {
    if (field !== 'rounding') data[`orderRules.${field}`] = value
  }
  for (const [field, value] of Object.entries(patch.rounding ?? {})) data[`orderRules.rounding.${field}`] = value
  await communities().doc(id).update({ data })
}

/** Replaces the certificate signatories (负责人, 经办人, 联系方式) as one value. */
export async function setCertificateInfo(id: string, info: { personInCharge: string; handler: string; contact: string }, now: Date): Promise<void> {
  await communities()
    .doc(id)
    .update({ data: { certificateInfo: _.set(info), updatedAt: now } })
}
