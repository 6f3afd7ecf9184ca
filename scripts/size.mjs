// npm run size — what we ship: the weapp build (total, main package, each subpackage), the `api` function
// bundle and the H5 first screen (gzip). Exits non-zero when the main package passes its 600 KB budget
// (WeChat's hard limit is 2048 KB). Run after `npm run build:weapp` / `build:h5` / `build:functions`.
import fs from 'fs'
import path from 'path'
import zlib from 'zlib'
import { root } from './lib.mjs'

const MAIN_BUDGET_KB = 600
const kb = (n) => `${(n / 1024).toFixed(1)} KB`

function files(dir) {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}

const report = {}
const weapp = path.join(root, 'dist/weapp')
if (fs.existsSync(path.join(weapp, 'app.json'))) {
  const app = JSON.parse(fs.readFileSync(path.join(weapp, 'app.json'), 'utf8'))
  const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/$/, ''))
  const all = files(weapp).map((f) => ({ rel: path.relative(weapp, f), size: fs.statSync(f).size }))
  const inSub = (rel) => roots.find((r) => rel === r || rel.startsWith(r + '/'))
  report.weappTotal = all.reduce((n, f) => n + f.size, 0)
  report.weappMain = all.filter((f) => !inSub(f.rel)).reduce((n, f) => n + f.size, 0)
  report.subpackages = Object.fromEntries(roots.map((r) => [r, all.filter((f) => inSub(f.rel) === r).reduce((n, f) => n + f.size, 0)]))
} else console.log('(no weapp build: run npm run build:weapp)')

const api = path.join(root, 'cloudfunctions/api/index.js')
if (fs.existsSync(api)) report.apiBundle = fs.statSync(api).size

const h5 = path.join(root, 'dist/h5')
if (fs.existsSync(path.join(h5, 'index.html'))) {
  const html = fs.readFileSync(path.join(h5, 'index.html'), 'utf8')
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => path.join(h5, m[1].replace(/^\//, '')))
  report.h5FirstScreenJsGzip = scripts.filter(fs.existsSync).reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(f)).length, 0)
}

if (report.weappTotal !== undefined) {
  console.log(`weapp total          ${kb(report.weappTotal)}`)
  console.log(`weapp main package   ${kb(report.weappMain)}  (budget ${MAIN_BUDGET_KB} KB, WeChat limit 2048 KB)`)
  for (const [r, n] of Object.entries(report.subpackages)) console.log(`  subpackage ${r.padEnd(20)} ${kb(n)}`)
}
if (report.apiBundle !== undefined) console.log(`api function bundle  ${kb(report.apiBundle)}`)
if (report.h5FirstScreenJsGzip !== undefined) console.log(`H5 first-screen JS   ${kb(report.h5FirstScreenJsGzip)} gzip`)
if (process.argv.includes('--json')) console.log(JSON.stringify(report))
if (report.weappMain > MAIN_BUDGET_KB * 1024) {
  console.error(`✗ main package ${kb(report.weappMain)} exceeds the ${MAIN_BUDGET_KB} KB budget`)
  process.exit(1)
}
