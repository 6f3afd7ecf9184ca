// npm run test:e2e — browser tests: builds what is stale (functions, H5), then runs tests/e2e with Node's
// test runner. Each test file starts its own gateway (`npm run cloud`) on a free port with fresh demo data.
import fs from 'fs'
import path from 'path'
import { ensureFunctionsBuild, ensureH5Build, root, run } from './lib.mjs'

if (!fs.existsSync('/usr/bin/chromium')) {
  console.error('Chromium is missing: apt-get install -y chromium fonts-wqy-microhei (see .ci/run)')
  process.exit(1)
}
ensureFunctionsBuild()
ensureH5Build()
const files = fs.readdirSync(path.join(root, 'tests/e2e')).filter((f) => f.endsWith('.test.mjs')).map((f) => path.join('tests/e2e', f))
run(process.execPath, ['--test', '--test-concurrency=1', ...files])
