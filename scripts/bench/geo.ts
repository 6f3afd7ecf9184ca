// The bench's nearest-eligible-volunteers probe, in its own process: ONE community with --volunteers (default
// 100 000) approved volunteers scattered within 2 km (scripts/seed/people.ts shapes, written straight into a
// throw-away store), then orders.candidates — $geoNear on volunteers.serviceLocation with the eligibility filter,
// joined with open orders and users — `runs` times on fresh orders, through the router and the genuine SDK.
import fs from 'fs'
import os from 'os'
import path from 'path'
import { openCloudAt } from '../seed/cloud'
import { makePeople, coordinatorId, residentId } from '../seed/people'
import { rng } from '../seed/rng'
import { quantile } from './run'

const arg = (name: string) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : undefined
}

async function main() {
  const n = Number(arg('--volunteers') ?? 100_000)
  const runs = Number(arg('--runs') ?? 30)
  const out = arg('--out')!
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-geo-'))
  const sc = await openCloudAt(dir)
  try {
    const t0 = Date.now()
    const people = makePeople(rng(4242), 0, { residents: 100, volunteers: n, coordinators: 1 }, new Date(Date.now() - 30 * 86400000))
    for (let i = 0; i < people.docs.length; i += 5000) sc.local.store.commit(people.docs.slice(i, i + 5000) as never)
    const writeSeconds = (Date.now() - t0) / 1000
    console.error(`[geo] wrote ${people.docs.length} documents (${n} volunteers) in ${writeSeconds.toFixed(1)} s`)
    const ms: number[] = []
    const counters: Array<{ roundTrips: number; examined: number; joined: number; returned: number }> = []
    const queryMs: number[] = [] // the nearest-volunteers query itself: the $geoNear aggregate's round trip in the store
    let candidates = 0
    for (let i = 0; i <= runs; i++) {
      const resident = residentId(0, i % 100)
      const start = new Date(Date.now() + 2 * 3600000)
      const created = (
        await sc.call(resident, 'orders.create', {
          requestId: `geo-${i}-${Date.now()}`,
          category: 'elder_visit',
          description: '帮老人量血压、聊聊天',
          addressId: `addr-${resident}`,
          windowStart: start.toISOString(),
          windowEnd: new Date(start.getTime() + 3 * 3600000).toISOString()
        })
      ).result
      if (!created.ok) throw new Error(`(setup) orders.create: ${created.error?.code}`)
      const t = process.hrtime.bigint()
      const { result, counters: c } = await sc.call(coordinatorId(0, 0), 'orders.candidates', { orderId: created.data.id })
      const elapsed = Number(process.hrtime.bigint() - t) / 1e6
      if (!result.ok) throw new Error(`orders.candidates: ${result.error?.code}`)
      if (i === 0) continue
      candidates = result.data.candidates.length
      ms.push(elapsed)
      counters.push(c)
      queryMs.push(
        c.trips
          .filter((x: { action: string; coll: string }) => x.action === 'database.aggregateDocuments' && x.coll === 'volunteers')
          .reduce((sum: number, x: { ms: number }) => sum + x.ms, 0)
      )
    }
    const med = (k: 'roundTrips' | 'examined' | 'joined' | 'returned') =>
      quantile(
        counters.map((c) => c[k] ?? 0),
        0.5
      )
    const res = {
      volunteers: n,
      writeSeconds,
      runs,
      p50: quantile(ms, 0.5),
      p95: quantile(ms, 0.95),
      queryP50: quantile(queryMs, 0.5),
      queryP95: quantile(queryMs, 0.95),
      roundTrips: med('roundTrips'),
      examined: med('examined'),
      joined: med('joined'),
      returned: med('returned'),
      candidates
    }
    console.error(
      `[geo] orders.candidates among ${n}: p50 ${res.p50.toFixed(1)} ms, p95 ${res.p95.toFixed(1)} ms (the query itself p50 ${res.queryP50.toFixed(1)}, p95 ${res.queryP95.toFixed(1)} ms), examined ${res.examined}`
    )
    fs.writeFileSync(out, JSON.stringify(res))
  } finally {
    sc.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
