// The `orders` collection: every write that moves an order, and the queries the actions and jobs run. Elsewhere,
// only these touch it: reads — the caller read's join (caller.ts), dispatch candidates' load (candidates.ts), the
// nightly stats (orderStats.ts, statsRebuild.ts), a person's data (myData.ts, erasure.ts); writes that never
// change a status — photo verdicts (orderPhotos.ts) and scrubbing an erased person's details (erasure.ts).
// Invariants:
// - an order's _id is derived from (creator OPENID, client requestId): a replayed create hits the primary key
//   and can never make a second order;
// - status only changes through moveOrder(): ONE conditional update on the status read (plus who holds it),
//   which also appends the event to the order's timeline — the change and its record land together or not at all
//   (moveOrderIn(): the same inside a transaction, when another document must change with it); the callers are
//   actions/orders/move.ts (commitMove, systemMove), which first ask the transition table (canMove);
// - events are only ever appended (_.push), never edited.
import { createHash } from 'crypto'
import { PAYABLE_STATUSES, TRANSITIONS, type OrderMove, type OrderStatus } from '../../../../src/shared/domain/order'
import { db, _ } from '../lib/cloud'
import { docsOf } from '../lib/docs'
import type { OrderDoc, OrderEventDoc } from './orderTypes'
import { readIn, type Tx } from './transaction'

export type { OrderDoc, OrderEventDoc } from './orderTypes'

const orders = () => db.collection('orders')
type Updated = { stats: { updated: number } }

/** The order id for this creator's request: same inputs, same id (hex, 24 chars). */
export function orderIdFor(creatorOpenid: string, requestId: string): string {
  return createHash('sha256').update(`${creatorOpenid}\u0000${requestId}`).digest('hex').slice(0, 24)
}

/** Inserts; a replay surfaces as the duplicate-key error of the primary key. */
export async function insertOrder(doc: OrderDoc): Promise<void> {
  await orders().add({ data: doc })
}

/** The order as the caller's transaction sees it, or null. */
export function readOrderIn(t: Tx, id: string): Promise<OrderDoc | null> {
  return readIn<OrderDoc>(t, 'orders', id)
}

/** Inserts inside the caller's transaction, which has read the id absent (a racing insert conflicts there). */
export async function insertOrderIn(t: Tx, doc: OrderDoc): Promise<void> {
  const { _id, ...data } = doc
  await t.collection('orders').doc(_id).set({ data })
}

export async function findOrder(id: string): Promise<OrderDoc | null> {
  return docsOf<OrderDoc>(await orders().where({ _id: id }).limit(1).get())[0] ?? null
}

/**
 * Moves the order from `from` to `event.to` if it is still in `from` (and matches `also`, e.g. the assignee);
 * sets `patch` and appends `event` in the same update. False when someone else moved it first.
 */
export async function moveOrder(
  id: string,
  from: OrderStatus,
  patch: Partial<OrderDoc>,
  event: OrderEventDoc,
  also: Record<string, unknown> = {}
): Promise<boolean> {
  const res = (await orders()
    .where({ ...also, _id: id, status: from })
    .update({ data: { ...patch, status: event.to, updatedAt: event.at, events: _.push([event]) } })) as Updated
  return res.stats.updated === 1
}

/**
 * moveOrder inside the caller's transaction, for a move that must land together with another document (a
 * cancellation and the release of its hold): false unless the order, as the transaction reads it, is still in
 * `from` and matches `also`; a move committed by anyone after the transaction began makes it conflict and retry.
 */
export async function moveOrderIn(
  t: Tx,
  id: string,
  from: OrderStatus,
  patch: Partial<OrderDoc>,
  event: OrderEventDoc,
  also: Record<string, unknown> = {}
): Promise<boolean> {
  const cur = await readOrderIn(t, id)
  if (!cur || cur.status !== from || Object.entries(also).some(([k, v]) => (cur as unknown as Record<string, unknown>)[k] !== v)) return false
  await t
    .collection('orders')
    .doc(id)
    .update({ data: { ...patch, status: event.to, updatedAt: event.at, events: _.push([event]) } })
  return true
}

/** Orders of this resident (index owners_status_created), newest first. */
export async function listOwned(openid: string, statuses: readonly OrderStatus[], offset: number, limit: number): Promise<OrderDoc[]> {
  return docsOf<OrderDoc>(
    await orders()
      .where({ ownerOpenids: openid, status: _.in([...statuses]) })
      .orderBy('createdAt', 'desc')
      .skip(offset)
      .limit(limit)
      .get()
  )
}

/** Orders held by this volunteer (index volunteer_status_updated), latest activity first. */
export async function listAssigned(openid: string, statuses: readonly OrderStatus[], offset: number, limit: number): Promise<OrderDoc[]> {
  return docsOf<OrderDoc>(
    await orders()
      .where({ volunteerOpenid: openid, status: _.in([...statuses]) })
      .orderBy('updatedAt', 'desc')
      .skip(offset)
      .limit(limit)
      .get()
  )
}

/** Open orders of one community in given statuses (index community_status_created), oldest first. */
export async function listByStatus(communityId: string, statuses: readonly OrderStatus[], limit: number): Promise<OrderDoc[]> {
  return docsOf<OrderDoc>(
    await orders()
      .where({ communityId, status: _.in([...statuses]) })
      .orderBy('createdAt', 'asc')
      .limit(limit)
      .get()
  )
}

/** Pending orders near a point, nearest first, with `distanceMeters` ($geoNear on location_geo). */
/** Pending and `filter`, and `also` when given (a condition across fields, e.g. the team-first rule's `_.or`). */
const pendingWhere = (filter: Record<string, unknown>, also: unknown | null) =>
  also ? _.and([{ ...filter, status: 'pending' }, also]) : { ...filter, status: 'pending' }

export async function pendingNear(
  near: unknown,
  radiusMeters: number,
  filter: Record<string, unknown>,
  limit: number,
  also: unknown | null = null
): Promise<Array<OrderDoc & { distanceMeters: number }>> {
  const res = (await orders()
    .aggregate()
    .geoNear({ near, key: 'location', spherical: true, maxDistance: radiusMeters, distanceField: 'distanceMeters', query: pendingWhere(filter, also) })
    .limit(limit)
    .end()) as { list: Array<OrderDoc & { distanceMeters: number }> }
  return res.list
}

/** Pending orders matching `filter`, oldest first (when the volunteer's position is unknown). */
export async function pendingOldest(filter: Record<string, unknown>, limit: number, also: unknown | null = null): Promise<OrderDoc[]> {
  return docsOf<OrderDoc>(await orders().where(pendingWhere(filter, also)).orderBy('createdAt', 'asc').limit(limit).get())
}

/** Orders in a status `move` may leave that also meet `also` (the move's deadline): the cron jobs' queue reads. */
async function dueFor(move: OrderMove, also: Record<string, unknown>, limit: number): Promise<OrderDoc[]> {
  return docsOf<OrderDoc>(
    await orders()
      .where({ status: _.in([...TRANSITIONS[move].from]), ...also })
      .limit(limit)
      .get()
  )
}

/** Orders the `escalate` move may mark (still unassigned) past their SLA, not yet escalated (index status_sla). */
export const dueForEscalation = (now: Date, limit: number) => dueFor('escalate', { escalated: false, slaDueAt: _.lte(now) }, limit)

/** Orders the `escalateStreet` move may mark past their street SLA, not yet escalated there (index status_street_sla). */
export const dueForStreetEscalation = (now: Date, limit: number) => dueFor('escalateStreet', { streetEscalated: false, streetDueAt: _.lte(now) }, limit)

/** Orders the `autoConfirm` move may complete (awaiting confirmation) whose timeout has passed (index status_autoconfirm). */
export const dueForAutoConfirm = (now: Date, limit: number) => dueFor('autoConfirm', { autoConfirmAt: _.lte(now) }, limit)

/** Records that the order's hours are paid (after the settlement posting, which is itself replay-safe). */
export async function markSettled(id: string, minutes: number, now: Date): Promise<void> {
  await orders()
    .doc(id)
    .update({ data: { settledAt: now, settledMinutes: minutes } })
}

/** Finished orders not yet paid and recorded — the settle worker's queue (index status_settled). */
export async function unsettledSince(before: Date, limit: number): Promise<OrderDoc[]> {
  // `settledAt: null` (absent or null), not `_.exists(false)`: an equality the index keys, so the queue is read
  // from the index alone — `$exists` would leave every finished order ever to be read and tested.
  return docsOf<OrderDoc>(
    await orders()
      .where({ status: _.in([...PAYABLE_STATUSES]), settledAt: null, updatedAt: _.lte(before) })
      .limit(limit)
      .get()
  )
}

/** New orders the 工作台 has not counted yet, oldest first (index tally_created). */
export async function untallied(limit: number): Promise<OrderDoc[]> {
  return docsOf<OrderDoc>(await orders().where({ tally: 'due' }).orderBy('createdAt', 'asc').limit(limit).get())
}

/** Takes the order's count for this run: true for exactly one of any number of concurrent workers. */
export async function claimTally(id: string): Promise<boolean> {
  const res = (await orders()
    .where({ _id: id, tally: 'due' })
    .update({ data: { tally: _.remove() } })) as Updated
  return res.stats.updated === 1
}
