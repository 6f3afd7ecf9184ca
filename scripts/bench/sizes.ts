// The bench's shipped sizes: the `api` bundle (cloudfunctions/api/index.js, built first unless --no-build) and its
// cold require time (a fresh `node` each run, minus the same node starting with nothing to require), and the
// weapp / H5 figures of scripts/size.mjs when dist/ has those builds (else "not built").
import { execFileSync, spawnSync } from 'child_process'
import fs from 'fs'
import path from 'path'
import { quantile } from './run'

export interface Sizes {
  apiBundleBytes: number | null
  apiColdRequireMs: { p50: number; p95: number; runs: number; baselineNodeMs: number } | null
  weapp: { totalBytes: number; mainBytes: number; subpackages: Record<string, number> } | 'not built'
  h5FirstScreenJsGzipBytes: number | 'not built'
}

function timeNode(args: string[]): number {
  const t = process.hrtime.bigint()
  const r = spawnSync(process.execPath, args, { cwd: process.cwd(), stdio: ['ignore', 'ignore', 'pipe'] })
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`)
  return Number(process.hrtime.bigint() - t) / 1e6
}

export function measureSizes(opts: { build: boolean; runs: number }): Sizes {
  const bundle = path.resolve('cloudfunctions/api/index.js')
  if (opts.build) execFileSync(process.execPath, ['scripts/build-functions.mjs'], { stdio: 'ignore' })
  let cold: Sizes['apiColdRequireMs'] = null
  if (fs.existsSync(bundle)) {
    const base: number[] = []
    const req: number[] = []
    for (let i = 0; i < opts.runs; i++) {
      base.push(timeNode(['-e', '0']))
      req.push(timeNode(['-e', "require('./cloudfunctions/api/index.js')"]))
    }
    const b = quantile(base, 0.5)
    cold = { p50: quantile(req, 0.5) - b, p95: quantile(req, 0.95) - b, runs: opts.runs, baselineNodeMs: b }
  }
  const r = spawnSync(process.execPath, ['scripts/size.mjs', '--json'], { encoding: 'utf8' })
  const line = (r.stdout ?? '')
    .trim()
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{'))
  const s = line ? JSON.parse(line) : {}
  return {
    apiBundleBytes: fs.existsSync(bundle) ? fs.statSync(bundle).size : null,
    apiColdRequireMs: cold,
    weapp: s.weappTotal !== undefined ? { totalBytes: s.weappTotal, mainBytes: s.weappMain, subpackages: s.subpackages } : 'not built',
    h5FirstScreenJsGzipBytes: s.h5FirstScreenJsGzip ?? 'not built'
  }
}
