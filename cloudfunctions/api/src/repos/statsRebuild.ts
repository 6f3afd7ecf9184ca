// The nightly check of the 工作台 counters: recompute every rollup of a community from raw documents (orders,
// service records, 随手拍, volunteers, users), compare with what the live writes kept, record the drift and put
// the recomputed values in place. Raw documents are read a page at a time in _id order (indexes community_id),
// so memory stays flat; the fold replays each document through the same bump builders the live writes use.
// Known race, accepted: a write landing between the read and the replacement here is counted in raw data the
// next night (the rebuild runs at 02:30, when almost nothing is written).
import {
  bump,
  differences,
  flatten,
  NOW,
  rollupFold,
  type Bumps,
  type OrderFacts,
  type RecordFacts,
  type ReportEventFacts
} from '../../../../src/shared/domain/stats'
import { ENDED_LIFECYCLES } from '../../../../src/shared/domain/volunteerLifecycle'
import { db, _ } from '../lib/cloud'
import { docsOf, totalOf } from '../lib/docs'
import { findCommunity } from './communities'
import { replaceRollup, rollupsOf } from './statsRollups'

const PAGE = 1000 // the most one query returns

async function eachDoc<T extends { _id: string }>(collection: string, communityId: string, visit: (doc: T) => void): Promise<void> {
  let last = ''
  for (;;) {
    const page = docsOf<T>(
      await db
        .collection(collection)
        .where({ communityId, _id: _.gt(last) })
        .orderBy('_id', 'asc')
        .limit(PAGE)
        .get()
    )
    page.forEach(visit)
    if (page.length < PAGE) return
    last = page[page.length - 1]._id
  }
}

/** Every counter of the community's rollups, from raw data. */
export async function recompute(communityId: string): Promise<Bumps> {
  const fold = rollupFold(communityId)
  await eachDoc<OrderFacts & { _id: string }>('orders', communityId, fold.order)
  await eachDoc<RecordFacts & { _id: string; volunteerOpenid: string }>('service_records', communityId, fold.record)
  await eachDoc<{ _id: string; createdAt: Date; events: ReportEventFacts[] }>('reports', communityId, fold.report)
  const b = fold.bumps
  const count = async (collection: string, where: Record<string, unknown>) => totalOf(db.collection(collection).where(where).count())
  // Registered volunteers: approved and not ended (countsAsRegistered: left and revoked ones are not counted).
  bump(b, NOW, 'volunteers', await count('volunteers', { communityId, status: 'approved', lifecycle: _.nin([...ENDED_LIFECYCLES]) }))
  bump(b, NOW, 'residents', await count('users', { communityId }))
  return b
}

export interface DriftReport {
  communityId: string
  checkedAt: Date
  fields: number
  diffs: Array<{ doc: string; path: string; stored: number; raw: number }>
  counters: Bumps
}

/** Compares the stored rollups with raw data, logs any drift, and replaces the rollups with the raw figures. */
export async function rebuildRollups(communityId: string, now: Date): Promise<DriftReport> {
  const raw = await recompute(communityId)
  const stored = new Map(
    (await rollupsOf(communityId)).map((d) => {
      const { _id, communityId: _c, key, updatedAt, drift, communityName, ...counters } = d
      return [key, flatten(counters)] as const
    })
  )
  const keys = new Set([...Object.keys(raw), ...stored.keys(), NOW])
  const diffs: DriftReport['diffs'] = []
  for (const key of keys) for (const d of differences(stored.get(key) ?? {}, raw[key] ?? {})) diffs.push({ doc: key, ...d })
  const report = { communityId, checkedAt: now, fields: diffs.length, diffs, counters: raw }
  if (diffs.length) await db.collection('stats_drift').add({ data: { communityId, checkedAt: now, fields: diffs.length, diffs: diffs.slice(0, 200) } })
  const communityName = (await findCommunity(communityId))?.name ?? null // shown by an admin's dashboard without another read
  for (const key of keys)
    await replaceRollup(communityId, key, raw[key] ?? {}, key === NOW ? { drift: { checkedAt: now, fields: diffs.length }, communityName } : {}, now)
  return report
}

/** Community ids, a page at a time (the nightly job walks them all). */
export async function communityIdsAfter(last: string, limit: number): Promise<string[]> {
  return docsOf<{ _id: string }>(
    await db
      .collection('communities')
      .where({ _id: _.gt(last) })
      .orderBy('_id', 'asc')
      .limit(limit)
      .get()
  ).map((c) => c._id)
}

export const ALL = 'all'

/**
 * The all-communities view (admins): the sum of every community's recomputed counters and of their issuing
 * accounts' circulation, written by the nightly job as `all:now` / `all:<year>` — figures as of that night, so a
 * city-wide dashboard is still two reads, and no write anywhere contends for a city-wide document.
 */
export async function writeAllCommunities(totals: Bumps, circulationMinutes: number, communities: number, now: Date): Promise<void> {
  const keys = new Set([...Object.keys(totals), NOW, ...(await rollupsOf(ALL)).map((d) => d.key)])
  for (const key of keys)
    await replaceRollup(ALL, key, totals[key] ?? {}, key === NOW ? { communityName: '全部社区', circulationMinutes, communities, asOf: now } : {}, now)
}
