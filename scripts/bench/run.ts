// One scale of `npm run bench`, in its own process (the local cloud is one per process): seeds .data-bench/<scale>
// unless a seeded store is there already (bench-seed.json; --fresh reseeds), then runs every action of
// actions.ts `runs` times (+1 warm-up run, not counted) through the router and the genuine SDK, and writes one
// JSON result to --out: per action p50/p95 wall ms of the call, and the median round trips, documents examined,
// joined and returned (the local cloud counts them per call, localcloud/src/transport.ts).
// Reusing a store keeps what earlier bench runs added (a few hundred orders per run): negligible against the seed.
import fs from 'fs'
import path from 'path'
import { openCloudAt } from '../seed/cloud'
import { benchDir, seedStore } from '../seed/generate'
import { SPECS, type Actor, type Call, type Ctx, type Reply } from './actions'

export interface ActionResult {
  action: string
  runs: number
  failures: string[]
  p50: number
  p95: number
  roundTrips: number
  examined: number
  joined: number
  returned: number
}
export interface ScaleResult {
  scale: string
  documents: number
  communities: number
  seeded: boolean
  seedSeconds: number | null
  actions: ActionResult[]
}

const arg = (name: string) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : undefined
}
export const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] : NaN
}

async function main() {
  const scale = arg('--scale') ?? '10k'
  const runs = Number(arg('--runs') ?? 30)
  const out = arg('--out')!
  const dir = benchDir(scale)
  const marker = path.join(dir, 'bench-seed.json')
  const fresh = process.argv.includes('--fresh') || !fs.existsSync(marker)
  if (fresh) fs.rmSync(dir, { recursive: true, force: true })
  const sc = await openCloudAt(dir)
  try {
    let seedSeconds: number | null = null
    if (fresh) {
      const s = await seedStore(sc.local.store, scale)
      seedSeconds = s.seconds
      fs.writeFileSync(marker, JSON.stringify(s, null, 1))
      console.error(`[${scale}] seeded ${s.documents} documents in ${s.seconds.toFixed(1)} s`)
    }
    const seed = JSON.parse(fs.readFileSync(marker, 'utf8')) as { communities: number }
    const store = sc.local.store
    const totals = store.all('record_totals')
    const accounts = store.all('ledger_accounts')
    // Actors: approved volunteers offering elder visits, with service records and at least an hour in the bank.
    const volunteers: Actor[] = [...store.all('volunteers').values()]
      .map(({ doc }) => doc as any)
      .filter(
        (v) =>
          v.status === 'approved' &&
          String(v._id).startsWith('bvol-') &&
          v.skills.includes('elder_visit') &&
          totals.has(v.openid) &&
          (accounts.get(`member:${v.openid}`)?.doc.balance ?? 0) >= 60
      )
      .map((v) => ({ openid: v.openid, id: v._id, c: Number(String(v.communityId).slice(2)) }))
    const call: Call = async (openid, action, input) => (await sc.call(openid, action, input)).result as Reply
    const ctx: Ctx = {
      call,
      db: sc.db,
      store,
      volunteers,
      communities: seed.communities,
      tag: `${scale}${Date.now().toString(36)}`,
      settle: async () => (await sc.settle()).result.results.reduce((n: number, r: { touched: number }) => n + Math.max(0, r.touched), 0)
    }
    const documents = store.listCollections().reduce((n: number, c: string) => n + store.all(c).size, 0)
    const actions: ActionResult[] = []
    // --only a,b: just those actions (probing one); --trips: print each measured call's round trips with their times.
    const only = arg('--only')?.split(',')
    for (const spec of SPECS.filter((x) => !only || only.includes(x.action))) {
      const ms: number[] = []
      const counters: Array<{ roundTrips: number; examined: number; joined: number; returned: number }> = []
      const failures: string[] = []
      for (let i = 0; i <= runs; i++) {
        const { openid, input } = await spec.prepare(ctx, i)
        const t = process.hrtime.bigint()
        const { result, counters: c } = spec.fn === 'settle' ? await sc.settle() : await sc.call(openid, spec.action, input)
        const elapsed = Number(process.hrtime.bigint() - t) / 1e6
        if (spec.fn === 'settle' && (result as { results: Array<{ name: string; touched: number }> }).results[0]?.touched !== 1) failures.push('settled≠1')
        if (spec.fn !== 'settle' && !(result as Reply).ok) failures.push((result as Reply).error?.code ?? 'error')
        if (process.argv.includes('--trips'))
          console.error(
            `[${scale}] ${spec.action} ${elapsed.toFixed(1)} ms: ${c.trips.map((x) => `${x.action.replace('database.', '')} ${x.coll} ${x.ms.toFixed(1)}`).join(' · ')}`
          )
        if (i === 0) continue // warm-up
        ms.push(elapsed)
        counters.push(c)
      }
      const med = (k: 'roundTrips' | 'examined' | 'joined' | 'returned') =>
        quantile(
          counters.map((c) => c[k] ?? 0),
          0.5
        )
      actions.push({
        action: spec.label ?? spec.action,
        runs,
        failures: [...new Set(failures)],
        p50: quantile(ms, 0.5),
        p95: quantile(ms, 0.95),
        roundTrips: med('roundTrips'),
        examined: med('examined'),
        joined: med('joined'),
        returned: med('returned')
      })
      console.error(
        `[${scale}] ${spec.action}: p50 ${quantile(ms, 0.5).toFixed(1)} ms, p95 ${quantile(ms, 0.95).toFixed(1)} ms${failures.length ? ` (failures: ${[...new Set(failures)].join(',')})` : ''}`
      )
    }
    const result: ScaleResult = { scale, documents, communities: seed.communities, seeded: fresh, seedSeconds, actions }
    fs.writeFileSync(out, JSON.stringify(result))
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
