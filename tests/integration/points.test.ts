// 爱心积分 through the real order and project flows on the local cloud (genuine SDK): a completed order and a
// completed project earn points at the community's rate, in the record's own transaction; a correction moves them
// by the difference (what was already spent is written off, never a negative balance); honorary top-ups earn none;
// points expire at the end of the year after the one they were earned in; and they are not time-bank hours.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, runSettle, expectOk as must, present } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'
import { aVolunteer, anAddress, orderInput } from '../fixtures/orders'
import { shanghaiYear } from '../../src/shared/domain/points'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const stored = (coll: string) => [...tc.store.all(coll).values()].map((r) => r.doc as any)
let addressId = ''
const volunteerIds: Record<string, string> = {}

beforeAll(async () => {
  await aCommunity(tc.db, 'c1', 'PNTS01', '文昌社区')
  await aUser(tc.db, 'res', 'c1')
  await aUser(tc.db, 'coord', 'c1', ['resident', 'coordinator'])
  addressId = await anAddress(tc.db, 'res')
  for (const v of ['vol', 'vol-2', 'vol-3']) volunteerIds[v] = await aVolunteer(tc.db, v, 'c1')
})

const points = async (openid: string) => must(await call(openid, 'points.account', {}))
const hours = async (openid: string) => must(await call(openid, 'timebank.account', {}))

/** The real order flow: create, dispatch, accept, check in, check out after `minutes`, confirm. Returns the record id. */
async function completedOrder(volunteer: string, minutes: number): Promise<string> {
  const o = must(await call('res', 'orders.create', orderInput(addressId)))
  must(await call('coord', 'orders.dispatch', { orderId: o.id, volunteerId: volunteerIds[volunteer] }))
  must(await call(volunteer, 'orders.accept', { orderId: o.id }))
  must(await call(volunteer, 'orders.checkIn', { orderId: o.id, code: present(o.checkInCode) }))
  await tc.db
    .collection('orders')
    .doc(o.id)
    .update({ data: { checkInAt: new Date(Date.now() - minutes * 60000) } })
  must(await call(volunteer, 'orders.checkOut', { orderId: o.id }))
  must(await call('res', 'orders.confirm', { orderId: o.id, stars: 5 }))
  await runSettle() // the settle worker's next run: hours paid, service recorded
  return `order-${o.id}`
}

it('earns points at the default rate (10 per hour) when an order completes, once, and not as time-bank hours', async () => {
  const recordId = await completedOrder('vol', 90)
  const a = await points('vol')
  expect(a).toMatchObject({ balance: 15, pointsPerHour: 10, expired: 0, nextExpiry: { points: 15, lastDay: `${shanghaiYear(new Date()) + 1}-12-31` } })
  expect(a.lots).toEqual([{ year: shanghaiYear(new Date()), earned: 15, used: 0, left: 15, lastDay: `${shanghaiYear(new Date()) + 1}-12-31`, expired: false }])
  expect(a.entries).toEqual([expect.objectContaining({ kind: 'earn', points: 15 })])
  // The order follow-up replayed: the record exists, so nothing is earned twice.
  const { settleOrder } = require('../../cloudfunctions/api/src/actions/orders/settle')
  await settleOrder((await tc.db.collection('orders').doc(recordId.slice('order-'.length)).get()).data, null, new Date())
  expect((await points('vol')).balance).toBe(15)
  // Hours are a different account: 90 minutes in the time bank, 15 points here.
  expect((await hours('vol')).balance).toBe(90)
  expect(stored('points_accounts').find((d) => d._id === 'c1:vol').sources[recordId]).toMatchObject({ minutes: 90, points: 15, rate: 10 })
})

it('earns at the rate the coordinator sets, for service recorded from then on, and on project completion', async () => {
  must(await call('coord', 'points.updateRate', { pointsPerHour: 20 }))
  expect(stored('audit_logs').find((l) => l.action === 'points.updateRate')).toMatchObject({ before: { pointsPerHour: 10 }, after: { pointsPerHour: 20 } })
  const p = must(
    await call('coord', 'projects.declare', {
      requestId: 'pts-project-1',
      title: '重阳节敬老探访',
      description: '走访独居老人',
      place: '党群服务中心',
      sessions: [
        { startsAt: '2024-10-11T09:00:00+08:00', minutes: 120 },
        { startsAt: '2024-10-12T09:00:00+08:00', minutes: 90 }
      ],
      capacity: 5
    })
  )
  must(await call('coord', 'projects.review', { projectId: p.id, decision: 'approve' }))
  must(await call('vol-2', 'projects.signUp', { projectId: p.id }))
  for (const session of [0, 1]) must(await call('coord', 'projects.attendance', { projectId: p.id, session, present: [1] })) // 到场登记: vol-2 came to both
  must(await call('coord', 'projects.complete', { projectId: p.id }))
  // 210 minutes × 20 per hour = 70, in this year's lot although the service was in 2024 (points are dated when earned).
  expect(await points('vol-2')).toMatchObject({ balance: 70, pointsPerHour: 20, lots: [{ year: shanghaiYear(new Date()), earned: 70 }] })
  must(await call('coord', 'projects.complete', { projectId: p.id })) // a replay writes no record, earns nothing
  expect((await points('vol-2')).balance).toBe(70)
  must(await call('coord', 'points.updateRate', { pointsPerHour: 10 }))
})

it('moves points with a correction by the difference, at the rate the record first earned at', async () => {
  must(await call('coord', 'points.updateRate', { pointsPerHour: 30 }))
  const recordId = await completedOrder('vol-3', 60) // 30 points
  must(await call('coord', 'points.updateRate', { pointsPerHour: 10 }))
  must(await call('coord', 'records.correct', { recordId, decision: 'correct', minutes: 120, reason: '核实为两小时' }))
  expect((await points('vol-3')).balance).toBe(60) // repriced at 30 per hour, not today's 10
  must(await call('coord', 'records.correct', { recordId, decision: 'correct', minutes: 40, reason: '核实为四十分钟' }))
  const a = await points('vol-3')
  expect(a.balance).toBe(20)
  expect(a.entries.map((e: any) => [e.kind, e.points])).toEqual([
    ['reverse', -40],
    ['earn', 30],
    ['earn', 30]
  ])
  expect((await hours('vol-3')).balance).toBe(60) // a record correction moves the record and its points, not time-bank hours
})

it('writes off what a correction cannot take back because it was spent, never going negative', async () => {
  const recordId = await completedOrder('vol', 60) // vol: 15 + 10 = 25
  const reward = must(await call('coord', 'rewards.upsert', { requestId: 'pts-reward-1', name: '理发优惠券', kind: 'goods', cost: 20, stock: 3 }))
  must(await call('vol', 'rewards.redeem', { rewardId: reward.id, requestId: 'pts-redeem-1' }))
  expect((await points('vol')).balance).toBe(5)
  must(await call('coord', 'records.correct', { recordId, decision: 'correct', minutes: 0, reason: '该次服务未实际进行' }))
  const a = await points('vol')
  expect(a.balance).toBe(0)
  expect(a.lots[0]).toMatchObject({ earned: 25, used: 25, left: 0 })
  const reversal = stored('points_entries').find((e) => e.recordId === recordId && e.kind === 'reverse')
  expect(reversal).toMatchObject({ points: -5, shortfall: 5 })
})

it('gives honorary top-ups no points (they are recognition, not service)', async () => {
  const before = (await points('vol-2')).balance
  must(await call('coord', 'records.addHonorary', { requestId: 'pts-honorary-1', volunteerId: volunteerIds['vol-2'], minutes: 600, reason: '年度表彰' }))
  expect((await points('vol-2')).balance).toBe(before)
})

it('expires a lot at the end of the year after it was earned, computed when read', async () => {
  const { inTransaction } = require('../../cloudfunctions/api/src/repos/transaction')
  const { earnPointsIn } = require('../../cloudfunctions/api/src/repos/points')
  const year = shanghaiYear(new Date())
  const earn = (recordId: string, minutes: number, at: Date) =>
    inTransaction((t: any) =>
      earnPointsIn(t, { recordId, volunteerOpenid: 'res', communityId: 'c1', source: 'order', date: '2024-01-01', minutesDelta: minutes }, at)
    )
  await earn('old-1', 120, new Date(`${year - 2}-12-31T23:00:00+08:00`)) // lot Y−2: ended 31 Dec Y−1
  await earn('old-2', 60, new Date(`${year - 1}-01-01T00:30:00+08:00`)) // lot Y−1: good until 31 Dec Y
  const a = await points('res')
  expect(a).toMatchObject({ balance: 10, expired: 20, nextExpiry: { points: 10, lastDay: `${year}-12-31` } })
  expect(a.lots.map((l: any) => [l.year, l.left, l.expired])).toEqual([
    [year - 1, 10, false],
    [year - 2, 20, true]
  ])
  // Nothing was written when the older lot expired: it simply no longer counts.
  expect(stored('points_accounts').find((d) => d._id === 'c1:res').lots).toEqual([
    { year: year - 2, earned: 20, used: 0 },
    { year: year - 1, earned: 10, used: 0 }
  ])
})
