// A throwaway local cloud for measuring scripts (npm run trips, npm run scale:dashboard): a fresh data folder with
// the manifest applied, the genuine SDK initialised against it, and a caller for the api function's TypeScript
// source (the counts are the same as the bundle's and nothing needs building first).
import fs from 'fs'
import os from 'os'
import path from 'path'
import type { CallCounters } from '../localcloud/src/context'

export async function openScriptCloud(name: string) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`))
  process.env.API_LOG = 'off'
  process.env.SILENCE = 'true'
  const { installLocalCloud } = await import('../localcloud/src/install')
  const { applyManifest } = await import('../localcloud/src/manifest')
  const { invokeMain } = await import('../localcloud/src/runtime')
  const local = installLocalCloud({ dataDir })
  applyManifest(local.store)
  const cloud = require('wx-server-sdk')
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
  const apiMain = require('../cloudfunctions/api/src/index').main
  return {
    local,
    db: cloud.database(),
    async call(openid: string, action: string, input?: unknown): Promise<{ result: any; counters: CallCounters }> {
      return invokeMain(apiMain, { action, input }, openid, { timeoutMs: 20000 })
    },
    close() {
      local.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }
}
