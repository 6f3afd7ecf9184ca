// Orders and the time bank together (issue 5): own-hours orders hold the estimate at submit and release it on
// cancel; completion pays the volunteer by the funding rule and writes the service record — once, however often
// it is replayed; auto-confirm and the settle worker (settleDue) do the same; a ruling after payment is a reversal
// plus a new posting. Through the real SDK on the local cloud.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, runSettle, expectOk as must, present } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'
import { aVolunteer, anAddress, orderInput } from '../fixtures/orders'
import { settleDue } from '../../cloudfunctions/settle/src/jobs/settleDue'
import { autoConfirm } from '../../cloudfunctions/cron/src/jobs/autoConfirm'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const HOUR = 3600000
let addressId = ''
let volunteerId = ''
let rid = 0

beforeAll(async () => {
  await aCommunity(tc.db, 'c1', 'SETL01')
  await aUser(tc.db, 'res', 'c1')
  await aUser(tc.db, 'coord', 'c1', ['resident', 'coordinator'])
  addressId = await anAddress(tc.db, 'res')
  volunteerId = await aVolunteer(tc.db, 'vol', 'c1')
})

const balanceOf = async (openid: string) => must(await call(openid, 'timebank.account', {}))
const allBalances = async () => (await tc.db.collection('ledger_accounts').limit(1000).get()).data.reduce((s: number, a: any) => s + a.balance, 0)

/** Creates, dispatches, accepts, checks in, and checks out after `minutes` of service; returns the order id. */
async function served(minutes: number, over: Record<string, unknown> = {}): Promise<string> {
  const o = must(await call('res', 'orders.create', orderInput(addressId, over)))
  must(await call('coord', 'orders.dispatch', { orderId: o.id, volunteerId }))
  must(await call('vol', 'orders.accept', { orderId: o.id }))
  must(await call('vol', 'orders.checkIn', { orderId: o.id, code: present(o.checkInCode) }))
  await tc.db
    .collection('orders')
    .doc(o.id)
    .update({ data: { checkInAt: new Date(Date.now() - minutes * 60000) } })
  must(await call('vol', 'orders.checkOut', { orderId: o.id }))
  return o.id
}

it('pays a public-service order from the issuing account on confirm and records the service, once', async () => {
  const id = await served(60)
  // The confirm only moves the order: nothing is paid yet, and the order says so (订单详情: 入账中).
  expect(must(await call('res', 'orders.confirm', { orderId: id, stars: 5 }))).toMatchObject({ status: 'completed', settlement: 'settling' })
  expect((await balanceOf('vol')).balance).toBe(0)
  // One run pays it and counts its creation on the 工作台.
  expect(await runSettle()).toEqual([
    { name: 'settleDue', touched: 1 },
    { name: 'tallyCreated', touched: 1 }
  ])
  expect(must(await call('vol', 'orders.get', { orderId: id })).settlement).toBe('settled')
  expect((await balanceOf('vol')).balance).toBe(60)
  const records = must(await call('vol', 'records.list', {}))
  expect(records.items.find((r: any) => r.minutes === 60 && r.evaluation?.stars === 5)).toBeTruthy()
  const { settleOrder } = require('../../cloudfunctions/api/src/actions/orders/settle')
  const stored = (await tc.db.collection('orders').doc(id).get()).data
  await settleOrder(stored, null, new Date()) // a replay of the whole follow-up
  expect((await balanceOf('vol')).balance).toBe(60)
  expect(must(await call('vol', 'records.list', {})).totalMinutes).toBe(records.totalMinutes)
  expect(await allBalances()).toBe(0)
})

it('holds the estimate of an own-hours order, refuses what is not available, releases on cancel, pays on completion', async () => {
  must(await call('coord', 'timebank.adjust', { requestId: `grant-${++rid}-res`, userId: 'res', minutes: 120, reason: '社区开户赠送' }))
  const first = must(await call('res', 'orders.create', orderInput(addressId, { funding: 'own_hours' }))) // elder_visit: 60 min estimate
  expect(await balanceOf('res')).toMatchObject({ balance: 120, held: 60, available: 60 })
  const again = must(await call('res', 'orders.create', orderInput(addressId, { funding: 'own_hours' })))
  expect(await balanceOf('res')).toMatchObject({ held: 120, available: 0 })
  const refused = await call('res', 'orders.create', orderInput(addressId, { funding: 'own_hours' }))
  expect(refused).toMatchObject({ ok: false, error: { code: 'INSUFFICIENT_HOURS' } })
  must(await call('res', 'orders.cancel', { orderId: again.id, reason: '不需要了' }))
  expect(await call('res', 'orders.cancel', { orderId: again.id, reason: '不需要了' })).toMatchObject({ ok: false, error: { code: 'ORDER_MOVE_NOT_ALLOWED' } })
  expect(await balanceOf('res')).toMatchObject({ balance: 120, held: 60 })
  must(await call('coord', 'orders.dispatch', { orderId: first.id, volunteerId }))
  must(await call('vol', 'orders.accept', { orderId: first.id }))
  must(await call('vol', 'orders.checkIn', { orderId: first.id, code: present(first.checkInCode) }))
  await tc.db
    .collection('orders')
    .doc(first.id)
    .update({ data: { checkInAt: new Date(Date.now() - 75 * 60000) } })
  must(await call('vol', 'orders.checkOut', { orderId: first.id })) // 75 min, rounded to 75 (quarter hours)
  const before = (await balanceOf('vol')).balance
  must(await call('res', 'orders.confirm', { orderId: first.id, stars: 4 }))
  await runSettle() // the settle worker's next run: hours paid, service recorded
  expect(await balanceOf('res')).toMatchObject({ balance: 45, held: 0, available: 45 })
  expect((await balanceOf('vol')).balance).toBe(before + 75)
  expect(await allBalances()).toBe(0)
})

it('settles auto-confirmed orders, and the settle worker completes a settlement that never ran', async () => {
  const auto = await served(30)
  await tc.db
    .collection('orders')
    .doc(auto)
    .update({ data: { autoConfirmAt: new Date(Date.now() - HOUR) } })
  const before = (await balanceOf('vol')).balance
  await autoConfirm(new Date())
  expect((await balanceOf('vol')).balance).toBe(before + 30)
  // A completed order whose request died before paying: no settledAt, finished three minutes ago.
  const lost = await served(45)
  await tc.db
    .collection('orders')
    .doc(lost)
    .update({ data: { status: 'completed', updatedAt: new Date(Date.now() - 3 * 60000) } })
  expect((await settleDue(new Date())).touched).toBe(1)
  expect((await balanceOf('vol')).balance).toBe(before + 75)
  expect((await settleDue(new Date())).touched).toBe(0)
  expect(await allBalances()).toBe(0)
})

it('applies a ruling after payment as a reversal plus a new posting, and corrects the record', async () => {
  const id = await served(90)
  must(await call('res', 'orders.confirm', { orderId: id, stars: 2 }))
  await runSettle() // the settle worker's next run: hours paid, service recorded
  const before = (await balanceOf('vol')).balance
  must(await call('res', 'orders.dispute', { orderId: id, reason: '实际只服务了一小时' }))
  must(await call('coord', 'orders.resolve', { orderId: id, minutes: 60, reason: '核实为一小时' }))
  expect((await balanceOf('vol')).balance).toBe(before - 30)
  const posts = (
    await tc.db
      .collection('ledger_postings')
      .where({ _id: tc.db.command.in([`order:${id}:settle`, `reverse:order:${id}:settle`, `order:${id}:settle:ruled`]) })
      .get()
  ).data
  expect(posts.map((p: any) => p._id).sort()).toEqual([`order:${id}:settle`, `order:${id}:settle:ruled`, `reverse:order:${id}:settle`].sort())
  const record = must(await call('vol', 'records.list', {})).items.find((r) => r.history.some((h) => h.before.minutes === 90 && h.after.minutes === 60))
  expect(present(record).minutes).toBe(60)
  expect(await allBalances()).toBe(0)
})

it('overflows past the storage cap to the donation pool', async () => {
  must(await call('coord', 'communities.updateRules', { storageCapMinutes: (await balanceOf('vol')).balance + 10 }))
  const before = (await balanceOf('vol')).balance
  const id = await served(60)
  must(await call('res', 'orders.confirm', { orderId: id, stars: 5 }))
  await runSettle() // the settle worker's next run: hours paid, service recorded
  expect((await balanceOf('vol')).balance).toBe(before + 10)
  const donation = (await tc.db.collection('ledger_accounts').doc('donation:c1').get()).data
  expect(donation.balance).toBeGreaterThanOrEqual(50)
  // The volunteer is told: the statement row of this settlement says where the excess went.
  const rows = must(await call('vol', 'timebank.statement', { kind: 'settle' })).items
  expect(rows[0]).toMatchObject({ minutes: 10, memo: expect.stringContaining('超出存储上限，50分钟转入社区捐赠池') })
  expect(await allBalances()).toBe(0)
})

it('applies the spend-from age to spending one’s own hours on oneself (Shanghai: 65)', async () => {
  must(await call('coord', 'timebank.adjust', { requestId: `grant-${++rid}-vol`, userId: 'vol', minutes: 600, reason: '测试' }))
  await tc.db.collection('addresses').add({
    data: {
      _openid: 'vol',
      ownerOpenid: 'vol',
      slot: 0,
      label: '家',
      detail: '文昌路9号',
      contactName: '志愿者',
      contactPhone: '13900000000',
      location: null,
      createdAt: new Date()
    }
  })
  const volAddress = (await tc.db.collection('addresses').where({ ownerOpenid: 'vol' }).get()).data[0]._id
  must(await call('coord', 'communities.updateRules', { spendFromAge: 65 }))
  // The volunteer fixture was born in 1990: too young here to spend on themself.
  expect(await call('vol', 'orders.create', orderInput(volAddress, { funding: 'own_hours' }))).toMatchObject({ ok: false, error: { code: 'SPEND_AGE' } })
  // A resident without a real-name record: the age is unknown, so own hours are refused too (other funding is not).
  expect(await call('res', 'orders.create', orderInput(addressId, { funding: 'own_hours' }))).toMatchObject({ ok: false, error: { code: 'SPEND_AGE' } })
  must(await call('res', 'orders.create', orderInput(addressId, { funding: 'public_service' })))
  must(await call('coord', 'communities.updateRules', { spendFromAge: 30 }))
  must(await call('vol', 'orders.create', orderInput(volAddress, { funding: 'own_hours' })))
  must(await call('coord', 'communities.updateRules', { spendFromAge: null }))
})

it('pays a community-pool order from the pool only through a coordinator’s dispatch (the approval), never a grab', async () => {
  must(await call('coord', 'timebank.adjust', { requestId: `grant-${++rid}-res`, userId: 'res', minutes: 40, reason: '测试' }))
  must(await call('res', 'timebank.donate', { requestId: `donate-${rid}`, minutes: 40 })) // the pool now holds 40
  const o = must(await call('res', 'orders.create', orderInput(addressId, { funding: 'community_pool' })))
  await aVolunteer(tc.db, 'vol-2', 'c1')
  expect(must(await call('vol-2', 'orders.pool', {})).items.map((i: any) => i.id)).not.toContain(o.id)
  expect(await call('vol-2', 'orders.grab', { orderId: o.id })).toMatchObject({ ok: false, error: { code: 'NOT_ELIGIBLE' } })
  const dispatched = must(await call('coord', 'orders.dispatch', { orderId: o.id, volunteerId }))
  expect(present(dispatched.events.at(-1)).note).toContain('公益池支付已批准')
  must(await call('vol', 'orders.accept', { orderId: o.id }))
  must(await call('vol', 'orders.checkIn', { orderId: o.id, code: present(o.checkInCode) }))
  await tc.db
    .collection('orders')
    .doc(o.id)
    .update({ data: { checkInAt: new Date(Date.now() - 60 * 60000) } })
  must(await call('vol', 'orders.checkOut', { orderId: o.id }))
  const pool = async () => (await tc.db.collection('ledger_accounts').doc('pool:c1').get()).data.balance
  const before = await pool()
  must(await call('res', 'orders.confirm', { orderId: o.id, stars: 5 }))
  await runSettle() // the settle worker's next run: hours paid, service recorded
  expect(before - (await pool())).toBe(Math.min(before, 60)) // the pool pays what it has, the issuing account the rest
  expect(await allBalances()).toBe(0)
})
