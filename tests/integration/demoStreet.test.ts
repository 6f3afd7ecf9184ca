// The demo street (localcloud/src/demo/seedStreet.ts): 江北街道 with the demo community and 龙丰社区, both with
// their 常住人口, run by the demo street admin; one 龙丰 repair order escalated to the street, which the street
// admin dispatches to a 文昌 volunteer (nobody in 龙丰 repairs); the demo community's own board is unchanged;
// a second run creates nothing. Seeded at the api clock's instant, so it holds on any date.
import { setClock } from '../../cloudfunctions/api/src/lib/clock'
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, sourceRuntime, expectOk as ok, expectFail } from '../fixtures/api'
import { seedDemo } from '../../localcloud/src/demo/seed'
import { seedVolunteers } from '../../localcloud/src/demo/seedVolunteers'
import { seedOrders } from '../../localcloud/src/demo/seedOrders'
import { DEMO_POPULATION, seedStreet } from '../../localcloud/src/demo/seedStreet'
import { DEMO_COMMUNITY_ID, DEMO_COORDINATOR, DEMO_COORDINATOR2, DEMO_STREET_ADMIN, DEMO_STREET_ID } from '../../localcloud/src/demo/ids'

const tc = startTestCloud({ manifest: true })
const now = new Date(Math.floor(Date.now() / 60000) * 60000)
const call = apiCaller()
const runtime = sourceRuntime()
const count = (c: string) => tc.store.all(c).size
let boardBefore: unknown = null
let longfeng: string | null = null

beforeAll(async () => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined)
  jest.spyOn(console, 'warn').mockImplementation(() => undefined) // seedOrders' nightly run reports its first rebuild as drift
  setClock(() => now)
  await seedDemo(tc.db, now)
  await seedVolunteers(runtime, now)
  await seedOrders(runtime, tc.db, now)
  boardBefore = ok(await call(DEMO_COORDINATOR, 'orders.board', {})).counts
  longfeng = await seedStreet(runtime, tc.db, now)
}, 120000)
afterAll(() => setClock(null))

it('puts both communities in 江北街道 with their population, run by the demo street admin', async () => {
  const home = ok(await call(DEMO_STREET_ADMIN, 'streets.communities', {}))
  expect(home).toMatchObject({ streetId: DEMO_STREET_ID, streetName: '江北街道' })
  expect(home.communities.map((c) => [c.communityId, c.name, c.population])).toEqual([
    [DEMO_COMMUNITY_ID, '江北街道文昌社区', DEMO_POPULATION.wenchang],
    [longfeng, '江北街道龙丰社区', DEMO_POPULATION.longfeng]
  ])
  expect(home.communities[1]).toMatchObject({ coordinators: 1, registered: 4, residents: 8, openOrders: 1, escalatedOrders: 1, streetEscalatedOrders: 1 })
  expect(home.communities[0]).toMatchObject({ coordinators: 1, registered: 17, streetEscalatedOrders: 0 })
  const cmp = ok(await call(DEMO_STREET_ADMIN, 'stats.compare', {}))
  expect(cmp.rows.map((r) => [r.communityName, r.population, r.shareOfResidents])).toEqual([
    ['江北街道文昌社区', DEMO_POPULATION.wenchang, 17 / DEMO_POPULATION.wenchang],
    ['江北街道龙丰社区', DEMO_POPULATION.longfeng, 4 / DEMO_POPULATION.longfeng]
  ])
  // The demo community's board is as the other seeds left it; 龙丰's coordinator runs 龙丰 only.
  expect(ok(await call(DEMO_COORDINATOR, 'orders.board', {})).counts).toEqual(boardBefore)
  expect(expectFail(await call(DEMO_COORDINATOR2, 'orders.board', { communityId: DEMO_COMMUNITY_ID })).code).toBe('FORBIDDEN')
})

it('leaves one repair order on 街道调度, which the street admin dispatches to a 文昌 volunteer', async () => {
  const board = ok(await call(DEMO_STREET_ADMIN, 'streets.board', {}))
  expect(board.items).toEqual([
    expect.objectContaining({ category: 'repair', status: 'pending', communityName: '江北街道龙丰社区', description: expect.stringContaining('热水器') })
  ])
  const orderId = board.items[0].id
  const offered = ok(await call(DEMO_STREET_ADMIN, 'orders.candidates', { orderId })).candidates
  expect(offered.length).toBeGreaterThan(0)
  expect(new Set(offered.map((c) => c.communityName))).toEqual(new Set(['江北街道文昌社区']))
  ok(await call(DEMO_STREET_ADMIN, 'orders.dispatch', { orderId, volunteerId: offered[0].volunteerId }))
  expect(ok(await call(DEMO_STREET_ADMIN, 'streets.board', {})).items).toEqual([expect.objectContaining({ id: orderId, status: 'dispatched' })])
})

it('creates nothing on a second run', async () => {
  const before = ['streets', 'communities', 'users', 'volunteers', 'orders', 'audit_logs'].map(count)
  expect(await seedStreet(runtime, tc.db, now)).toBeNull()
  expect(['streets', 'communities', 'users', 'volunteers', 'orders', 'audit_logs'].map(count)).toEqual(before)
})
