// `npm run seed -- --scale 10k|100k|1m [--data-dir DIR]`: a realistic, internally consistent data set for the bench
// (scripts/bench.ts), written straight into a local store (default .data-bench/<scale>; replaced if present).
// Per community (people.ts, orders.ts, ledger.ts): users (residents, volunteers, coordinators), approved volunteers
// with service locations around it, one address per resident, orders in every status with valid timelines,
// settlement postings + entries + accounts for finished orders, service records + record_totals. Then the 工作台
// rollups, folded in process with the same bump builders as the nightly rebuild (repos/statsRebuild.ts recompute)
// and written through the repo — the dashboard reads them as if the live writes had kept them.
// Deterministic: one seeded generator per community. The number of communities follows the scale (~2 200
// documents each); at 1m that is ~450 communities and ~18 000 volunteers.
import fs from 'fs'
import path from 'path'
import { bump, mergeBumps, NOW, rollupFold, type Bumps } from '../../src/shared/domain/stats'
import { ledgerDocs, recordTotals } from './ledger'
import { makeOrders } from './orders'
import { makePeople } from './people'
import { rng } from './rng'
import type { Store } from '../../localcloud/src/store/Store'

export const SCALES: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 }
const PER_COMMUNITY = 2200
const BATCH = 5000

export interface SeedSummary {
  scale: string
  dataDir: string
  communities: number
  counts: Record<string, number>
  documents: number
  seconds: number
}

export const benchDir = (scale: string) => path.resolve('.data-bench', scale)

function writer(store: Store, counts: Record<string, number>) {
  let pending: Array<{ coll: string; id: string; doc: Record<string, unknown> }> = []
  const flush = () => {
    if (pending.length) store.commit(pending as never)
    pending = []
  }
  return {
    add(docs: Array<{ coll: string; id: string; doc: Record<string, unknown> }>) {
      for (const d of docs) {
        counts[d.coll] = (counts[d.coll] ?? 0) + 1
        pending.push(d)
        if (pending.length >= BATCH) flush()
      }
    },
    flush
  }
}

/** Folds a community's raw documents into its rollups, as statsRebuild.recompute does page by page. */
function fold(communityId: string, orders: any[], records: any[], volunteers: number, users: number): Bumps {
  const f = rollupFold(communityId)
  orders.forEach(f.order)
  records.forEach(f.record)
  bump(f.bumps, NOW, 'volunteers', volunteers)
  bump(f.bumps, NOW, 'residents', users)
  return f.bumps
}

/** Writes the data set into the (already installed) local cloud's store. */
export async function seedStore(store: Store, scale: string, now = new Date()): Promise<Omit<SeedSummary, 'dataDir'>> {
  const target = SCALES[scale]
  if (!target) throw new Error(`unknown scale ${scale} (10k, 100k or 1m)`)
  const t0 = Date.now()
  const communities = Math.max(1, Math.round(target / PER_COMMUNITY))
  const counts: Record<string, number> = {}
  const w = writer(store, counts)
  const openedAt = new Date(now.getTime() - 400 * 86400000)
  const { replaceRollup } = require('../../cloudfunctions/api/src/repos/statsRollups')
  const all: Bumps = {}
  let circulation = 0
  for (let c = 0; c < communities; c++) {
    const rand = rng(7919 * (c + 1))
    const sizes = { residents: 100 + Math.floor(rand() * 40), volunteers: 32 + Math.floor(rand() * 16), coordinators: 2 }
    const people = makePeople(rand, c, sizes, openedAt)
    const { orders, records, settled } = makeOrders(rand, people, 420 + Math.floor(rand() * 160), now)
    w.add(people.docs)
    w.add(orders.map((doc) => ({ coll: 'orders', id: doc._id, doc })))
    w.add(records.map((doc) => ({ coll: 'service_records', id: doc._id, doc })))
    w.add(ledgerDocs(people.id, settled, openedAt))
    w.add(recordTotals(records, now))
    w.flush()
    circulation += settled.reduce((s, x) => s + x.minutes, 0)
    const b = fold(people.id, orders, records, sizes.volunteers, sizes.residents + sizes.volunteers + sizes.coordinators)
    mergeBumps(all, b)
    for (const [key, paths] of Object.entries(b))
      await replaceRollup(people.id, key, paths, key === NOW ? { drift: { checkedAt: now, fields: 0 }, communityName: people.name } : {}, now)
    counts.stats_rollups = (counts.stats_rollups ?? 0) + Object.keys(b).length
  }
  const { writeAllCommunities } = require('../../cloudfunctions/api/src/repos/statsRebuild')
  await writeAllCommunities(all, circulation, communities, now)
  const documents = Object.values(counts).reduce((s, n) => s + n, 0)
  return { scale, communities, counts, documents, seconds: (Date.now() - t0) / 1000 }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : undefined
}

async function main() {
  const scale = arg('--scale') ?? '10k'
  if (!SCALES[scale]) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`)
  const dataDir = path.resolve(arg('--data-dir') ?? benchDir(scale))
  fs.rmSync(dataDir, { recursive: true, force: true })
  const { openCloudAt } = await import('./cloud')
  const sc = await openCloudAt(dataDir)
  try {
    const s = await seedStore(sc.local.store, scale)
    console.log(JSON.stringify({ ...s, dataDir }, null, 1))
  } finally {
    sc.close()
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e)
    process.exit(1)
  })
}
