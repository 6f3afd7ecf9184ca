// The only code that touches the `communities` collection.
import type { Location } from '../../../../src/shared/contracts'
import type { OrderRulesPatch, StoredCatalog, StoredCatalogEntry } from '../../../../src/shared/domain/order'
import type { TimebankRules } from '../../../../src/shared/domain/ledger'
import type { CommunityRateLimits } from '../../../../src/shared/domain/rateLimits'
import type { TeamKind, TeamServes } from '../../../../src/shared/domain/teams'
import { db, _ } from '../lib/cloud'
import { docsOf, insertedId, updatedCount, rowsOf } from '../lib/docs'
import { toGeoPoint } from '../lib/geo'
import { readIn, type Tx } from './transaction'

export interface CommunityDoc {
  _id: string
  name: string
  code: string
  /** Absent on communities created before addresses were recorded; shown as ''. */
  address?: string
  /** GeoJSON point (db.Geo.Point), indexed 2dsphere for communities.nearby. */
  location: unknown
  createdBy?: string
  /** The envelope requestId of the create call: a replay of it finds this community instead of a taken code. */
  requestId?: string
  /** Built-in categories this community changed and its own ones (src/shared/domain/order/catalog.ts), by key. */
  catalog?: StoredCatalog
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
  /** Bumped by every communities.update (absent = 0): edits are conditional on it; lastRequestId spots a replay. */
  version?: number
  lastRequestId?: string
  /** The join 小程序码 generated for this code and page (communities.joinQr): regenerated only when either changes. */
  joinQr?: { code: string; page: string; fileId: string }
  /** Bumped by every coordinator removal (absent = 0), so two racing removals cannot leave the community with none. */
  coordinatorEpoch?: number
  /** Team kinds (domain/teams.ts teamKindsOf: the defaults when absent), their version, and category → serving teams (repos/teams.ts). */
  teamKinds?: TeamKind[]
  teamKindsVersion?: number
  teamServes?: TeamServes
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

/**
 * Replaces one catalogue entry (key `category`) if nobody changed the catalogue since `version` was read; false if
 * somebody did. Entries are replaced or added, never removed (retiring is a field).
 */
export async function setCatalogEntry(id: string, version: number, category: string, entry: StoredCatalogEntry, now: Date): Promise<boolean> {
  const where = version === 0 ? { _id: id, catalogVersion: _.exists(false) } : { _id: id, catalogVersion: version }
  const updated = await updatedCount(
    communities()
      .where(where)
      .update({ data: { [`catalog.${category}`]: _.set(entry), catalogVersion: version + 1, updatedAt: now } })
  )
  return updated === 1
}

/** Replaces the community's rate-limit overrides as one list (communities.updateRateLimits merged it with the stored one). */
export async function setRateLimits(id: string, list: CommunityRateLimits, now: Date): Promise<void> {
  await communities()
    .doc(id)
    .update({ data: { rateLimits: _.set(list), updatedAt: now } })
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

/** What communities.update replaces (name, code, address, map point, 常住人口). */
export interface CommunityEdit {
  name: string
  code: string
  address: string
  location: Location
  population: number | null
}

/**
 * Applies the edit if the community is still at `version` (absent counts as 0); false when somebody saved first.
 * A code another community holds surfaces as the duplicate-key error of code_unique (the index decides, no race).
 */
export async function updateCommunity(id: string, version: number, edit: CommunityEdit, by: string, requestId: string, now: Date): Promise<boolean> {
  const where = version === 0 ? { _id: id, version: _.exists(false) } : { _id: id, version }
  const data = { ...edit, location: toGeoPoint(edit.location), version: version + 1, lastRequestId: requestId, updatedBy: by, updatedAt: now }
  return (await updatedCount(communities().where(where).update({ data }))) === 1
}

/**
 * Bumps the coordinator epoch inside a coordinator removal's transaction, if it is still the one read when the
 * coordinators were counted: two removals racing for the last two coordinators both write this document, so one
 * fails (write conflict, retried) and then finds the epoch moved. Returns false when it moved.
 */
export async function bumpCoordinatorEpochIn(t: Tx, id: string, epoch: number, now: Date): Promise<boolean> {
  const current = await readIn<CommunityDoc>(t, 'communities', id)
  if (!current || (current.coordinatorEpoch ?? 0) !== epoch) return false
  await t
    .collection('communities')
    .doc(id)
    .update({ data: { coordinatorEpoch: epoch + 1, updatedAt: now } })
  return true
}

/** Remembers the generated join 小程序码 (a replay or a second caller overwrites it with the same file). */
export async function setJoinQr(id: string, joinQr: { code: string; page: string; fileId: string }, now: Date): Promise<void> {
  await communities()
    .doc(id)
    .update({ data: { joinQr: _.set(joinQr), updatedAt: now } })
}
