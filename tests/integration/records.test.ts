// Service records through the router on the local cloud (genuine SDK): the record of a finished order written once
// however often it is replayed, paging and totals, stars from recorded hours (honorary top-ups count, the time-bank
// balance does not move), correction requests answered by the coordinator with the history kept, and scoping.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectOk as must, present } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'
import { aVolunteer, anOrder, type OrderDoc } from '../fixtures/orders'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
// Required, not imported: the repo initialises wx-server-sdk, which must happen after the local cloud is installed.
const repo = require('../../cloudfunctions/api/src/repos/records') as typeof import('../../cloudfunctions/api/src/repos/records')
const stored = (coll: string) => [...tc.store.all(coll).values()].map((r) => r.doc as any)
const totalOf = (openid: string) => tc.store.get('record_totals', openid)?.doc.minutes
const ledgerDocs = () => ['ledger_accounts', 'ledger_postings', 'ledger_entries'].reduce((n, c) => n + tc.store.all(c).size, 0)
const ids: Record<string, string> = {}
const finished = (volunteerOpenid: string, over: Partial<OrderDoc> = {}) =>
  anOrder(tc.db, { status: 'completed', communityId: 'cA', area: 'A社区', volunteerOpenid, ...over })
let seq = 0
const requestId = () => `req-records-${++seq}`

beforeAll(async () => {
  await aCommunity(tc.db, 'cA', 'RECA01', 'A社区')
  await aCommunity(tc.db, 'cB', 'RECB02', 'B社区')
  await aUser(tc.db, 'coord-A', 'cA', ['resident', 'coordinator'], '陈协调')
  await aUser(tc.db, 'coord-B', 'cB', ['resident', 'coordinator'], '林协调')
  await aUser(tc.db, 'res-A', 'cA')
  for (const v of ['vol-1', 'vol-2', 'vol-3', 'vol-4']) ids[v] = await aVolunteer(tc.db, v, 'cA')
})

describe('writeOrderRecord', () => {
  it('writes one record of a completed order however often (and however concurrently) it is replayed', async () => {
    const order = await finished('vol-1', { checkInAt: new Date('2024-06-30T17:30:00Z'), rating: { stars: 4, tags: [], comment: '很好', at: new Date() } })
    const first = await repo.writeOrderRecord(order, new Date())
    await repo.writeOrderRecord(order, new Date())
    await Promise.all(Array.from({ length: 5 }, () => repo.writeOrderRecord(order, new Date())))
    expect(stored('service_records').filter((r) => r.orderId === order._id)).toHaveLength(1)
    expect(first).toMatchObject({
      _id: `order-${order._id}`,
      source: 'order',
      content: '探访老人服务',
      place: 'A社区',
      organizer: 'A社区',
      minutes: 90,
      evaluation: { stars: 4, comment: '很好' }
    })
    expect(first.date).toBe('2024-07-01') // 17:30 UTC on 30 June is 01:30 on 1 July in China
    expect(totalOf('vol-1')).toBe(90)
  })

  it('applies a dispute ruled after completion once, as a correction in the history', async () => {
    const done = await finished('vol-4')
    await repo.writeOrderRecord(done, new Date())
    const ruling = {
      kind: 'resolve' as const,
      at: new Date(),
      from: 'disputed' as const,
      to: 'resolved' as const,
      byOpenid: 'coord-A',
      byRole: 'coordinator' as const,
      byName: '陈协调',
      onBehalfOf: null,
      note: null
    }
    const resolved: OrderDoc = {
      ...done,
      status: 'resolved',
      finalMinutes: 60,
      dispute: { reason: '时长不对', byOpenid: 'res-A', at: new Date(), resolution: '按60分钟计', minutes: 60, resolvedBy: 'coord-A' },
      events: [...done.events, ruling]
    }
    const r = await repo.writeOrderRecord(resolved, new Date())
    await repo.writeOrderRecord(resolved, new Date())
    expect(r).toMatchObject({ minutes: 60, history: [{ byName: '陈协调', reason: '按60分钟计', before: { minutes: 90 }, after: { minutes: 60 } }] })
    expect(tc.store.get('service_records', r._id)!.doc.history).toHaveLength(1)
    expect(totalOf('vol-4')).toBe(60)
  })

  it('refuses an order that is not finished', async () => {
    await expect(repo.writeOrderRecord(await anOrder(tc.db, { status: 'in_service', volunteerOpenid: 'vol-1' }), new Date())).rejects.toThrow(/not finished/)
  })
})

describe('records.list', () => {
  it('pages newest first, filters by year, and totals ALL record minutes in two round trips', async () => {
    const days = ['2023-03-01', '2023-11-20', '2024-02-10', '2024-05-05', '2024-09-09']
    for (const [i, day] of days.entries())
      await repo.writeOrderRecord(await finished('vol-2', { checkInAt: new Date(`${day}T10:00:00+08:00`), finalMinutes: 30 + i }), new Date())
    const p1 = await call('vol-2', 'records.list', { limit: 2 })
    expect(must(p1)).toMatchObject({ hasMore: true, totalMinutes: 30 + 31 + 32 + 33 + 34, stars: 0, nextStar: { stars: 1, minutesNeeded: 6000 - 160 } })
    expect(p1.counters.roundTrips).toBe(2)
    expect(p1.counters.queries.every((q) => q.index)).toBe(true)
    expect(must(p1).items.map((r: any) => r.date)).toEqual(['2024-09-09', '2024-05-05'])
    const p3 = must(await call('vol-2', 'records.list', { limit: 2, offset: 4 }))
    expect({ dates: p3.items.map((r: any) => r.date), hasMore: p3.hasMore }).toEqual({ dates: ['2023-03-01'], hasMore: false })
    const y2023 = must(await call('vol-2', 'records.list', { year: 2023 }))
    expect({ dates: y2023.items.map((r: any) => r.date), total: y2023.totalMinutes }).toEqual({ dates: ['2023-11-20', '2023-03-01'], total: 160 })
  })

  it('answers an empty list with no stars to someone without records', async () => {
    expect(must(await call('res-A', 'records.list', {}))).toEqual({
      items: [],
      hasMore: false,
      totalMinutes: 0,
      stars: 0,
      nextStar: { stars: 1, minutesNeeded: 6000 }
    })
  })

  it("shows a volunteer's records to their coordinator, and to nobody else", async () => {
    const r = await call('coord-A', 'records.list', { volunteerId: ids['vol-2'] })
    expect(must(r).totalMinutes).toBe(160)
    expect(r.counters.roundTrips).toBe(3)
    for (const [who, code] of [
      ['coord-B', 'FORBIDDEN'],
      ['vol-1', 'FORBIDDEN'],
      ['res-A', 'FORBIDDEN']
    ]) {
      expect(await call(who, 'records.list', { volunteerId: ids['vol-2'] })).toMatchObject({ ok: false, error: { code } })
    }
  })
})

describe('honorary top-ups and stars', () => {
  it('raises stars at each threshold (100, 300, 600, 1000, 1500 h) without touching the time bank', async () => {
    const ledgerBefore = ledgerDocs()
    const balanceBefore = must(await call('vol-3', 'timebank.account', {})).balance
    const grant = async (minutes: number) =>
      must(await call('coord-A', 'records.addHonorary', { requestId: requestId(), volunteerId: ids['vol-3'], minutes, reason: '抗疫志愿服务表彰' }))
    const level = async () => must(await call('vol-3', 'records.list', { limit: 1 }))
    await grant(5999)
    expect(await level()).toMatchObject({ totalMinutes: 5999, stars: 0, nextStar: { stars: 1, minutesNeeded: 1 } })
    await grant(1)
    expect(await level()).toMatchObject({ totalMinutes: 6000, stars: 1, nextStar: { stars: 2, minutesNeeded: 200 * 60 } })
    const seen: number[] = []
    for (let granted = 6000; granted < 1500 * 60; granted += 6000) {
      await grant(6000)
      seen.push((await level()).stars)
    }
    expect([...new Set(seen)]).toEqual([1, 2, 3, 4, 5])
    expect(await level()).toMatchObject({
      totalMinutes: 90000,
      stars: 5,
      nextStar: null,
      items: [{ source: 'honorary', content: '荣誉时长', organizer: 'A社区' }]
    })
    // Record hours are not spendable hours: no ledger document was written and the balance is unchanged.
    expect(ledgerDocs()).toBe(ledgerBefore)
    expect(must(await call('vol-3', 'timebank.account', {})).balance).toBe(balanceBefore)
  })

  it('grants once per requestId (replays return the first) and audits the grant', async () => {
    const input = { requestId: requestId(), volunteerId: ids['vol-1'], minutes: 30, reason: '社区表彰' }
    const before = totalOf('vol-1')
    const first = await call('coord-A', 'records.addHonorary', input)
    const again = must(await call('coord-A', 'records.addHonorary', { ...input, minutes: 45 }))
    expect(again).toEqual(must(first))
    expect(totalOf('vol-1')).toBe(before + 30)
    expect(stored('audit_logs').filter((a) => a.action === 'records.addHonorary' && a.targetId === again.id)).toHaveLength(1)
    expect(first.counters.roundTrips).toBeLessThanOrEqual(9)
  })

  it("refuses another community's coordinator, changing nothing", async () => {
    const before = totalOf('vol-1')
    expect(await call('coord-B', 'records.addHonorary', { requestId: requestId(), volunteerId: ids['vol-1'], minutes: 30, reason: '跨社区' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(totalOf('vol-1')).toBe(before)
  })
})

describe('corrections', () => {
  let recordId = ''
  beforeAll(async () => {
    recordId = (await repo.writeOrderRecord(await finished('vol-1', { finalMinutes: 60 }), new Date()))._id
  })

  it('lets only the record’s volunteer ask, one request at a time, with the reason checked', async () => {
    expect(await call('vol-2', 'records.requestCorrection', { recordId, reason: '我没参加' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await call('vol-1', 'records.requestCorrection', { recordId, reason: 'risky-test-word' })).toMatchObject({
      ok: false,
      error: { code: 'CONTENT_RISKY' }
    })
    const r = await call('vol-1', 'records.requestCorrection', { recordId, reason: '实际服务了两小时', proposedMinutes: 120 })
    expect(must(r).correction).toEqual({ status: 'requested', reason: '实际服务了两小时', proposedMinutes: 120, reply: null })
    expect(r.counters.roundTrips).toBe(3)
    expect(await call('vol-1', 'records.requestCorrection', { recordId, reason: '再问一次' })).toMatchObject({
      ok: false,
      error: { code: 'CORRECTION_PENDING' }
    })
  })

  it('puts the request in the community coordinator’s queue (records.corrections), not in another community’s', async () => {
    const queue = must(await call('coord-A', 'records.corrections', {})).items
    expect(queue.map((q: any) => q.id)).toContain(recordId)
    expect(queue.every((q: any) => q.correction?.status === 'requested')).toBe(true)
    expect(must(await call('coord-B', 'records.corrections', {})).items.map((q: any) => q.id)).not.toContain(recordId)
  })

  it('puts the request in the community coordinator’s queue (records.corrections), not in another community’s', async () => {
    const queue = must(await call('coord-A', 'records.corrections', {})).items
    expect(queue.map((q: any) => q.id)).toContain(recordId)
    expect(queue.every((q: any) => q.correction?.status === 'requested')).toBe(true)
    expect(must(await call('coord-B', 'records.corrections', {})).items.map((q: any) => q.id)).not.toContain(recordId)
  })

  it("refuses another community's coordinator, changing nothing", async () => {
    const before = tc.store.get('service_records', recordId)!.doc
    expect(await call('coord-B', 'records.correct', { recordId, decision: 'correct', minutes: 500, reason: '越权更正' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(tc.store.get('service_records', recordId)!.doc).toEqual(before)
  })

  it('corrects to the proposed minutes: history kept, totals moved by the difference, audited', async () => {
    const before = totalOf('vol-1')
    const r = await call('coord-A', 'records.correct', { recordId, decision: 'correct', reason: '核实签到记录，按两小时计' })
    expect(must(await call('coord-A', 'records.corrections', {})).items.map((q: any) => q.id)).not.toContain(recordId) // decided: off the queue
    expect(must(r)).toMatchObject({
      minutes: 120,
      correction: { status: 'corrected', reply: '核实签到记录，按两小时计' },
      history: [
        {
          byName: '陈协调',
          reason: '核实签到记录，按两小时计',
          before: { minutes: 60, content: '探访老人服务' },
          after: { minutes: 120, content: '探访老人服务' }
        }
      ]
    })
    // 8 for the correction itself, +2 for the 工作台 counter moved in the same transaction (read, update), +3 for
    // the 爱心积分 earned on the difference (also in it).
    expect(r.counters.roundTrips).toBeLessThanOrEqual(13)
    expect(totalOf('vol-1')).toBe(before + 60)
    expect(stored('audit_logs').find((a) => a.action === 'records.correct' && a.targetId === recordId)).toMatchObject({
      actorOpenid: 'coord-A',
      before: { minutes: 60 },
      after: { minutes: 120 }
    })
    const listed = must(await call('vol-1', 'records.list', { limit: 50 })).items.find((i) => i.id === recordId)
    expect(present(listed).history).toHaveLength(1)
  })

  it('rejects a request with a reply, leaving the minutes; a reject without a request is refused', async () => {
    must(await call('vol-1', 'records.requestCorrection', { recordId, reason: '应为三小时', proposedMinutes: 180 }))
    const r = must(await call('coord-A', 'records.correct', { recordId, decision: 'reject', reason: '签退记录为两小时' }))
    expect(r).toMatchObject({ minutes: 120, correction: { status: 'rejected', reason: '应为三小时', reply: '签退记录为两小时' } })
    expect(r.history).toHaveLength(1)
    expect(await call('coord-A', 'records.correct', { recordId, decision: 'reject', reason: '无申请' })).toMatchObject({
      ok: false,
      error: { code: 'NO_CORRECTION_REQUESTED' }
    })
  })

  it('lets the coordinator correct on their own finding, appending to the history', async () => {
    const before = totalOf('vol-1')
    const r = must(
      await call('coord-A', 'records.correct', { recordId, decision: 'correct', minutes: 100, content: '探访老人及陪同散步', reason: '复核后调整' })
    )
    expect(r).toMatchObject({ minutes: 100, content: '探访老人及陪同散步', correction: { status: 'rejected' } })
    expect(r.history.map((h: any) => h.after)).toEqual([
      { minutes: 120, content: '探访老人服务' },
      { minutes: 100, content: '探访老人及陪同散步' }
    ])
    expect(totalOf('vol-1')).toBe(before - 20)
    expect(await call('coord-A', 'records.correct', { recordId, decision: 'correct', minutes: 100, reason: '无变化' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' }
    })
  })

  it('keeps every total equal to the sum of its records', () => {
    const sums = new Map<string, number>()
    for (const r of stored('service_records')) sums.set(r.volunteerOpenid, (sums.get(r.volunteerOpenid) ?? 0) + r.minutes)
    for (const [openid, minutes] of sums) expect({ openid, minutes: totalOf(openid) }).toEqual({ openid, minutes })
  })
})
