// `npm run bench [-- --scales 10k,1m] [--runs 30] [--geo 100000] [--roster 10000] [--fresh] [--no-build]` — not a test: what the main
// actions cost at two data sizes, through the genuine SDK and the router. For each scale a child process seeds
// (or reuses) .data-bench/<scale> (scripts/seed/generate.ts) and measures every action of scripts/bench/actions.ts
// (p50/p95 wall ms of the call; median round trips, documents examined, returned); then the ratio of p95 at the
// largest scale to p95 at the smallest, the nearest-eligible-volunteers query among --geo volunteers
// (scripts/bench/geo.ts), a roster import's dry run and import (scripts/bench/roster.ts), the `api` bundle and its cold require time, and the weapp/H5 sizes when built.
// Prints one table and writes it all to bench-results/bench.json. Wall times are of this machine and the local
// cloud (an in-process SQLite store), not of CloudBase: compare them with each other, not with production.
import { spawnSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import type { ScaleResult } from './bench/run'
import { measureSizes } from './bench/sizes'

const arg = (name: string) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : undefined
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—')

function child(script: string, args: string[]): any {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-')), 'result.json')
  // The local cloud keeps every document in the JS heap (1 M documents: about 1.5 GB of old generation). With V8's
  // default young generation (16 MB semi-spaces) a scavenge every few calls must walk that heap's pointers into the
  // young objects, and the 95th percentile measures those pauses instead of the action: 64 MB semi-spaces (the same
  // at every scale) scavenge a quarter as often. Measured at 1 M: orders.confirm p95 16.9 ms → 7.6 ms.
  const r = spawnSync(process.execPath, ['--max-old-space-size=12288', '--max-semi-space-size=64', '--import', 'tsx', script, ...args, '--out', out], {
    stdio: ['ignore', 'inherit', 'inherit']
  })
  if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} exited with ${r.status}`)
  return JSON.parse(fs.readFileSync(out, 'utf8'))
}

function table(head: string[], rows: string[][]): string {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ')
  return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n')
}

async function main() {
  const scales = (arg('--scales') ?? '10k,1m').split(',')
  const runs = arg('--runs') ?? '30'
  const geoN = arg('--geo') ?? '100000'
  const started = new Date()
  const results: ScaleResult[] = scales.map((s) =>
    child('scripts/bench/run.ts', ['--scale', s, '--runs', runs, ...(process.argv.includes('--fresh') ? ['--fresh'] : [])])
  )
  const geo = Number(geoN) > 0 ? child('scripts/bench/geo.ts', ['--volunteers', geoN, '--runs', runs]) : null
  const rosterRows = arg('--roster') ?? '10000'
  const roster = Number(rosterRows) > 0 ? child('scripts/bench/roster.ts', ['--rows', rosterRows]) : null
  const sizes = measureSizes({ build: !process.argv.includes('--no-build'), runs: 10 })
  const first = results[0]
  const last = results[results.length - 1]
  const ratios = Object.fromEntries(first.actions.map((a) => [a.action, (last.actions.find((b) => b.action === a.action)?.p95 ?? NaN) / a.p95]))

  const head = [
    'action',
    ...results.flatMap((r) => [`${r.scale} p50`, `${r.scale} p95`, 'trips', 'examined', 'returned']),
    ...(results.length > 1 ? [`p95 ${last.scale}÷${first.scale}`] : [])
  ]
  const rows = first.actions.map((a) => [
    a.action + (results.some((r) => r.actions.find((b) => b.action === a.action)?.failures.length) ? ' ⚠' : ''),
    ...results.flatMap((r) => {
      const b = r.actions.find((x) => x.action === a.action)!
      return [f1(b.p50), f1(b.p95), String(b.roundTrips), String(b.examined + b.joined), String(b.returned)]
    }),
    ...(results.length > 1 ? [`${ratios[a.action].toFixed(2)}×`] : [])
  ])
  const lines = [
    `npm run bench — ${runs} runs per action (ms: wall time of one call through the router and the genuine SDK on the local cloud; examined includes $lookup-joined documents)`,
    ...results.map(
      (r) =>
        `  ${r.scale}: ${r.documents} documents in ${r.communities} communities${r.seeded ? `, seeded in ${r.seedSeconds?.toFixed(1)} s` : ' (reused store)'}`
    ),
    '',
    table(head, rows),
    ''
  ]
  const failing = results.flatMap((r) => r.actions.filter((a) => a.failures.length).map((a) => `${r.scale} ${a.action}: ${a.failures.join(', ')}`))
  if (failing.length) lines.push(`⚠ failed calls: ${failing.join('; ')}`, '')
  if (geo)
    lines.push(
      `nearest eligible volunteers (orders.candidates, $geoNear) among ${geo.volunteers} volunteers of one community: the query p50 ${f1(geo.queryP50)} ms, p95 ${f1(geo.queryP95)} ms (goal ≤ 10 ms); the whole action p50 ${f1(geo.p50)} ms, p95 ${f1(geo.p95)} ms, ${geo.roundTrips} round trips, examined ${geo.examined} (+${geo.joined} joined), ${geo.candidates} candidates`
    )
  if (roster)
    lines.push(
      `roster import (volunteers.importRoster) of ${roster.rows} rows (${kb(roster.bytes)} CSV): dry run ${f1(roster.dryRun.ms)} ms, ${roster.dryRun.roundTrips} round trips; import ${f1(roster.import.ms)} ms, ${roster.import.roundTrips} round trips (${roster.stored.volunteers} volunteers, ${roster.stored.records} 补录 records); the same file again ${f1(roster.reimport.ms)} ms, ${roster.reimport.roundTrips} round trips, nothing added`
    )
  lines.push(
    `api bundle: ${sizes.apiBundleBytes === null ? 'not built' : kb(sizes.apiBundleBytes)}; cold require: ${sizes.apiColdRequireMs ? `p50 ${f1(sizes.apiColdRequireMs.p50)} ms, p95 ${f1(sizes.apiColdRequireMs.p95)} ms (over a bare node start of ${f1(sizes.apiColdRequireMs.baselineNodeMs)} ms, ${sizes.apiColdRequireMs.runs} runs)` : '—'}`
  )
  if (sizes.weapp === 'not built') lines.push('weapp: not built')
  else
    lines.push(
      `weapp: total ${kb(sizes.weapp.totalBytes)}, main package ${kb(sizes.weapp.mainBytes)}; subpackages ${Object.entries(sizes.weapp.subpackages)
        .map(([k, v]) => `${k} ${kb(v)}`)
        .join(', ')}`
    )
  lines.push(`H5 first-screen JS: ${sizes.h5FirstScreenJsGzipBytes === 'not built' ? 'not built' : `${kb(sizes.h5FirstScreenJsGzipBytes)} gzip`}`)
  console.log(lines.join('\n'))
  fs.mkdirSync('bench-results', { recursive: true })
  const json = {
    startedAt: started,
    finishedAt: new Date(),
    node: process.version,
    runs: Number(runs),
    scales: results,
    p95Ratio: results.length > 1 ? { of: `${last.scale}/${first.scale}`, byAction: ratios } : null,
    nearestVolunteers: geo,
    rosterImport: roster,
    sizes
  }
  fs.writeFileSync('bench-results/bench.json', JSON.stringify(json, null, 1))
  console.log('\nwritten: bench-results/bench.json')
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
