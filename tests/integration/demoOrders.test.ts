// The demo orders (localcloud/src/demo/seedOrders.ts): every status present, one escalated, made through the real
// actions so the app can act on them, stats computed for dispatch ranking, and a second run changes nothing.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, sourceRuntime } from '../fixtures/api'
import { seedDemo } from '../../localcloud/src/demo/seed'
import { seedVolunteers } from '../../localcloud/src/demo/seedVolunteers'
import { seedOrders } from '../../localcloud/src/demo/seedOrders'
import { seedTimebank } from '../../localcloud/src/demo/seedTimebank'
import { DEMO_COMMUNITY_ID, DEMO_COORDINATOR, DEFAULT_DEMO_OPENID } from '../../localcloud/src/demo/ids'
import { ORDER_STATUSES } from '../../src/shared/domain/order'

const tc = startTestCloud({ manifest: true })
// The demo's instant (the seeds take it; the api function stamps its own, real, clock meanwhile).
const now = new Date()
const call = apiCaller()
const runtime = sourceRuntime()
const orders = () => [...tc.store.all('orders').values()].map((r) => r.doc as any)
let seeded = 0

beforeAll(async () => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined) // the cron function's per-run line
  await seedDemo(tc.db, now)
  await seedVolunteers(runtime, now)
  seeded = await seedOrders(runtime, tc.db, now)
  await seedTimebank(runtime, now)
}, 120000)

it('has orders in every status, all in the demo community', () => {
  expect(seeded).toBe(orders().length)
  expect([...new Set(orders().map((o) => o.status))].sort()).toEqual([...ORDER_STATUSES].sort())
  expect(orders().every((o) => o.communityId === DEMO_COMMUNITY_ID)).toBe(true)
  expect(orders().filter((o) => o.status === 'awaiting_confirmation').length).toBeGreaterThanOrEqual(2)
})

it('has exactly one escalated order, escalated by the system, and the coordinator was told', () => {
  const escalated = orders().filter((o) => o.escalated)
  expect(escalated).toHaveLength(1)
  expect(escalated[0]).toMatchObject({ status: 'pending' })
  expect(escalated[0].events.map((e: any) => e.kind)).toEqual(['create', 'escalate'])
  const told = [...tc.store.all('_local_outbox').values()].map((r) => r.doc as any).filter((m) => m.templateId === 'tmpl-order-escalated')
  expect(told.map((m) => m.touser)).toEqual([DEMO_COORDINATOR])
})

it('has timelines in order and served minutes of real visits', () => {
  for (const o of orders()) {
    const times = o.events.map((e: any) => new Date(e.at).getTime())
    expect(times).toEqual([...times].sort((a, b) => a - b))
    expect(new Date(o.createdAt).getTime()).toBe(times[0])
  }
  const served = orders()
    .filter((o) => o.servedMinutes !== null)
    .map((o) => o.servedMinutes)
  expect(served.length).toBeGreaterThanOrEqual(8)
  expect(served.every((m) => m >= 30)).toBe(true)
  expect(orders().find((o) => o.status === 'resolved')).toMatchObject({ finalMinutes: 45 })
})

it('includes declined, withdrawn, reassigned, proxied and urgent orders', () => {
  const kinds = new Set(orders().flatMap((o) => o.events.map((e: any) => e.kind)))
  for (const k of [
    'dispatch',
    'accept',
    'grab',
    'decline',
    'withdraw',
    'reassign',
    'checkIn',
    'checkOut',
    'confirm',
    'dispute',
    'resolve',
    'cancel',
    'escalate'
  ])
    expect(kinds).toContain(k)
  expect(orders().some((o) => o.beneficiaryName === '陈桂英')).toBe(true)
  expect(orders().some((o) => o.urgency === 'urgent')).toBe(true)
})

it('lets the app act on them: the default resident confirms, the coordinator sees rated candidates', async () => {
  const mine = await call(DEFAULT_DEMO_OPENID, 'orders.listMine', { as: 'resident' })
  expect(mine.ok).toBe(true)
  const waiting = (mine as any).data.items.find((i: any) => i.status === 'awaiting_confirmation')
  expect(waiting.moves).toContain('confirm')
  expect(await call(DEFAULT_DEMO_OPENID, 'orders.confirm', { orderId: waiting.id, stars: 5 })).toMatchObject({ ok: true, data: { status: 'completed' } })

  const escalated = orders().find((o) => o.escalated) // what the coordinator would dispatch first
  const cands = await call(DEMO_COORDINATOR, 'orders.candidates', { orderId: escalated._id })
  expect(cands.ok).toBe(true)
  expect((cands as any).data.candidates.some((c: any) => c.rating !== null && c.completed > 0)).toBe(true)
})

it('creates nothing when run again', async () => {
  const before = orders().length
  expect(await seedOrders(runtime, tc.db, now)).toBe(0)
  expect(orders()).toHaveLength(before)
})

describe('demo time bank (seedTimebank.ts)', () => {
  const docs = (coll: string) => [...tc.store.all(coll).values()].map((r) => r.doc as any)
  it('paid the volunteers of completed orders, opened the default resident an account, and balances sum to zero', async () => {
    const accounts = docs('ledger_accounts')
    expect(accounts.reduce((s, a) => s + a.balance, 0)).toBe(0)
    expect(accounts.filter((a) => a.kind === 'member' && a._id.startsWith('member:demo-volunteer-') && a.balance > 0).length).toBeGreaterThanOrEqual(3)
    const me = await call(DEFAULT_DEMO_OPENID, 'timebank.account', {})
    expect(me.ok && me.data.balance).toBe(300)
  })
  it('has a family transfer, an honorary top-up and a certificate, and a second run adds nothing', async () => {
    const postings = docs('ledger_postings')
    expect(postings.filter((p) => p.kind === 'transfer' && p._id.endsWith(':demo-transfer-01'))).toHaveLength(1)
    expect(docs('service_records').filter((r) => r.source === 'honorary')).toHaveLength(1)
    expect(docs('certificates')).toHaveLength(1)
    expect(docs('certificates')[0]).toMatchObject({ personInCharge: '王建国', handler: '李协调' })
    const before = postings.length
    expect(await seedTimebank(runtime, now)).toBe(0)
    expect(docs('ledger_postings')).toHaveLength(before)
  })
})
