#!/usr/bin/env node
// npm run cloud — starts the local cloud gateway (see localcloud/src/server.ts for the settings).
// First it builds the cloud functions whose bundle is missing or stale (as `npm start` does — it runs this file),
// so a fresh clone serves calls without a separate `npm run build:functions`. FUNCTIONS_DIR (default
// ./cloudfunctions) is the folder the gateway runs functions from; only functions with sources there are built.
// A build that fails does not stop the gateway: /api/health answers 503 naming the function until it is fixed.
const path = require('path')

async function start() {
  const { ensureFunctionsBuild } = await import('../../scripts/lib.mjs')
  const functionsDir = path.resolve(process.env.FUNCTIONS_DIR ?? path.join(__dirname, '../../cloudfunctions'))
  process.env.FUNCTIONS_DIR = functionsDir // the runtime (install.ts) and the build agree on one folder
  const { failed } = await ensureFunctionsBuild(functionsDir)
  require('tsx/cjs')
  await require('../src/server').main({ buildFailures: failed })
}

start().catch((e) => {
  console.error(e)
  process.exit(1)
})
