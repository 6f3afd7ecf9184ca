// The demo stations (localcloud/src/demo/seedStations.ts) on top of the demo residents' addresses: residents see
// four stations nearest first, the coordinator's coverage view covers some addresses and lists others, the closed
// station covers nobody, and a second run creates nothing.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, sourceRuntime, expectOk as ok, present } from '../fixtures/api'
import { seedDemo } from '../../localcloud/src/demo/seed'
import { seedVolunteers } from '../../localcloud/src/demo/seedVolunteers'
import { seedOrders } from '../../localcloud/src/demo/seedOrders'
import { seedStations } from '../../localcloud/src/demo/seedStations'
import { DEFAULT_DEMO_OPENID, DEMO_COORDINATOR } from '../../localcloud/src/demo/ids'

const tc = startTestCloud({ manifest: true })
// The demo's instant (the seeds take it; the api function stamps its own, real, clock meanwhile).
const now = new Date()
const call = apiCaller()
const runtime = sourceRuntime()

beforeAll(async () => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined)
  await seedDemo(tc.db, now)
  await seedVolunteers(runtime, now)
  await seedOrders(runtime, tc.db, now)
  await seedStations(runtime)
}, 120000)

it('shows a resident the four stations around the community, nearest first, the closed one as closed', async () => {
  const r = ok(await call(DEFAULT_DEMO_OPENID, 'stations.nearby', {}))
  expect(r.stations.map((s: any) => s.typeLabel).sort()).toEqual(['志愿服务岗', '志愿服务室', '志愿服务点', '志愿服务站'].sort())
  const d = r.stations.map((s: any) => s.distanceMeters)
  expect(d).toEqual([...d].sort((a: number, b: number) => a - b))
  expect(r.stations.find((s: any) => s.type === 'room')).toMatchObject({ status: 'closed', openNow: false })
  expect(r.stations.find((s: any) => s.type === 'point')).toMatchObject({ openNow: true, hoursText: ['周一至周日 00:00-24:00'] })
})

it("leaves some demo addresses outside every open station's 800 m, which the closed station does not rescue", async () => {
  const c = ok(await call(DEMO_COORDINATOR, 'stations.coverage', {}))
  expect(c.openStations).toBe(3)
  expect(c.covered).toBeGreaterThan(0)
  expect(c.uncoveredCount).toBeGreaterThanOrEqual(3)
  expect(c.uncovered.every((u: any) => u.nearestMeters > 800 && u.area === '文昌一路' && /^.\*+$/.test(u.residentName))).toBe(true)
  // Reopening the west room covers every one of them.
  const room = present(ok(await call(DEMO_COORDINATOR, 'stations.list', {})).stations.find((s) => s.type === 'room'))
  ok(
    await call(DEMO_COORDINATOR, 'stations.upsert', {
      requestId: 'demo-test-reopen',
      stationId: room.id,
      version: room.version,
      name: room.name,
      type: room.type,
      address: room.address,
      location: room.location,
      hours: room.hours,
      services: room.services,
      tags: room.tags,
      status: 'open'
    })
  )
  expect(ok(await call(DEMO_COORDINATOR, 'stations.coverage', {}))).toMatchObject({ openStations: 4, uncoveredCount: 0, coveredShare: 1 })
})

it('creates nothing on a second run', async () => {
  const before = tc.store.all('stations').size
  await seedStations(runtime)
  expect(tc.store.all('stations').size).toBe(before)
  expect(before).toBe(4)
})
