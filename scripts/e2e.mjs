// npm run test:e2e — browser tests: builds what is stale (functions, H5), then runs tests/e2e with Node's
// test runner (arguments filter the files by name). Each test file starts its own gateway (`npm run cloud`) on a
// free port with fresh demo data.
import fs from 'fs'
import path from 'path'
import { ensureFunctionsBuild, ensureH5Build, root, run } from './lib.mjs'

if (!fs.existsSync('/usr/bin/chromium')) {
  console.error('Chromium is missing: apt-get install -y chromium fonts-wqy-microhei (see .ci/run)')
  process.exit(1)
}
if ((await ensureFunctionsBuild()).failed.length) process.exit(1) // browser tests need every function
ensureH5Build()
// `node scripts/e2e.mjs dashboard orders` runs only the files whose name contains one of the words.
const only = process.argv.slice(2)
const files = fs
  .readdirSync(path.join(root, 'tests/e2e'))
  .filter((f) => f.endsWith('.test.mjs') && (!only.length || only.some((w) => f.includes(w))))
  .map((f) => path.join('tests/e2e', f))
if (!files.length) {
  console.error(`no browser test file matches ${only.join(', ')}`)
  process.exit(1)
}
run(process.execPath, ['--test', '--test-concurrency=1', ...files])
