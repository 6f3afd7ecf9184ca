// The demo register of beneficiaries (localcloud/src/demo/seedBeneficiaries.ts): the coordinator finds three people
// without WeChat registered, the 独居 elder's phone request first on the 调度台 (paid by the community pool), and a
// second run of the seed creates nothing. Seeded at the api clock's instant, so it holds on any date.
import { setClock } from '../../cloudfunctions/api/src/lib/clock'
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, sourceRuntime, expectOk as ok } from '../fixtures/api'
import { seedDemo } from '../../localcloud/src/demo/seed'
import { seedVolunteers } from '../../localcloud/src/demo/seedVolunteers'
import { seedOrders } from '../../localcloud/src/demo/seedOrders'
import { seedBeneficiaries } from '../../localcloud/src/demo/seedBeneficiaries'
import { DEMO_COORDINATOR } from '../../localcloud/src/demo/ids'

const tc = startTestCloud({ manifest: true })
const now = new Date(Math.floor(Date.now() / 60000) * 60000)
const call = apiCaller()
const runtime = sourceRuntime()

beforeAll(async () => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined)
  setClock(() => now)
  await seedDemo(tc.db, now)
  await seedVolunteers(runtime, now)
  await seedOrders(runtime, tc.db, now)
  await seedBeneficiaries(runtime, now)
}, 120000)
afterAll(() => setClock(null))

it('registers three beneficiaries, and puts the 独居 elder’s request first on the board', async () => {
  const list = ok(await call(DEMO_COORDINATOR, 'beneficiaries.list', { limit: 50 }))
  expect(list.items.map((b) => b.name).sort()).toEqual(['李建国', '王秀英', '陈小宇'].sort())
  expect(list.items.find((b) => b.name === '王秀英')).toMatchObject({ tagLabels: ['独居', '高龄'], priority: true })
  const board = ok(await call(DEMO_COORDINATOR, 'orders.board', {}))
  expect(board.items[0]).toMatchObject({ priority: true, beneficiaryName: '王秀英', status: 'pending' })
  const order = ok(await call(DEMO_COORDINATOR, 'orders.get', { orderId: board.items[0].id }))
  expect(order).toMatchObject({ funding: 'community_pool', address: { detail: '文昌一路12号2栋101' } })
})

it('creates nothing on a second run', async () => {
  const count = (c: string) => tc.store.all(c).size
  const before = [count('beneficiaries'), count('orders'), count('audit_logs')]
  await seedBeneficiaries(runtime, now)
  expect([count('beneficiaries'), count('orders'), count('audit_logs')]).toEqual(before)
})
