// The only code that touches `service_records` and `record_totals` (志愿服务记录, 《志愿服务记录与证明出具办法》).
// Invariants:
// - a record's _id is fixed by its source (order-<orderId>; honorary-<hash of coordinator and requestId>), so
//   writing the same record twice finds the first and adds nothing (replays of the order flow, retried forms);
// - record_totals/<volunteer OPENID>.minutes equals the sum of that volunteer's record minutes: every write that
//   adds a record or changes its minutes changes the total in the SAME transaction, so stars cost one read;
// - `history` is only appended to; `version` grows with every write (conditional updates compare it).
// Ids use '-' rather than ':' because the contracts' `id` field (recordId) admits only [A-Za-z0-9_-], ≤ 64.
import { createHash } from 'crypto'
import type { ServiceCategory } from '../../../../src/shared/contracts'
import { orderCategoryLabel, PAYABLE_STATUSES } from '../../../../src/shared/domain/order'
import { recordBumps, seenKeys } from '../../../../src/shared/domain/stats'
import { shanghaiDay } from '../../../../src/shared/time'
import { db, _ } from '../lib/cloud'
import { docsOf, updatedCount } from '../lib/docs'
import type { OrderDoc } from './orderTypes'
import { earnPointsIn } from './points'
import { applyBumpsIn } from './statsRollups'
import { inTransaction, readIn, type Tx } from './transaction'

export interface RecordChangeDoc {
  at: Date
  byOpenid: string
  byName: string
  reason: string
  before: { minutes: number; content: string }
  after: { minutes: number; content: string }
}
export interface CorrectionDoc {
  status: 'requested' | 'corrected' | 'rejected'
  reason: string
  proposedMinutes: number | null
  reply: string | null
  requestedAt: Date | null
  decidedBy: string | null
  decidedAt: Date | null
}

export interface RecordDoc {
  _id: string
  volunteerOpenid: string
  volunteerId: string | null
  volunteerName: string
  volunteerNo: string | null
  communityId: string
  /** The community's name when recorded (谁组织谁记录). */
  organizer: string
  /** 'import': past hours (补录) from a roster import, with their source in `note` (volunteers.importRoster). */
  source: 'order' | 'project' | 'honorary' | 'import'
  /** Order records: the order's service category (the 工作台 counts served minutes per category); else null. */
  category: ServiceCategory | null
  content: string
  place: string
  /** China-time day of the service, YYYY-MM-DD (sorts and ranges as text). */
  date: string
  /** When the service began and ended (order check-in/out; a project's session); null for honorary top-ups. */
  startAt: Date | null
  endAt: Date | null
  minutes: number
  evaluation: { stars: number; comment: string | null } | null
  correction: CorrectionDoc | null
  history: RecordChangeDoc[]
  orderId: string | null
  /** The registered beneficiary (受助对象) served, for an order a coordinator recorded for them (orders.createFor). */
  beneficiaryId?: string | null
  /** Honorary top-ups: why they were granted. */
  note: string | null
  /** Order records: a dispute ruling has been applied (it is applied once; later corrections stand). */
  resolutionApplied: boolean
  version: number
  createdAt: Date
  updatedAt: Date
}

const RECORDS = 'service_records'
const TOTALS = 'record_totals'
const records = () => db.collection(RECORDS)

export const orderRecordId = (orderId: string) => `order-${orderId}`
export const honoraryRecordId = (coordinatorOpenid: string, requestId: string) =>
  `honorary-${createHash('sha256').update(`${coordinatorOpenid}\u0000${requestId}`).digest('hex').slice(0, 24)}`

/** The record of a completed or resolved order: its final minutes, category, area, check-in day and rating. */
export function orderRecordOf(order: OrderDoc, now: Date): RecordDoc {
  if (!PAYABLE_STATUSES.includes(order.status) || !order.volunteerOpenid) throw new Error(`order ${order._id} is not finished`)
  return {
    _id: orderRecordId(order._id),
    volunteerOpenid: order.volunteerOpenid,
    volunteerId: order.volunteerId,
    volunteerName: order.volunteerName ?? '志愿者',
    volunteerNo: order.volunteerNo,
    // orders.create copies the community's name into `area`: it is both the organizer and the place.
    communityId: order.communityId,
    organizer: order.area,
    source: 'order',
    category: order.category,
    content: `${orderCategoryLabel(order)}服务`,
    place: order.area,
    date: shanghaiDay(order.checkInAt ?? order.checkOutAt ?? order.updatedAt),
    startAt: order.checkInAt ?? null,
    endAt: order.checkOutAt ?? null,
    minutes: order.finalMinutes ?? 0,
    evaluation: order.rating ? { stars: order.rating.stars, comment: order.rating.comment } : null,
    correction: null,
    history: [],
    orderId: order._id,
    ...(order.beneficiaryId ? { beneficiaryId: order.beneficiaryId } : {}),
    note: null,
    resolutionApplied: order.status === 'resolved',
    version: 1,
    createdAt: now,
    updatedAt: now
  }
}

/**
 * Writes the record of a finished order once (call after confirm, auto-confirm and resolve; replays change nothing).
 * A dispute ruled after the record was written is applied to it once, as a correction kept in its history.
 */
export async function writeOrderRecord(order: OrderDoc, now: Date): Promise<RecordDoc> {
  const fresh = orderRecordOf(order, now)
  return inTransaction(async (t) => {
    const existing = await readRecordIn(t, fresh._id)
    if (!existing) return insertRecordIn(t, fresh)
    if (order.status !== 'resolved' || existing.resolutionApplied) return existing
    const ruling = [...order.events].reverse().find((e) => e.kind === 'resolve')
    const change =
      existing.minutes === fresh.minutes
        ? null
        : {
            at: now,
            byOpenid: ruling?.byOpenid ?? '',
            byName: ruling?.byName ?? '社区协调员',
            reason: order.dispute?.resolution ?? '争议裁定',
            before: { minutes: existing.minutes, content: existing.content },
            after: { minutes: fresh.minutes, content: existing.content }
          }
    return reviseRecordIn(t, existing, { minutes: fresh.minutes, resolutionApplied: true }, change, now)
  })
}

export function readRecordIn(t: Tx, id: string): Promise<RecordDoc | null> {
  return readIn<RecordDoc>(t, RECORDS, id)
}

export async function findRecord(id: string): Promise<RecordDoc | null> {
  return docsOf<RecordDoc>(await records().where({ _id: id }).limit(1).get())[0] ?? null
}

/** Adds a record and its minutes to the volunteer's total (caller checked it is absent in this transaction). */
export async function insertRecordIn(t: Tx, doc: RecordDoc): Promise<RecordDoc> {
  await t
    .collection(RECORDS)
    .doc(doc._id)
    .set({ data: withoutId(doc) })
  const firstIn = await addToTotalIn(
    t,
    doc.volunteerOpenid,
    doc.minutes,
    1,
    doc.updatedAt,
    doc.source === 'honorary' ? null : seenKeys(doc.communityId, doc.date)
  )
  await applyBumpsIn(t, doc.communityId, recordBumps(doc, doc.minutes, firstIn), doc.updatedAt)
  await earnPointsIn(
    t,
    { recordId: doc._id, volunteerOpenid: doc.volunteerOpenid, communityId: doc.communityId, source: doc.source, date: doc.date, minutesDelta: doc.minutes },
    doc.updatedAt
  )
  return doc
}

/** Changes a record as read in this transaction, appending `change` to its history and moving the total by the difference. */
export async function reviseRecordIn(
  t: Tx,
  r: RecordDoc,
  patch: Partial<Pick<RecordDoc, 'minutes' | 'content' | 'correction' | 'resolutionApplied'>>,
  change: RecordChangeDoc | null,
  now: Date
): Promise<RecordDoc> {
  const data: Record<string, unknown> = { ...patch, version: _.inc(1), updatedAt: now }
  // An object value in update() merges into the stored one; a correction replaces it whole.
  if (patch.correction !== undefined) data.correction = _.set(patch.correction)
  if (change) data.history = _.push([change])
  await t.collection(RECORDS).doc(r._id).update({ data })
  const delta = (patch.minutes ?? r.minutes) - r.minutes
  if (delta !== 0) await addToTotalIn(t, r.volunteerOpenid, delta, 0, now, null)
  if (delta !== 0) await applyBumpsIn(t, r.communityId, recordBumps(r, delta, { month: false, year: false }), now)
  if (delta !== 0)
    await earnPointsIn(
      t,
      { recordId: r._id, volunteerOpenid: r.volunteerOpenid, communityId: r.communityId, source: r.source, date: r.date, minutesDelta: delta },
      now
    )
  return { ...r, ...patch, history: change ? [...r.history, change] : r.history, version: r.version + 1, updatedAt: now }
}

/** Sets a correction request if nobody changed the record since `r` was read; false if somebody did. */
export async function setCorrectionRequest(r: RecordDoc, correction: CorrectionDoc, now: Date): Promise<boolean> {
  const updated = await updatedCount(
    records()
      .where({ _id: r._id, version: r.version })
      .update({ data: { correction: _.set(correction), version: _.inc(1), updatedAt: now } })
  )
  return updated === 1
}

/**
 * Moves the volunteer's total; with `seen` (a service record's community-month and community-year keys) also marks
 * them and says whether this is the volunteer's first record there — a new participant for the 工作台.
 */
async function addToTotalIn(
  t: Tx,
  openid: string,
  minutes: number,
  count: number,
  now: Date,
  seen: { month: string; year: string } | null
): Promise<{ month: boolean; year: boolean }> {
  const cur = await readIn<{ minutes: number; records: number; seen?: Record<string, true> }>(t, TOTALS, openid)
  const marks = { ...(cur?.seen ?? {}) }
  const firstIn = { month: !!seen && !marks[seen.month], year: !!seen && !marks[seen.year] }
  if (seen) marks[seen.month] = marks[seen.year] = true
  await t
    .collection(TOTALS)
    .doc(openid)
    .set({ data: { minutes: (cur?.minutes ?? 0) + minutes, records: (cur?.records ?? 0) + count, seen: marks, updatedAt: now } })
  return firstIn
}

function withoutId<T extends { _id: string }>(doc: T): Omit<T, '_id'> {
  const { _id, ...rest } = doc
  return rest
}

/** A project participant's record id: fixed by the project and the volunteer, so completing twice adds nothing. */
export const projectRecordId = (projectId: string, volunteerOpenid: string) =>
  `project-${projectId}-${createHash('sha256').update(volunteerOpenid).digest('hex').slice(0, 16)}`

export interface ProjectRecordSource {
  projectId: string
  communityId: string
  organizer: string
  title: string
  place: string
  /** The first session the volunteer attended (the record's day and start). */
  startsAt: Date
  /** The end of the last session they attended; without it, startsAt + minutes. */
  endAt?: Date
  minutes: number
  volunteer: { openid: string; volunteerId: string | null; name: string; volunteerNo: string | null }
}

/** Writes a project participant's record once (replays find it and change nothing); `created` says whether it was new. */
export async function writeProjectRecord(src: ProjectRecordSource, now: Date): Promise<{ record: RecordDoc; created: boolean }> {
  const fresh: RecordDoc = {
    _id: projectRecordId(src.projectId, src.volunteer.openid),
    volunteerOpenid: src.volunteer.openid,
    volunteerId: src.volunteer.volunteerId,
    volunteerName: src.volunteer.name,
    volunteerNo: src.volunteer.volunteerNo,
    communityId: src.communityId,
    organizer: src.organizer,
    source: 'project',
    category: null,
    content: src.title,
    place: src.place,
    date: shanghaiDay(src.startsAt),
    startAt: src.startsAt,
    endAt: src.endAt ?? new Date(src.startsAt.getTime() + src.minutes * 60000),
    minutes: src.minutes,
    evaluation: null,
    correction: null,
    history: [],
    orderId: null,
    note: null,
    resolutionApplied: false,
    version: 1,
    createdAt: now,
    updatedAt: now
  }
  return inTransaction(async (t) => {
    const existing = await readRecordIn(t, fresh._id)
    if (existing) return { record: existing, created: false }
    return { record: await insertRecordIn(t, fresh), created: true }
  })
}
