// Kill -9 of the gateway during a burst of 1000 writes: every write the gateway acknowledged must be in the
// store after a restart (SQLite WAL, synchronous commits; memory is updated only after the commit).
import fs from 'fs'
import os from 'os'
import path from 'path'
import { Store } from '../../localcloud/src/store/Store'
import { callGateway, freePort, startGateway } from '../fixtures/gatewayProcess'

jest.setTimeout(90000)

it('keeps every acknowledged write after kill -9 during a burst of 1000 users.me creations', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kill9-'))
  const port = await freePort()
  const gw = await startGateway(dataDir, port)
  const acknowledged: string[] = []
  let failed = 0
  let next = 0
  const KILL_AFTER = 400 + Math.floor(Math.random() * 300) // a random point inside the burst
  const worker = async () => {
    while (next < 1000) {
      const openid = `burst-${String(next++).padStart(4, '0')}`
      try {
        const reply = await callGateway(gw.url, openid, { action: 'users.me', input: {} })
        if (reply.ok) acknowledged.push(openid)
        if (acknowledged.length === KILL_AFTER) gw.child.kill('SIGKILL')
      } catch {
        failed++
      }
    }
  }
  await Promise.all(Array.from({ length: 16 }, worker))
  await new Promise((r) => (gw.child.exitCode !== null || gw.child.signalCode ? r(null) : gw.child.once('exit', r)))
  expect(gw.child.signalCode).toBe('SIGKILL')
  expect(failed).toBeGreaterThan(0) // the kill really happened mid-burst

  const restarted = await startGateway(dataDir, port) // recovery: reopens the WAL
  const check = await callGateway(restarted.url, acknowledged[0], { action: 'users.me', input: {} })
  restarted.child.kill('SIGTERM')
  await new Promise((r) => restarted.child.once('exit', r))
  expect(check.ok).toBe(true)

  const store = new Store(path.join(dataDir, 'db.sqlite'))
  const missing = acknowledged.filter((id) => !store.get('users', id))
  store.close()
  console.info(`kill -9 after ${acknowledged.length} acknowledged of 1000 (${failed} refused after the kill); missing after restart: ${missing.length}`)
  expect(missing).toEqual([])
})
