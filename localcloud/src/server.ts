// `npm run cloud`: the local cloud on its own — store, manifest, optional demo data, HTTP gateway.
// Env: PORT (8787), DATA_DIR (./.data), STATIC_DIR (./dist/h5), SEED=1 to create demo data on first run,
// ADMIN_OPENIDS (comma list; default demo-admin locally), FUNCTIONS_DIR (./cloudfunctions),
// LOCALCLOUD_TIMER_TICK_MS (1000: how often due timer triggers are looked for; tests with a fast clock lower it).
// LOCALCLOUD_LATENCY (ms per database round trip, `5` or `2-20`; off by default: localcloud/src/latency.ts).
import path from 'path'
import { installLocalCloud } from './install'
import { applyManifest } from './manifest'
import { createGateway } from './gateway'
import { deliverMediaVerdicts, requeueInterrupted } from './mediaVerdicts'
import { seedAll } from './demo/seedAll'
import { startTimers } from './timers'
import { DEFAULT_DEMO_OPENID, DEMO_ADMIN } from './demo/ids'

export interface MainOptions {
  /** Functions whose build failed before start (localcloud/bin/cloud.js): /api/health reports them. */
  buildFailures?: Array<{ name: string; reason: string }>
}

export async function main(opts: MainOptions = {}): Promise<void> {
  const port = Number(process.env.PORT ?? 8787)
  const host = process.env.HOST ?? '127.0.0.1'
  process.env.ADMIN_OPENIDS = process.env.ADMIN_OPENIDS ?? DEMO_ADMIN
  const local = installLocalCloud({ publicUrl: process.env.LOCALCLOUD_PUBLIC_URL ?? `http://${host}:${port}` })
  const { created } = applyManifest(local.store)
  if (created.length) console.log(`[localcloud] created collections: ${created.join(', ')}`)
  if (process.env.SEED === '1') {
    const cloud = require('wx-server-sdk')
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
    const seeded = await seedAll(local.runtime, cloud, new Date()) // the whole demo at one instant (demo/seedAll.ts)
    if (seeded)
      console.log(`[localcloud] demo data: ${seeded.users} users, ${seeded.volunteers} volunteer registrations, ${seeded.orders} orders in 江北街道文昌社区`)
  }
  const server = createGateway(local, {
    staticDir: path.resolve(process.env.STATIC_DIR ?? 'dist/h5'),
    defaultOpenid: process.env.DEFAULT_OPENID ?? DEFAULT_DEMO_OPENID,
    buildFailures: opts.buildFailures
  })
  server.listen(port, host, () => console.log(`[localcloud] ready on http://${host}:${port} (data: ${local.dataDir})`))
  const verdicts = startVerdictDelivery(local)
  // Timer triggers from each function's config.json (cron: escalation and auto-confirm every minute).
  // A trigger whose function is missing or broken logs one line per firing and never stops the gateway (timers.ts).
  const stopTimers = startTimers(local, { tickMs: Number(process.env.LOCALCLOUD_TIMER_TICK_MS) || 1000 })
  const stop = () => (clearInterval(verdicts), stopTimers(), server.close(() => (local.close(), process.exit(0))))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

/** WeChat pushes image-check verdicts some time after mediaCheckAsync; locally 1–2 s later, one run at a time. */
function startVerdictDelivery(local: ReturnType<typeof installLocalCloud>): NodeJS.Timeout {
  let running = true
  const logError = (e: unknown) => console.error(JSON.stringify({ level: 'error', job: 'mediaVerdicts', error: (e as Error).message }))
  requeueInterrupted(local)
    .catch(logError)
    .finally(() => (running = false))
  const timer = setInterval(() => {
    if (running) return
    running = true
    deliverMediaVerdicts(local, { minAgeMs: 1000 })
      .catch(logError)
      .finally(() => (running = false))
  }, 1000)
  timer.unref()
  return timer
}
