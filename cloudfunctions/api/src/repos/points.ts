// 爱心积分 (points): earned per served hour at the community's rate, separate from time-bank hours. The only code
// that touches `points_accounts`, `points_settings` and `points_entries`. Invariants:
// - one account per member per community (_id `<communityId>:<openid>`): points are earned from a community's
//   service and spent in that community's 积分商城, which pays for the rewards;
// - the account keeps yearly lots (src/shared/domain/points.ts): the balance is computed at read time with the
//   current date, so expiry needs no job; spending takes the oldest unexpired lot first;
// - account.sources[<recordId>] says what each service record has earned (minutes counted, points, the rate and
//   the lot year fixed at its first earning). The record transaction calls earnPointsIn() on every insert and
//   every change of minutes, and it moves the account by pointsFor(new minutes) − points already earned, in THE
//   SAME transaction as the record: a record and its points land together or not at all, and a replay (the record
//   already exists, so the record code does not call us) earns nothing twice. Keeping the sources on the account
//   (not one document per record) makes an earning cost 4 transaction round trips (account, rate, account,
//   entry) instead of 6 on every order confirmation; it grows by ~80 bytes per record, far below a document's limit;
// - honorary top-ups (source 'honorary') earn no points: they recognise service, they are not service;
// - a correction that removes minutes takes the points back from the record's own lot first, then from the other
//   unexpired lots oldest first, never below zero. Points already spent or already expired cannot be taken back:
//   that remainder is written off and noted on the entry (`shortfall`), so no balance is ever negative;
// - points_entries are only inserted, never changed; their ids are fixed by what caused them (earn-<recordId>-<n>,
//   redeem-<redemptionId>), so a retried transaction writes the same entry again, not a second one.
// Inside a transaction only doc(id).get/set/update and add are used (repos/transaction.ts).
import { AppError } from '../../../../src/shared/errors'
import type { PointsEntryKind } from '../../../../src/shared/contracts/points'
import { addToLot, balanceOf, DEFAULT_POINTS_PER_HOUR, pointsFor, shanghaiYear, takeFromLots, type PointsLot } from '../../../../src/shared/domain/points'
import { db } from '../lib/cloud'
import { docsOf } from '../lib/docs'
import { readIn, type Tx } from './transaction'

export interface PointsEarning {
  recordId: string
  volunteerOpenid: string
  communityId: string
  source: 'order' | 'project' | 'honorary' | 'import'
  /** The record's China-time day, YYYY-MM-DD. */
  date: string
  /** Minutes added to (or, for a correction, removed from) the record. */
  minutesDelta: number
}

/** What one service record has earned: the rate and lot year are fixed at its first earning. */
export interface PointsSource {
  rate: number
  year: number
  minutes: number
  points: number
  revisions: number
}
export interface PointsAccountDoc {
  _id: string
  openid: string
  communityId: string
  lots: PointsLot[]
  sources: Record<string, PointsSource>
  updatedAt: Date
}
export interface PointsEntryDoc {
  _id: string
  accountId: string
  openid: string
  communityId: string
  kind: PointsEntryKind
  /** Signed: + earned, − spent or taken back. */
  points: number
  /** Which lots it came from or went to. */
  lots: Array<{ year: number; points: number }>
  /** Taken back by a correction but already spent or expired: written off. */
  shortfall: number
  recordId: string | null
  redemptionId: string | null
  memo: string
  at: Date
}

const ACCOUNTS = 'points_accounts'
const SETTINGS = 'points_settings'
const ENTRIES = 'points_entries'

export const pointsAccountId = (communityId: string, openid: string) => `${communityId}:${openid}`

/** The community's points per served hour, as the transaction sees it. */
async function rateIn(t: Tx, communityId: string): Promise<number> {
  return (await readIn<{ pointsPerHour: number }>(t, SETTINGS, communityId))?.pointsPerHour ?? DEFAULT_POINTS_PER_HOUR
}

async function putAccountIn(
  t: Tx,
  id: string,
  openid: string,
  communityId: string,
  lots: PointsLot[],
  sources: Record<string, PointsSource>,
  now: Date
): Promise<void> {
  await t
    .collection(ACCOUNTS)
    .doc(id)
    .set({ data: { openid, communityId, lots, sources, updatedAt: now } })
}

async function putEntryIn(t: Tx, entry: PointsEntryDoc): Promise<void> {
  const { _id, ...data } = entry
  await t.collection(ENTRIES).doc(_id).set({ data })
}

/** Earns (or, for a negative change, takes back) the points of a record's change of minutes. Only uses `t`. */
export async function earnPointsIn(t: Tx, e: PointsEarning, now: Date): Promise<void> {
  // 补录 (source 'import') is service from before the app, already recognised elsewhere: it earns no points either.
  if (e.source === 'honorary' || e.source === 'import' || e.minutesDelta === 0) return
  const accountId = pointsAccountId(e.communityId, e.volunteerOpenid)
  const account = await readIn<PointsAccountDoc>(t, ACCOUNTS, accountId)
  const sources = { ...(account?.sources ?? {}) }
  const src = sources[e.recordId]
  const rate = src ? src.rate : await rateIn(t, e.communityId)
  const minutes = Math.max(0, (src?.minutes ?? 0) + e.minutesDelta)
  const points = pointsFor(minutes, rate)
  const delta = points - (src?.points ?? 0)
  const year = src?.year ?? shanghaiYear(now)
  const revisions = (src?.revisions ?? 0) + 1
  sources[e.recordId] = { rate, year, minutes, points, revisions }
  const entry: PointsEntryDoc = {
    _id: `earn-${e.recordId}-${revisions}`,
    accountId,
    openid: e.volunteerOpenid,
    communityId: e.communityId,
    kind: delta >= 0 ? 'earn' : 'reverse',
    points: delta,
    lots: [],
    shortfall: 0,
    recordId: e.recordId,
    redemptionId: null,
    memo: `${e.date} 服务${minutes}分钟`,
    at: now
  }
  let lots = account?.lots ?? []
  if (delta > 0) {
    // New points (a first earning, or a correction that adds minutes) go to the lot of the year they are earned in.
    const into = shanghaiYear(now)
    lots = addToLot(lots, into, delta)
    entry.lots = [{ year: into, points: delta }]
  } else if (delta < 0) {
    const take = takeFromLots(lots, -delta, now, year)
    lots = take.lots
    entry.lots = take.taken.map((x) => ({ year: x.year, points: -x.points }))
    entry.shortfall = take.shortfall
    entry.points = -take.taken.reduce((s, x) => s + x.points, 0)
    entry.memo = `${e.date} 服务记录更正为${minutes}分钟`
  }
  await putAccountIn(t, accountId, e.volunteerOpenid, e.communityId, lots, sources, now)
  if (delta !== 0) await putEntryIn(t, entry)
}

/**
 * Spends `points` from the member's account in this transaction (oldest unexpired lot first) and writes the
 * entry; INSUFFICIENT_POINTS (nothing written) when the unexpired balance is short. Returns the balance after.
 */
export async function spendPointsIn(
  t: Tx,
  s: { communityId: string; openid: string; points: number; entryId: string; redemptionId: string; memo: string },
  now: Date
): Promise<number> {
  const accountId = pointsAccountId(s.communityId, s.openid)
  const account = await readIn<PointsAccountDoc>(t, ACCOUNTS, accountId)
  const take = takeFromLots(account?.lots ?? [], s.points, now)
  if (!account || take.shortfall > 0) throw new AppError('INSUFFICIENT_POINTS')
  await putAccountIn(t, accountId, s.openid, s.communityId, take.lots, account.sources ?? {}, now)
  await putEntryIn(t, {
    _id: s.entryId,
    accountId,
    openid: s.openid,
    communityId: s.communityId,
    kind: 'redeem',
    points: -s.points,
    lots: take.taken.map((x) => ({ year: x.year, points: -x.points })),
    shortfall: 0,
    recordId: null,
    redemptionId: s.redemptionId,
    memo: s.memo,
    at: now
  })
  return balanceOf(take.lots, now)
}

/** The member's account in a community (committed state, without the per-record sources); an empty one before their first points. */
export async function readPointsAccount(communityId: string, openid: string): Promise<Omit<PointsAccountDoc, 'sources'>> {
  const id = pointsAccountId(communityId, openid)
  return (
    docsOf<PointsAccountDoc>(await db.collection(ACCOUNTS).where({ _id: id }).field({ sources: false }).limit(1).get())[0] ?? {
      _id: id,
      openid,
      communityId,
      lots: [],
      updatedAt: new Date(0)
    }
  )
}

/** The account's latest entries, newest first (index account_at). */
export async function latestEntries(accountId: string, limit: number): Promise<PointsEntryDoc[]> {
  return docsOf<PointsEntryDoc>(await db.collection(ENTRIES).where({ accountId }).orderBy('at', 'desc').limit(limit).get())
}

export async function readPointsRate(communityId: string): Promise<number> {
  return (
    docsOf<{ pointsPerHour: number }>(await db.collection(SETTINGS).where({ _id: communityId }).limit(1).get())[0]?.pointsPerHour ?? DEFAULT_POINTS_PER_HOUR
  )
}

/** Sets the rate for service recorded from now on (records already earning keep theirs). */
export async function setPointsRate(communityId: string, pointsPerHour: number, now: Date): Promise<void> {
  await db
    .collection(SETTINGS)
    .doc(communityId)
    .set({ data: { pointsPerHour, updatedAt: now } })
}
