// Database side of 名册导入 and 身份认领. Invariants:
// - an import is ONE transaction: the volunteers (approved, numbered), their 补录 records and record totals, the
//   community's number counter, the 工作台 rollups and the audit entry land together or not at all;
// - the audit entry's _id is `roster-<importId>` (importId = hash of community and file bytes): the import's
//   receipt. Found → the file was imported already and nothing is written again (replays, re-uploads, races);
// - every document id is fixed by the person (`roster-<idHash prefix>`) or by the import row, so a second writer
//   racing the first fails on the primary key instead of adding a copy;
// - writes go in batches (collection.add of an array: one round trip per ROSTER_BATCH documents).
import { seenKeys, recordBumps, volunteerApprovedBumps, residentMovedBumps, type Bumps } from '../../../../src/shared/domain/stats'
import { db, _ } from '../lib/cloud'
import { docsOf } from '../lib/docs'
import { volunteerNumber } from './approvals'
import type { AuditEntry } from './audit'
import type { RecordDoc } from './records'
import { applyBumpsIn } from './statsRollups'
import { inTransaction, readIn } from './transaction'
import type { VolunteerDoc } from './volunteers'

export const ROSTER_BATCH = 500
const READ_BATCH = 1000

/** A placeholder "OPENID" no WeChat user has (real ones never contain '-' followed by 40 hex in this shape). */
export const rosterKey = (idHash: string) => `roster-${idHash.slice(0, 40)}`
export const isRosterKey = (openid: string) => /^roster-[0-9a-f]{40}$/.test(openid)

/** The idHashes among these that some volunteer record already holds (index idhash_unique), READ_BATCH per trip. */
export async function registeredIdHashes(hashes: string[]): Promise<Set<string>> {
  const found = new Set<string>()
  for (let i = 0; i < hashes.length; i += READ_BATCH) {
    const res = await db
      .collection('volunteers')
      .where({ idHash: _.in(hashes.slice(i, i + READ_BATCH)) })
      .field({ idHash: true })
      .limit(READ_BATCH)
      .get()
    for (const v of docsOf<{ idHash: string }>(res)) found.add(v.idHash)
  }
  return found
}

export interface ImportReceipt {
  rows: number
  volunteers: number
  pastRecords: number
  pastMinutes: number
  firstNo: string | null
  lastNo: string | null
}

export const receiptId = (importId: string) => `roster-${importId}`

export interface StoredReceipt {
  after: ImportReceipt
  actorOpenid: string
  requestId: string
}

/** The receipt of an import already done (its audit entry), or null. */
export async function findImportReceipt(importId: string): Promise<StoredReceipt | null> {
  const docs = docsOf<StoredReceipt>(
    await db
      .collection('audit_logs')
      .where({ _id: receiptId(importId) })
      .limit(1)
      .get()
  )
  return docs[0] ?? null
}

export type NewVolunteer = Omit<VolunteerDoc, '_id' | 'volunteerNo'> & { _id: string }

/**
 * Writes the whole import. Numbers are the community's next ones in row order (the counter is read and set in the
 * same transaction as in approvals.ts). Returns the receipt, or the earlier receipt if the import was done already.
 */
export async function writeImport(
  w: { importId: string; rows: number; communityId: string; communityCode: string; volunteers: NewVolunteer[]; records: RecordDoc[]; audit: AuditEntry },
  now: Date
): Promise<StoredReceipt> {
  return inTransaction(async (t) => {
    const earlier = await readIn<StoredReceipt>(t, 'audit_logs', receiptId(w.importId))
    if (earlier) return earlier
    const counterId = `volunteerNo:${w.communityId}`
    const start = (await readIn<{ seq: number }>(t, 'counters', counterId))?.seq ?? 0
    const numbered = w.volunteers.map((v, i) => ({ ...v, volunteerNo: volunteerNumber(w.communityCode, start + i + 1) }))
    const noOf = new Map(numbered.map((v) => [v.openid, v.volunteerNo]))
    const records = w.records.map((r) => ({ ...r, volunteerNo: noOf.get(r.volunteerOpenid) ?? null }))
    const totals = new Map<string, { _id: string; minutes: number; records: number; seen: Record<string, true>; updatedAt: Date }>()
    const bumps: Bumps = {}
    for (let i = 0; i < numbered.length; i++) merge(bumps, volunteerApprovedBumps())
    for (const r of records) {
      const k = seenKeys(r.communityId, r.date)
      const cur = totals.get(r.volunteerOpenid) ?? { _id: r.volunteerOpenid, minutes: 0, records: 0, seen: {}, updatedAt: now }
      const firstIn = { month: !cur.seen[k.month], year: !cur.seen[k.year] }
      cur.seen[k.month] = cur.seen[k.year] = true
      cur.minutes += r.minutes
      cur.records += 1
      totals.set(r.volunteerOpenid, cur)
      merge(bumps, recordBumps(r, r.minutes, firstIn))
    }
    await addAll(t, 'volunteers', numbered)
    await addAll(t, 'service_records', records)
    await addAll(t, 'record_totals', [...totals.values()])
    if (numbered.length)
      await t
        .collection('counters')
        .doc(counterId)
        .set({ data: { seq: start + numbered.length, updatedAt: now } })
    for (const [doc, paths] of Object.entries(bumps)) await applyBumpsIn(t, w.communityId, { [doc]: paths }, now)
    const receipt: ImportReceipt = {
      rows: w.rows,
      volunteers: numbered.length,
      pastRecords: records.length,
      pastMinutes: records.reduce((s, r) => s + r.minutes, 0),
      firstNo: numbered[0]?.volunteerNo ?? null,
      lastNo: numbered[numbered.length - 1]?.volunteerNo ?? null
    }
    const a = w.audit
    await t.collection('audit_logs').add({
      data: { _id: receiptId(w.importId), ...a, communityId: a.communityId ?? null, before: null, after: { ...a.after, ...receipt }, onBehalfOf: null, at: now }
    })
    return { after: receipt, actorOpenid: a.actorOpenid, requestId: a.requestId }
  })
}

function merge(into: Bumps, b: Bumps): void {
  for (const [doc, paths] of Object.entries(b)) for (const [p, n] of Object.entries(paths)) (into[doc] ??= {})[p] = (into[doc][p] ?? 0) + n
}

async function addAll(t: { collection(name: string): { add(arg: { data: unknown[] }): Promise<unknown> } }, coll: string, docs: object[]): Promise<void> {
  for (let i = 0; i < docs.length; i += ROSTER_BATCH) await t.collection(coll).add({ data: docs.slice(i, i + ROSTER_BATCH) })
}

/** The volunteer record holding this idHash (index idhash_unique), or null. */
export async function findVolunteerByIdHash(idHash: string): Promise<VolunteerDoc | null> {
  return docsOf<VolunteerDoc>(await db.collection('volunteers').where({ idHash }).limit(1).get())[0] ?? null
}

/** Ids of the service records still under a placeholder key (index volunteer_date). */
export async function recordIdsOf(openid: string): Promise<string[]> {
  const res = await db.collection('service_records').where({ volunteerOpenid: openid }).field({ _id: true }).limit(1000).get()
  return docsOf<{ _id: string }>(res).map((r) => r._id)
}

/**
 * Hands an unclaimed roster record to the claimant: the volunteer's openid, its records and record total move from
 * the placeholder key to the OPENID; the user gets the community (if they had none) and the volunteer role. One
 * transaction with the audit entry. Returns false if somebody claimed it meanwhile.
 */
export async function claimRecord(
  v: Pick<VolunteerDoc, '_id' | 'openid' | 'communityId'>,
  openid: string,
  recordIds: string[],
  audit: AuditEntry,
  now: Date
): Promise<boolean> {
  return inTransaction(async (t) => {
    const current = await readIn<VolunteerDoc>(t, 'volunteers', v._id)
    if (!current || current.openid !== v.openid) return false
    const user = await readIn<{ communityId: string | null }>(t, 'users', openid)
    if (!user || (user.communityId && user.communityId !== v.communityId)) return false
    await t
      .collection('volunteers')
      .doc(v._id)
      .update({ data: { openid, 'roster.claimedAt': now, updatedAt: now } })
    await t
      .collection('users')
      .doc(openid)
      .update({ data: { communityId: v.communityId, roles: _.addToSet('volunteer'), updatedAt: now } })
    if (!user.communityId) await applyBumpsIn(t, v.communityId, residentMovedBumps(1), now)
    for (const id of recordIds)
      await t
        .collection('service_records')
        .doc(id)
        .update({ data: { volunteerOpenid: openid, updatedAt: now } })
    const total = await readIn<Record<string, unknown>>(t, 'record_totals', v.openid)
    if (total) {
      const { _id, ...rest } = total
      await t
        .collection('record_totals')
        .doc(openid)
        .set({ data: { ...rest, updatedAt: now } })
      await t.collection('record_totals').doc(v.openid).remove()
    }
    await t
      .collection('audit_logs')
      .add({ data: { ...audit, communityId: v.communityId, before: audit.before ?? null, after: audit.after ?? null, onBehalfOf: null, at: now } })
    return true
  })
}

/**
 * The next page of a community's approved volunteers in 志愿者编号 order WITH the ID cipher (index community_number):
 * only exports.nationalRoster reads this, to decrypt for street and platform admins.
 */
export async function approvedWithCipherAfter(communityId: string, afterNo: string | null, limit = READ_BATCH): Promise<VolunteerDoc[]> {
  const res = await db
    .collection('volunteers')
    .where({ communityId, status: 'approved', volunteerNo: _.gt(afterNo ?? '') })
    .orderBy('volunteerNo', 'asc')
    .limit(limit)
    .get()
  return docsOf<VolunteerDoc>(res)
}
