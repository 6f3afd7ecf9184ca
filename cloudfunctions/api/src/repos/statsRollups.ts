// The only code that writes `stats_rollups` (the 工作台's counters; shapes in src/shared/domain/stats).
// Invariants:
// - a rollup changes only by increments (_.inc on dotted counter paths) built by the shared bump builders, or by
//   the nightly rebuild (statsRebuild.ts), which replaces it with the recomputation from raw data;
// - where the change itself is a transaction (service records, 随手拍, approvals, joining a community) the bump is
//   applied inside it (applyBumpsIn); where the change is one conditional update (order moves) the bump follows
//   it at once (applyBumps), one more round trip, and only for moves that change a figure. A process dying in
//   between loses that bump: the nightly rebuild finds it as drift and repairs it;
// - the documents are `<communityId>:now` (gauges) and `<communityId>:<YYYY>` (a year's months), so a dashboard
//   reads two of them whatever the data size.
import type { Bumps, NowRollup, YearRollup } from '../../../../src/shared/domain/stats'
import { isEmpty } from '../../../../src/shared/domain/stats'
import { db, _ } from '../lib/cloud'
import { isDuplicateKey } from '../lib/dbErrors'
import { docsOf, updatedCount } from '../lib/docs'
import { readIn, type Tx } from './transaction'

export const ROLLUPS = 'stats_rollups'
const rollups = () => db.collection(ROLLUPS)
export const rollupId = (communityId: string, key: string) => `${communityId}:${key}`

export interface RollupDoc {
  _id: string
  communityId: string
  key: string
  updatedAt: Date
  [field: string]: unknown
}

const incsOf = (paths: Record<string, number>) =>
  Object.fromEntries(
    Object.entries(paths)
      .filter(([, n]) => n)
      .map(([p, n]) => [p, _.inc(n)])
  )

/** A fresh document holding exactly `paths` (dotted) as nested counters. */
function fresh(communityId: string, key: string, paths: Record<string, number>, now: Date): Omit<RollupDoc, '_id'> {
  const doc: Record<string, unknown> = { communityId, key, updatedAt: now }
  for (const [path, n] of Object.entries(paths)) {
    const parts = path.split('.')
    let node = doc
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>
    node[parts[parts.length - 1]] = ((node[parts[parts.length - 1]] as number) ?? 0) + n
  }
  return doc as Omit<RollupDoc, '_id'>
}

/**
 * Applies bumps outside a transaction: one update per document touched (a missing document is created). Called
 * after the change it counts has landed, so a failure here must not fail the action (the change stands): it is
 * logged, and the nightly rebuild repairs the counter.
 */
export async function applyBumps(communityId: string, bumps: Bumps, now: Date): Promise<void> {
  try {
    await incrementAll(communityId, bumps, now)
  } catch (e) {
    console.error(JSON.stringify({ level: 'error', what: 'stats_rollups bump lost (repaired nightly)', communityId, error: (e as Error)?.name }))
  }
}

async function incrementAll(communityId: string, bumps: Bumps, now: Date): Promise<void> {
  if (isEmpty(bumps)) return
  for (const [key, paths] of Object.entries(bumps)) {
    const id = rollupId(communityId, key)
    for (let attempt = 0; attempt < 3; attempt++) {
      const updated = await updatedCount(
        rollups()
          .where({ _id: id })
          .update({ data: { ...incsOf(paths), updatedAt: now } })
      )
      if (updated === 1) break
      try {
        await rollups().add({ data: { _id: id, ...fresh(communityId, key, paths, now) } })
        break
      } catch (e) {
        if (!isDuplicateKey(e)) throw e // someone created it first: increment it on the next pass
      }
    }
  }
}

/** Applies bumps inside the caller's transaction (read, then update or create, per document touched). */
export async function applyBumpsIn(t: Tx, communityId: string, bumps: Bumps, now: Date): Promise<void> {
  if (isEmpty(bumps)) return
  for (const [key, paths] of Object.entries(bumps)) {
    const id = rollupId(communityId, key)
    if (await readIn<RollupDoc>(t, ROLLUPS, id))
      await t
        .collection(ROLLUPS)
        .doc(id)
        .update({ data: { ...incsOf(paths), updatedAt: now } })
    else
      await t
        .collection(ROLLUPS)
        .doc(id)
        .set({ data: fresh(communityId, key, paths, now) })
  }
}

/** The gauges and one year's counters of a community: ONE query, at most two documents. */
export async function readRollups(
  communityId: string,
  year: number
): Promise<{ now: (NowRollup & { communityName?: string; circulationMinutes?: number; asOf?: Date }) | null; year: YearRollup | null }> {
  const ids = [rollupId(communityId, 'now'), rollupId(communityId, String(year))]
  const list = docsOf<RollupDoc & NowRollup & YearRollup>(
    await rollups()
      .where({ _id: _.in(ids) })
      .limit(2)
      .get()
  )
  return { now: list.find((d) => d._id === ids[0]) ?? null, year: list.find((d) => d._id === ids[1]) ?? null }
}

/** Replaces a rollup document with recomputed counters (the nightly rebuild), keeping `extra` fields. */
export async function replaceRollup(communityId: string, key: string, paths: Record<string, number>, extra: Record<string, unknown>, now: Date): Promise<void> {
  await rollups()
    .doc(rollupId(communityId, key))
    .set({ data: { ...fresh(communityId, key, paths, now), ...extra } })
}

/** Every rollup document of a community (the rebuild compares them all; index community_key). */
export async function rollupsOf(communityId: string): Promise<RollupDoc[]> {
  return docsOf<RollupDoc>(await rollups().where({ communityId }).limit(1000).get())
}
