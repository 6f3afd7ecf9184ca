// The order flow through the router on the local cloud (genuine SDK): submit → dispatch → accept → check-in →
// check-out → confirm; grabbing from the pool; 50 simultaneous grabs; replaying a create.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectOk as must, present } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'
import { aVolunteer, anAddress, east, orderInput } from '../fixtures/orders'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
let addressId = ''
const volunteerIds: string[] = []

beforeAll(async () => {
  await aCommunity(tc.db, 'c1', 'FLOW01')
  await aUser(tc.db, 'res-1', 'c1')
  await aUser(tc.db, 'coord-1', 'c1', ['resident', 'coordinator'])
  addressId = await anAddress(tc.db, 'res-1')
  for (let i = 0; i < 50; i++) volunteerIds.push(await aVolunteer(tc.db, `vol-${i}`, 'c1', { at: east(200 + i * 100) }))
})

it('runs submit → dispatch → accept → check-in → check-out → confirm, with a timeline of every step', async () => {
  const created = must(await call('res-1', 'orders.create', orderInput(addressId)))
  expect(created).toMatchObject({ status: 'pending', moves: ['cancel'], viewer: ['owner'] })
  expect(created.checkInCode).toMatch(/^\d{4}$/)
  const cands = must(await call('coord-1', 'orders.candidates', { orderId: created.id })).candidates
  expect(cands[0].name).toBeTruthy()
  expect(cands[0].reasons.join()).toContain('距离')
  must(await call('coord-1', 'orders.dispatch', { orderId: created.id, volunteerId: volunteerIds[0] }))
  const accepted = must(await call('vol-0', 'orders.accept', { orderId: created.id }))
  expect(accepted).toMatchObject({ status: 'accepted', moves: ['withdraw', 'checkIn'], address: { detail: '文昌路8号3栋502', contactPhone: '13912345678' } })
  must(await call('vol-0', 'orders.checkIn', { orderId: created.id, location: east(100) }))
  const out = must(await call('vol-0', 'orders.checkOut', { orderId: created.id }))
  expect(out).toMatchObject({ status: 'awaiting_confirmation', servedMinutes: 0 })
  const done = must(await call('res-1', 'orders.confirm', { orderId: created.id, stars: 5, tags: ['耐心细致'], comment: '谢谢' }))
  expect(done.status).toBe('completed')
  expect(done.events.map((e: any) => `${e.kind}:${e.to}`)).toEqual([
    'create:pending',
    'dispatch:dispatched',
    'accept:accepted',
    'checkIn:in_service',
    'checkOut:awaiting_confirmation',
    'confirm:completed'
  ])
})

it('lets exactly one of 50 simultaneous grabs win; the other 49 get ORDER_TAKEN', async () => {
  const o = must(await call('res-1', 'orders.create', orderInput(addressId)))
  const replies = await Promise.all(volunteerIds.map((_, i) => call(`vol-${i}`, 'orders.grab', { orderId: o.id })))
  const won = replies.filter((r) => r.ok)
  expect(won).toHaveLength(1)
  expect(replies.filter((r) => !r.ok).map((r: any) => r.error.code)).toEqual(Array(49).fill('ORDER_TAKEN'))
  const stored = must(await call('res-1', 'orders.get', { orderId: o.id }))
  expect(present(stored.volunteer).name).toBe(present(won[0].data.volunteer).name)
  expect(stored.events.filter((e: any) => e.kind === 'grab')).toHaveLength(1)
})

it('returns the first order when orders.create is replayed with the same requestId, and creates nothing', async () => {
  const input = orderInput(addressId)
  const first = must(await call('res-1', 'orders.create', input))
  const before = (await tc.db.collection('orders').count()).total
  const again = must(await call('res-1', 'orders.create', { ...input, description: '第二次提交' }))
  expect(again.id).toBe(first.id)
  expect(again.description).toBe(first.description)
  expect((await tc.db.collection('orders').count()).total).toBe(before)
})

it('shows the pool nearest first with distance and no address, phone or photos', async () => {
  const o = must(await call('res-1', 'orders.create', orderInput(addressId, { description: '池中订单' })))
  const pool = must(await call('vol-3', 'orders.pool', {}))
  const mine = present(pool.items.find((i) => i.id === o.id))
  expect(mine).toMatchObject({ address: null, photos: [], checkInCode: null, moves: ['grab'] })
  expect(mine.distanceMeters).toBeGreaterThan(400)
  expect(pool.items.map((i: any) => i.distanceMeters)).toEqual([...pool.items.map((i: any) => i.distanceMeters)].sort((a: number, b: number) => a - b))
})
