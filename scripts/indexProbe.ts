// `node --expose-gc --import tsx scripts/indexProbe.ts [--docs 100000,1000000]`: the index-aware local store at sizes too large for a
// test run (not part of npm test). For each size: writes that many small orders straight into a fresh store
// (5 000 per SQLite transaction, index rows included), then runs covered queries through the engine and prints
// documents examined/returned and wall time, plus write time, reopen time and memory (the store keeps every
// document in memory and reads candidate ids from SQLite; see localcloud/src/store/candidates.ts).
import fs from 'fs'
import os from 'os'
import path from 'path'
import { applyManifest } from '../localcloud/src/manifest'
import { Engine, type Stats } from '../localcloud/src/store/engine'
import { Store, type Change } from '../localcloud/src/store/Store'
import { OPEN_STATUSES, ORDER_STATUSES } from '../src/shared/domain/order'

const STATUSES = ORDER_STATUSES
const mb = (n: number) => `${Math.round(n / 1048576)} MB`

function write(store: Store, n: number): void {
  const t0 = Date.UTC(2025, 0, 1)
  for (let done = 0; done < n; done += 5000) {
    const changes: Change[] = []
    for (let i = done; i < Math.min(n, done + 5000); i++) {
      const doc = {
        _id: `o${i}`,
        communityId: `c${i % 20}`,
        status: STATUSES[Math.floor(i / 20) % STATUSES.length],
        ownerOpenids: [`u${i % 20000}`],
        volunteerOpenid: i % 7 === 0 ? null : `v${(i * 13) % 3000}`,
        category: 'elder_visit',
        createdAt: new Date(t0 + ((i * 7919) % 31_536_000) * 1000),
        updatedAt: new Date(t0 + ((i * 7919) % 31_536_000) * 1000 + 3_600_000),
        minutes: 60 + (Math.floor(i / 7) % 4) * 30
      }
      changes.push({ coll: 'orders', id: doc._id, doc })
    }
    store.commit(changes)
  }
}

function time<T>(fn: () => T): { value: T; ms: number } {
  const t = process.hrtime.bigint()
  const value = fn()
  return { value, ms: Number(process.hrtime.bigint() - t) / 1e6 }
}

function probe(n: number): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'index-probe-'))
  const file = path.join(dir, 'db.sqlite')
  try {
    let store = new Store(file)
    applyManifest(store)
    const w = time(() => write(store, n))
    global.gc?.()
    const heap = process.memoryUsage()
    console.log(
      `\n${n} orders: written in ${(w.ms / 1000).toFixed(1)} s; heap ${mb(heap.heapUsed)}, rss ${mb(heap.rss)}; file ${mb(fs.statSync(file).size + (fs.existsSync(file + '-wal') ? fs.statSync(file + '-wal').size : 0))}`
    )
    store.close()
    store = new Store(file)
    const r = time(() => store.state('orders'))
    console.log(`reopened (documents into memory, index tables kept) in ${(r.ms / 1000).toFixed(1)} s`)
    const engine = new Engine(store)
    const cases: Array<[string, () => unknown]> = [
      [
        'community page: communityId + status $in, createdAt desc, limit 20',
        () => engine.find('orders', { communityId: 'c3', status: { $in: [...OPEN_STATUSES] } }, { order: { createdAt: -1 }, limit: 20 }, s)
      ],
      [
        'my orders (multikey ownerOpenids) + status, createdAt desc, limit 20',
        () => engine.find('orders', { ownerOpenids: 'u77', status: { $in: STATUSES } }, { order: { createdAt: -1 }, limit: 20 }, s)
      ],
      [
        'volunteer page: volunteerOpenid + status, updatedAt desc, limit 20',
        () => engine.find('orders', { volunteerOpenid: 'v42', status: 'accepted' }, { order: { updatedAt: -1 }, limit: 20 }, s)
      ],
      ['count: communityId + status', () => engine.count('orders', { communityId: 'c7', status: 'completed' }, s)],
      [
        'residual filter: communityId + status, minutes 90 (not indexed), limit 20',
        () => engine.find('orders', { communityId: 'c3', status: 'pending', minutes: 90 }, { order: { createdAt: -1 }, limit: 20 }, s)
      ],
      [
        'range: status + autoConfirmAt range (status_autoconfirm; no order has one)',
        () => engine.find('orders', { status: 'accepted', autoConfirmAt: { $lte: new Date() } }, { limit: 100 }, s)
      ],
      [
        'caller-read shape: one order by _id + $lookup of another by _id',
        () =>
          engine.aggregate(
            'orders',
            [{ $match: { _id: 'o12345' } }, { $limit: 1 }, { $lookup: { from: 'orders', pipeline: [{ $match: { _id: 'o777' } }, { $limit: 1 }], as: 'o' } }],
            s
          )
      ]
    ]
    let s: Stats = { examined: 0, returned: 0 }
    for (const [name, run] of cases) {
      s = { examined: 0, returned: 0 }
      run() // warm the statement cache
      s = { examined: 0, returned: 0 }
      const { value, ms } = time(run)
      const returned = Array.isArray(value) ? value.length : value
      console.log(
        `  ${name}: index ${engine.candidates.lastIndex}, examined ${s.examined}${s.joined ? ` (+${s.joined} joined)` : ''}, returned ${returned}, ${ms.toFixed(2)} ms`
      )
    }
    try {
      engine.find('orders', { category: 'elder_visit' }, { limit: 1 }, { examined: 0, returned: 0 })
    } catch (e) {
      console.log(`  uncovered: ${(e as Error).message}`)
    }
    store.close()
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

process.env.LOCALCLOUD_STRICT_INDEXES = '1'
const i = process.argv.indexOf('--docs')
const sizes = (i > 0 ? process.argv[i + 1] : '100000,1000000').split(',').map(Number)
for (const n of sizes) probe(n)
