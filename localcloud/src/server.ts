// `npm run cloud`: the local cloud on its own — store, manifest, optional demo data, HTTP gateway.
// Env: PORT (8787), DATA_DIR (./.data), STATIC_DIR (./dist/h5), SEED=1 to create demo data on first run,
// ADMIN_OPENIDS (comma list; default demo-admin locally).
import path from 'path'
import { installLocalCloud } from './install'
import { applyManifest } from './manifest'
import { createGateway } from './gateway'
import { deliverMediaVerdicts, requeueInterrupted } from './mediaVerdicts'
import { seedDemo } from './demo/seed'
import { seedVolunteers } from './demo/seedVolunteers'
import { seedOrders } from './demo/seedOrders'
import { seedTimebank } from './demo/seedTimebank'
import { seedRewards } from './demo/seedRewards'
import { seedYear } from './demo/seedYear'
import { seedProjects } from './demo/seedProjects'
import { seedReports } from './demo/seedReports'
import { seedStations } from './demo/seedStations'
import { startTimers } from './timers'
import { DEFAULT_DEMO_OPENID, DEMO_ADMIN } from './demo/ids'

export async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8787)
  const host = process.env.HOST ?? '127.0.0.1'
  process.env.ADMIN_OPENIDS = process.env.ADMIN_OPENIDS ?? DEMO_ADMIN
  const local = installLocalCloud({ publicUrl: process.env.LOCALCLOUD_PUBLIC_URL ?? `http://${host}:${port}` })
  const { created } = applyManifest(local.store)
  if (created.length) console.log(`[localcloud] created collections: ${created.join(', ')}`)
  if (process.env.SEED === '1') {
    const cloud = require('wx-server-sdk')
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
    const n = await seedDemo(cloud.database())
    if (n) {
      const quiet = process.env.API_LOG
      process.env.API_LOG = 'off' // demo set-up calls would flood the console
      const v = await seedVolunteers(local.runtime)
      const o = await seedOrders(local.runtime, cloud.database())
      await seedTimebank(local.runtime)
      await seedRewards(local.runtime) // 积分商城: the catalogue and one redemption (seedRewards.ts)
      await seedProjects(local.runtime)
      await seedReports(local.runtime, cloud)
      await seedStations(local.runtime) // 服务站地图 and the 10-minute circle (seedStations.ts)
      await seedYear(local.runtime, cloud.database()) // a year of history for the 工作台 charts (seedYear.ts), after the others
      if (quiet === undefined) delete process.env.API_LOG
      else process.env.API_LOG = quiet
      console.log(`[localcloud] demo data: ${n} users, ${v} volunteer registrations, ${o} orders in 江北街道文昌社区`)
    }
  }
  const server = createGateway(local, { staticDir: path.resolve(process.env.STATIC_DIR ?? 'dist/h5'), defaultOpenid: process.env.DEFAULT_OPENID ?? DEFAULT_DEMO_OPENID })
  server.listen(port, host, () => console.log(`[localcloud] ready on http://${host}:${port} (data: ${local.dataDir})`))
  const verdicts = startVerdictDelivery(local)
  // Timer triggers from each function's config.json (cron: escalation and auto-confirm every minute).
  const stopTimers = startTimers(local)
  const stop = () => (clearInterval(verdicts), stopTimers(), server.close(() => (local.close(), process.exit(0))))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

/** WeChat pushes image-check verdicts some time after mediaCheckAsync; locally 1–2 s later, one run at a time. */
function startVerdictDelivery(local: ReturnType<typeof installLocalCloud>): NodeJS.Timeout {
  let running = true
  const logError = (e: unknown) => console.error(JSON.stringify({ level: 'error', job: 'mediaVerdicts', error: (e as Error).message }))
  requeueInterrupted(local).catch(logError).finally(() => (running = false))
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
