// A local cloud over a kept data folder (the bench's seeded stores live in .data-bench/<scale>), with the manifest
// applied, the genuine SDK initialised against it and a caller for the api function's TypeScript source — like
// scripts/scriptCloud.ts openScriptCloud, except the folder is chosen and survives close().
import fs from 'fs'
import path from 'path'
import type { CallCounters } from '../../localcloud/src/context'

export async function openCloudAt(dataDir: string) {
  fs.mkdirSync(dataDir, { recursive: true })
  process.env.API_LOG = 'off'
  // A bench process is one user hammering: rate limits keep running (their round trip is counted) with caps no
  // bench run reaches, unless the caller set API_RATE_LIMITS.
  const high = { windowMinutes: 60, perUser: 1_000_000, perCommunity: 1_000_000 }
  process.env.API_RATE_LIMITS ??= JSON.stringify({
    'orders.create': high,
    'reports.create': high,
    'volunteers.register': high,
    'timebank.transfer': high,
    'certificates.issue': high
  })
  process.env.SILENCE = 'true'
  const { installLocalCloud } = await import('../../localcloud/src/install')
  const { applyManifest } = await import('../../localcloud/src/manifest')
  const { invokeMain } = await import('../../localcloud/src/runtime')
  const local = installLocalCloud({ dataDir: path.resolve(dataDir) })
  applyManifest(local.store)
  const cloud = require('wx-server-sdk')
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
  const apiMain = require('../../cloudfunctions/api/src/index').main
  return {
    local,
    db: cloud.database(),
    async call(openid: string, action: string, input?: unknown): Promise<{ result: any; counters: CallCounters }> {
      return invokeMain(apiMain, { action, input }, openid, { timeoutMs: 60000 })
    },
    /** One run of the settle worker (its 5-second timer): what it settled and counted, and what that cost. */
    async settle(): Promise<{ result: any; counters: CallCounters }> {
      return invokeMain(require('../../cloudfunctions/settle/src/index').main, { Type: 'Timer', TriggerName: 'every5s' }, '', { timeoutMs: 60000 })
    },
    close: () => local.close()
  }
}
