// The `cron` function's jobs on the local cloud (genuine SDK): escalation past the SLA, auto-confirmation past the
// timeout, volunteer stats from the orders. Jobs are called directly with a chosen `now` (the clock they would
// see that much later), and once through the function's main as a timer trigger would call it.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectOk as must, present } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'
import { aVolunteer, anAddress, east, orderInput } from '../fixtures/orders'
import { invokeMain } from '../../localcloud/src/runtime'
import { escalate } from '../../cloudfunctions/cron/src/jobs/escalate'
import { autoConfirm } from '../../cloudfunctions/cron/src/jobs/autoConfirm'
import { volunteerStats } from '../../cloudfunctions/cron/src/jobs/volunteerStats'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const MIN = 60000
const HOUR = 60 * MIN
const later = (t0: number, ms: number) => new Date(t0 + ms)
const stored = (id: string) => tc.store.get('orders', id)!.doc as any
const outbox = () => [...tc.store.all('_local_outbox').values()].map((r) => r.doc as any)
let addressId = ''
const vols: Record<string, string> = {}

beforeAll(async () => {
  await aCommunity(tc.db, 'c1', 'CRON01')
  await aCommunity(tc.db, 'c2', 'CRON02')
  await aUser(tc.db, 'res-1', 'c1')
  await aUser(tc.db, 'coord-1', 'c1', ['resident', 'coordinator'])
  await aUser(tc.db, 'coord-2', 'c1', ['resident', 'coordinator'])
  await aUser(tc.db, 'coord-x', 'c2', ['resident', 'coordinator']) // another community's: never told
  addressId = await anAddress(tc.db, 'res-1')
  for (const v of ['vol-a', 'vol-b', 'vs-1', 'vs-2', 'vs-3']) vols[v] = await aVolunteer(tc.db, v, 'c1', { at: east(300) })
})

/** An order taken by `vol` and checked out: awaiting the resident's confirmation. */
async function awaiting(vol: string): Promise<any> {
  const o = must(await call('res-1', 'orders.create', orderInput(addressId)))
  must(await call(vol, 'orders.grab', { orderId: o.id }))
  must(await call(vol, 'orders.checkIn', { orderId: o.id, code: present(o.checkInCode) }))
  return must(await call(vol, 'orders.checkOut', { orderId: o.id }))
}

describe('escalate', () => {
  it('escalates unassigned orders past their SLA once (urgent 10 min, normal 30 min) and tells the coordinators', async () => {
    const t0 = Date.now()
    const normal = must(await call('res-1', 'orders.create', orderInput(addressId)))
    const urgent = must(await call('res-1', 'orders.create', orderInput(addressId, { urgency: 'urgent' })))
    const dispatched = must(await call('res-1', 'orders.create', orderInput(addressId)))
    must(await call('coord-1', 'orders.dispatch', { orderId: dispatched.id, volunteerId: vols['vol-a'] }))
    const taken = must(await call('res-1', 'orders.create', orderInput(addressId)))
    must(await call('vol-b', 'orders.grab', { orderId: taken.id }))
    const told = () => outbox().filter((m) => m.templateId === 'tmpl-order-escalated')
    const before = told().length

    await escalate(later(t0, 9 * MIN))
    expect([normal, urgent, dispatched].map((o) => stored(o.id).escalated)).toEqual([false, false, false])

    await escalate(later(t0, 11 * MIN))
    expect([normal, urgent, dispatched].map((o) => stored(o.id).escalated)).toEqual([false, true, false])
    expect(
      told()
        .slice(before)
        .map((m) => m.touser)
        .sort()
    ).toEqual(['coord-1', 'coord-2'])

    const at = later(t0, 31 * MIN)
    await escalate(at)
    for (const o of [normal, urgent, dispatched]) {
      const doc = stored(o.id)
      expect(doc.escalated).toBe(true)
      expect(doc.events.filter((e: any) => e.kind === 'escalate')).toHaveLength(1)
      expect(doc.events.at(-1)).toMatchObject({ kind: 'escalate', byRole: 'system', byOpenid: null, from: doc.status, to: doc.status })
    }
    expect(stored(dispatched.id).status).toBe('dispatched')
    expect(stored(taken.id)).toMatchObject({ status: 'accepted', escalated: false })
    expect(
      told()
        .slice(before)
        .map((m) => m.touser)
        .sort()
    ).toEqual(['coord-1', 'coord-1', 'coord-1', 'coord-2', 'coord-2', 'coord-2'])
    expect(told().some((m) => m.touser === 'coord-x')).toBe(false)

    // A second run finds nothing to do and tells nobody again.
    const events = JSON.stringify([normal, urgent, dispatched].map((o) => stored(o.id).events))
    const count = told().length
    expect(await escalate(at)).toEqual({ name: 'escalate', touched: 0 })
    expect(JSON.stringify([normal, urgent, dispatched].map((o) => stored(o.id).events))).toBe(events)
    expect(told()).toHaveLength(count)
    // The coordinator's board shows them escalated.
    const board = must(await call('coord-1', 'orders.board', {}))
    expect(board.items.find((i: any) => i.id === urgent.id)).toMatchObject({ escalated: true })
  })
})

describe('autoConfirm', () => {
  it('completes an order left unconfirmed past autoConfirmAt, as the system, and tells the volunteer', async () => {
    const t0 = Date.now()
    const o = await awaiting('vol-a')
    expect(new Date(o.autoConfirmAt).getTime() - new Date(o.checkOutAt).getTime()).toBe(72 * HOUR)
    await autoConfirm(later(t0, 71 * HOUR))
    expect(stored(o.id).status).toBe('awaiting_confirmation')
    await autoConfirm(later(t0, 73 * HOUR))
    const doc = stored(o.id)
    expect(doc.status).toBe('completed')
    expect(doc.events.at(-1)).toMatchObject({
      kind: 'autoConfirm',
      from: 'awaiting_confirmation',
      to: 'completed',
      byRole: 'system',
      byOpenid: null,
      byName: '系统'
    })
    expect(
      outbox()
        .filter((m) => m.templateId === 'tmpl-order-completed' && m.page.includes(o.id))
        .map((m) => m.touser)
    ).toEqual(['vol-a'])
    expect((await autoConfirm(later(t0, 74 * HOUR))).touched).toBe(0)
  })

  it('lets exactly one of a resident confirming and the job win, order by order', async () => {
    const t0 = Date.now()
    const orders = []
    for (let i = 0; i < 6; i++) orders.push(await awaiting('vol-b'))
    const [job, ...replies] = await Promise.all([
      autoConfirm(later(t0, 73 * HOUR)),
      ...orders.map((o) => call('res-1', 'orders.confirm', { orderId: o.id, stars: 4 }))
    ])
    const won = replies.filter((r) => r.ok).length
    expect(won + (job as { touched: number }).touched).toBe(orders.length)
    for (const r of replies) if (!r.ok) expect(['ORDER_STATUS_CHANGED', 'ORDER_MOVE_NOT_ALLOWED']).toContain(r.error.code)
    for (const o of orders) expectOneWinner(o.id)
  })

  // Both sides read the order as awaiting confirmation before either writes: the write held back loses cleanly.
  it.each([
    ['the job', 'resident', 'ORDER_STATUS_CHANGED'],
    ['the resident', 'job', null]
  ])('lets %s win when both read first and the %s writes last', async (_winner, slow, code) => {
    const t0 = Date.now()
    const o = await awaiting('vol-b')
    const { currentCall } = require('../../localcloud/src/context')
    const handle = tc.local.handle.bind(tc.local)
    let readers = 0
    let release!: () => void
    const bothRead = new Promise<void>((r) => (release = r))
    const spy = jest.spyOn(tc.local, 'handle').mockImplementation(async (action: string, params: any, opts?: any) => {
      const isResident = currentCall()?.wx.OPENID === 'res-1' // the job runs outside any call
      // The job reads the order itself; the resident's confirm gets it joined into the router's caller read.
      const readsOrder = (action === 'database.getDocument' && params.collectionName === 'orders') || (action === 'database.aggregateDocuments' && isResident)
      if (readsOrder && ++readers === 2) release()
      if (action === 'database.modifyDocument' && params.collectionName === 'orders') {
        await bothRead
        if (isResident === (slow === 'resident')) await new Promise((r) => setTimeout(r, 50))
      }
      return handle(action, params, opts)
    })
    try {
      const [job, reply] = await Promise.all([autoConfirm(later(t0, 73 * HOUR)), call('res-1', 'orders.confirm', { orderId: o.id, stars: 5 })])
      expect(job.touched).toBe(slow === 'job' ? 0 : 1)
      expect(reply.ok ? null : reply.error.code).toBe(code)
    } finally {
      spy.mockRestore()
    }
    expectOneWinner(o.id)
    expect(stored(o.id).events.at(-1).kind).toBe(slow === 'job' ? 'confirm' : 'autoConfirm')
  })
})

function expectOneWinner(id: string) {
  const doc = stored(id)
  expect(doc.status).toBe('completed')
  expect(doc.events.filter((e: any) => e.kind === 'confirm' || e.kind === 'autoConfirm')).toHaveLength(1)
  expect(!!doc.rating).toBe(doc.events.some((e: any) => e.kind === 'confirm'))
}

describe('volunteerStats', () => {
  it('counts completed and resolved orders, ratings and withdrawals per volunteer from the orders', async () => {
    for (const stars of [5, 3]) must(await call('res-1', 'orders.confirm', { orderId: (await awaiting('vs-1')).id, stars }))
    const disputed = await awaiting('vs-2')
    must(await call('res-1', 'orders.dispute', { orderId: disputed.id, reason: '时长不对' }))
    must(await call('coord-1', 'orders.resolve', { orderId: disputed.id, minutes: 45, reason: '按45分钟计' }))
    const withdrawn = must(await call('res-1', 'orders.create', orderInput(addressId)))
    must(await call('vs-2', 'orders.grab', { orderId: withdrawn.id }))
    must(await call('vs-2', 'orders.cancel', { orderId: withdrawn.id, reason: '临时有事' }))

    await volunteerStats(new Date())
    const stats = (openid: string) => {
      const v = [...tc.store.all('volunteers').values()].find((r) => r.doc.openid === openid)!.doc as any
      return v.stats && { completed: v.stats.completed, withdrawn: v.stats.withdrawn, ratingSum: v.stats.ratingSum, ratingCount: v.stats.ratingCount }
    }
    expect(stats('vs-1')).toEqual({ completed: 2, withdrawn: 0, ratingSum: 8, ratingCount: 2 })
    expect(stats('vs-2')).toEqual({ completed: 1, withdrawn: 1, ratingSum: 0, ratingCount: 0 })
    expect(stats('vs-3')).toBeUndefined() // no orders, nothing to say

    // Ranking uses them: the rated volunteer shows the average and count.
    const fresh = must(await call('res-1', 'orders.create', orderInput(addressId)))
    const cands = must(await call('coord-1', 'orders.candidates', { orderId: fresh.id })).candidates
    expect(cands.find((c: any) => c.volunteerId === vols['vs-1'])).toMatchObject({ rating: 4, completed: 2, reliability: 1 })
    expect(present(cands.find((c) => c.volunteerId === vols['vs-1'])).reasons).toContain('评分4.0（2次）')
    expect(cands.find((c: any) => c.volunteerId === vols['vs-2'])).toMatchObject({ rating: null, completed: 1, reliability: 0.5 })
  })
})

describe('the cron function', () => {
  beforeAll(() => jest.spyOn(console, 'log').mockImplementation(() => undefined)) // its per-run info line
  const cronMain = () => require('../../cloudfunctions/cron/src/index').main
  const timer = (TriggerName: string) => invokeMain(cronMain(), { Type: 'Timer', TriggerName, Time: new Date().toISOString() }, '', { timeoutMs: 20000 })

  it('runs both escalations and auto-confirm on everyMinute with the current time', async () => {
    const o = must(await call('res-1', 'orders.create', orderInput(addressId)))
    await tc.db
      .collection('orders')
      .doc(o.id)
      .update({ data: { slaDueAt: new Date(Date.now() - MIN) } }) // submitted half an hour ago
    const { result } = await timer('everyMinute')
    expect(result).toMatchObject({
      trigger: 'everyMinute',
      results: [
        { name: 'escalate', touched: 1 },
        { name: 'escalateStreet', touched: 0 },
        { name: 'autoConfirm', touched: 0 }
      ]
    })
    expect(stored(o.id).escalated).toBe(true)
  })

  it('runs volunteer stats and the 工作台 drift check nightly, and nothing for an unknown trigger', async () => {
    expect((await timer('nightly')).result).toMatchObject({
      trigger: 'nightly',
      results: [{ name: 'volunteerStats' }, { name: 'statsDrift' }, { name: 'rateLimitSweep' }, { name: 'eraseAccounts' }]
    })
    expect((await timer('nope')).result).toEqual({ trigger: 'nope', results: [] })
  })
})
