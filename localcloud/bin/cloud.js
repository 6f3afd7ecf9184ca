#!/usr/bin/env node
// npm run cloud — starts the local cloud gateway (see localcloud/src/server.ts for the settings).
require('tsx/cjs')
require('../src/server')
  .main()
  .catch((e) => {
    console.error(e)
    process.exit(1)
  })
