// Calendar sweep (issue 14): the whole demo, seeded as `npm start` seeds it (demo/seedAll.ts) but at a given
// instant — the api function's clock moved there too — must give a 工作台 equal to figures recomputed from the raw
// documents (China-time months: 1 Jan 00:10 Shanghai is January of the new year, though still 31 Dec in UTC),
// points in yearly lots that expire at the end of the next China year, certificates and record totals equal to the
// records, a ledger that sums to zero and nothing left for the settle worker. A live order driven at that clock
// (create → grab → check in → check out → confirm → settle) lands in the China-time month of each of its steps.
// One store for the file (the local cloud is one per process), wiped before each instant.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, sourceRuntime } from '../fixtures/api'
import type { ActionInput, ActionName, ActionOutput } from '../../src/shared/contracts'
import { chinaDay, chinaMonth, chinaYear, dashboardFigures, rawYear } from '../fixtures/rawFigures'
import { seedAll, type DemoSeeded } from '../../localcloud/src/demo/seedAll'
import { DEMO_COMMUNITY_ID, DEMO_COORDINATOR, demoResident, demoVolunteer } from '../../localcloud/src/demo/ids'
import { SYSTEM_COLLECTIONS } from '../../localcloud/src/openapi'
import { applyManifest } from '../../localcloud/src/manifest'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const runtime = sourceRuntime(60000)
const { setClock } = require('../../cloudfunctions/api/src/lib/clock') as typeof import('../../cloudfunctions/api/src/lib/clock')
const { rebuildRollups } = require('../../cloudfunctions/api/src/repos/statsRebuild')
const all = (c: string) => [...tc.store.all(c).values()].map((r) => r.doc as any)
const MIN = 60000

/** [label, instant, China-time month the live order is created in, month it completes in, year its points are earned in]. */
const REAL_TODAY = new Date()
const INSTANTS: Array<[string, Date, string, string, number]> = [
  ['1 Jan 00:10 Shanghai (31 Dec 16:10 UTC)', new Date('2026-12-31T16:10:00Z'), '2027-01', '2027-01', 2027],
  // Created on New Year's Eve, checked out and confirmed after midnight: the steps fall in two years.
  ['31 Dec 23:50 Shanghai', new Date('2026-12-31T23:50:00+08:00'), '2026-12', '2027-01', 2027],
  ['29 Feb 2028', new Date('2028-02-29T12:00:00+08:00'), '2028-02', '2028-02', 2028],
  ['1 Mar 2028 00:10 Shanghai', new Date('2028-03-01T00:10:00+08:00'), '2028-03', '2028-03', 2028],
  ['a mid-year day', new Date('2027-07-15T10:30:00+08:00'), '2027-07', '2027-07', 2027],
  [
    'the real today',
    REAL_TODAY,
    chinaMonth(REAL_TODAY.getTime() + MIN),
    chinaMonth(REAL_TODAY.getTime() + 55 * MIN),
    chinaYear(REAL_TODAY.getTime() + 56 * MIN)
  ]
]

let clock = new Date()
/** Moves the api function's clock (every action's ctx.now) to `at`; timer runs below are fired at it too. */
const moveClock = (at: Date) => {
  clock = at
  setClock(() => clock)
}
/** Any action by name (the steps below are data), its data or a thrown error code. */
const must = async <A extends ActionName>(openid: string, action: A, input?: ActionInput<A>): Promise<ActionOutput<A>> => {
  const r = await call(openid, action, input)
  if (!r.ok) throw new Error(`${action} by ${openid} failed: ${r.error.code}`)
  return r.data
}
const timer = async (name: 'settle' | 'cron', TriggerName: string) =>
  (
    (await runtime.invoke(name, { Type: 'Timer', TriggerName, Time: clock.toISOString() }, '', 'wx_timer')).result as {
      results: Array<{ name: string; touched: number }>
    }
  ).results
// The demo community's own documents: the demo street's second community (seedStreet.ts) has a 工作台 of its own.
const ours = (docs: any[]) => docs.filter((d) => d.communityId === DEMO_COMMUNITY_ID)
const docs = () => ({ orders: ours(all('orders')), records: ours(all('service_records')), reports: ours(all('reports')) })

/** The dashboard of each year equals the raw recomputation, and the nightly rebuild finds no drift. */
async function expectDashboardsFromRaw(years: number[]) {
  for (const year of years)
    expect({ year, ...dashboardFigures(await must(DEMO_COORDINATOR, 'stats.dashboard', { year })) }).toEqual({ year, ...rawYear(docs(), year) })
  expect((await rebuildRollups(DEMO_COMMUNITY_ID, clock)).diffs).toEqual([])
}

beforeAll(() => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined) // the timer functions' run lines
  jest.spyOn(console, 'warn').mockImplementation(() => undefined) // the year's first rebuild reports it as drift, as it should
})
afterAll(() => setClock(null))

describe.each(INSTANTS)('on %s', (_label, now, createdMonth, completedMonth, pointsYear) => {
  const year = chinaYear(now)
  let seeded: DemoSeeded | null = null

  beforeAll(async () => {
    // A fresh database for this instant: no collection, index or document of the previous one.
    tc.store.wipe()
    for (const name of SYSTEM_COLLECTIONS) tc.store.createCollection(name)
    applyManifest(tc.store)
    moveClock(now)
    seeded = await seedAll(runtime, tc.cloud, now)
  }, 240000)

  it('seeds the whole demo, its year of history in the 12 China-time months up to now', () => {
    expect(seeded).toMatchObject({ users: 52, volunteers: 20 })
    expect(seeded!.year!.months).toHaveLength(12)
    expect(seeded!.year!.months[11] <= chinaMonth(now)).toBe(true)
    const times = all('orders').flatMap((o) => o.events.map((e: any) => new Date(e.at).getTime()))
    expect(Math.max(...times)).toBeLessThanOrEqual(now.getTime())
    // Orders submitted "now" belong to now's China-time month, whatever the UTC date.
    const fresh = all('orders').filter((o) => new Date(o.createdAt).getTime() === now.getTime())
    expect(fresh.length).toBeGreaterThan(0)
    expect(new Set(fresh.map((o) => chinaMonth(o.createdAt)))).toEqual(new Set([chinaMonth(now)]))
  })

  it('shows a 工作台 for this and last China year equal to the raw documents, with no drift', async () => {
    await expectDashboardsFromRaw([year - 1, year])
    expect((await must(DEMO_COORDINATOR, 'stats.dashboard', {})).year).toBe(year)
  })

  it('keeps points in lots of the China year they were earned, valid through the end of the next', async () => {
    const entries = all('points_entries')
    expect(entries.length).toBeGreaterThan(0)
    for (const e of entries.filter((x) => x.kind === 'earn')) expect(e.lots).toEqual([{ year: chinaYear(e.at), points: e.points }])
    for (const acc of all('points_accounts')) {
      const left = new Map<number, number>()
      for (const e of entries.filter((x) => x.accountId === acc._id)) for (const l of e.lots) left.set(l.year, (left.get(l.year) ?? 0) + l.points)
      const read = await must(acc.openid, 'points.account')
      expect(read.lots.map((l: any) => [l.year, l.left, l.lastDay, l.expired])).toEqual(
        [...left.entries()].sort((a, b) => b[0] - a[0]).map(([y, n]) => [y, n, `${y + 1}-12-31`, y + 1 < year])
      )
      expect(read.balance).toBe([...left.entries()].filter(([y]) => y + 1 >= year).reduce((s, [, n]) => s + n, 0))
    }
  })

  it('issues certificates that add up the records of the days asked for (this year, last year)', async () => {
    const demo = all('certificates')[0]
    expect([demo.from, demo.to]).toEqual([chinaDay(now.getTime() - 365 * 86400000), chinaDay(now)])
    expect(demo._id).toContain(chinaDay(now).replace(/-/g, '')) // the number carries the China-time issue day
    const records = all('service_records')
    const busiest = demoVolunteer(
      1 +
        [...Array(13).keys()].reduce(
          (b, i) =>
            records.filter((r) => r.volunteerOpenid === demoVolunteer(i + 1)).length > records.filter((r) => r.volunteerOpenid === demoVolunteer(b + 1)).length
              ? i
              : b,
          0
        )
    )
    const ranges: Array<[string, string]> = [
      [`${year}-01-01`, chinaDay(now)],
      [`${year - 1}-01-01`, `${year - 1}-12-31`]
    ]
    for (const [from, to] of ranges) {
      const minutes = records
        .filter((r) => r.volunteerOpenid === busiest && r.communityId === DEMO_COMMUNITY_ID && r.date >= from && r.date <= to)
        .reduce((s, r) => s + r.minutes, 0)
      const r = await call(busiest, 'certificates.issue', { requestId: `sweep-${from}`, from, to })
      if (minutes === 0) expect(r.ok ? 'OK' : r.error.code).toBe('NO_RECORDS_IN_RANGE')
      else expect(r.ok && r.data.totalMinutes).toBe(minutes)
    }
  })

  it('keeps record totals equal to the records, the ledger summing to zero, and nothing for settle', async () => {
    const records = all('service_records')
    for (const t of all('record_totals')) {
      const mine = records.filter((r) => r.volunteerOpenid === t._id)
      expect([t._id, t.minutes, t.records]).toEqual([t._id, mine.reduce((s, r) => s + r.minutes, 0), mine.length])
    }
    const entries = all('ledger_entries')
    for (const a of all('ledger_accounts'))
      expect([a._id, a.balance]).toEqual([a._id, entries.filter((e) => e.account === a._id).reduce((s, e) => s + e.minutes, 0)])
    expect(all('ledger_accounts').reduce((s, a) => s + a.balance, 0)).toBe(0)
    expect(await timer('settle', 'every5s')).toEqual([
      { name: 'settleDue', touched: 0 },
      { name: 'tallyCreated', touched: 0 }
    ])
  })

  it('puts a live order, driven at this clock, in the China-time month of each of its steps', async () => {
    const resident = demoResident(22)
    const volunteer = demoVolunteer(17) // skills: phone lessons, tutoring (no insurance needed)
    const t0 = new Date(now.getTime() + MIN)
    moveClock(t0)
    const address = await must(resident, 'addresses.add', {
      label: '家',
      detail: '文昌一路99号1栋101',
      contactName: '居民22',
      contactPhone: '13700000022',
      location: { longitude: 114.4102, latitude: 23.1101 }
    })
    const o = await must(resident, 'orders.create', {
      requestId: 'sweep-live',
      category: 'phone_lessons',
      description: '教我用手机挂号',
      addressId: address.id,
      windowStart: new Date(t0.getTime() - 30 * MIN).toISOString(),
      windowEnd: new Date(t0.getTime() + 150 * MIN).toISOString()
    })
    moveClock(new Date(t0.getTime() + 2 * MIN))
    await must(volunteer, 'orders.grab', { orderId: o.id })
    moveClock(new Date(t0.getTime() + 5 * MIN))
    await must(volunteer, 'orders.checkIn', { orderId: o.id, code: o.checkInCode ?? undefined })
    moveClock(new Date(t0.getTime() + 50 * MIN))
    await must(volunteer, 'orders.checkOut', { orderId: o.id })
    moveClock(new Date(t0.getTime() + 55 * MIN))
    await must(resident, 'orders.confirm', { orderId: o.id, stars: 5, tags: ['专业高效'] })
    moveClock(new Date(t0.getTime() + 56 * MIN))
    expect(await timer('settle', 'every5s')).toEqual([
      { name: 'settleDue', touched: 1 },
      { name: 'tallyCreated', touched: 1 }
    ])

    const order = all('orders').find((x) => x._id === o.id)
    expect(chinaMonth(order.createdAt)).toBe(createdMonth)
    expect(chinaMonth(order.events.find((e: any) => e.kind === 'confirm').at)).toBe(completedMonth)
    const record = all('service_records').find((r) => r.orderId === o.id)
    expect(record).toMatchObject({ date: chinaDay(t0.getTime() + 5 * MIN), minutes: 45 })
    expect(all('points_entries').find((e) => e.recordId === record._id).lots).toEqual([{ year: pointsYear, points: 7 }])
    // Balance as read on the lot's last day and on the day after (China time).
    const lot = async (at: string) => {
      moveClock(new Date(at))
      return (await must(volunteer, 'points.account')).lots.find((l: any) => l.year === pointsYear)
    }
    expect(await lot(`${pointsYear + 1}-12-31T23:59:59+08:00`)).toMatchObject({ lastDay: `${pointsYear + 1}-12-31`, expired: false })
    expect(await lot(`${pointsYear + 2}-01-01T00:00:00+08:00`)).toMatchObject({ expired: true })

    moveClock(new Date(t0.getTime() + 60 * MIN))
    const dashboards = await Promise.all([createdMonth, completedMonth].map((m) => must(DEMO_COORDINATOR, 'stats.dashboard', { year: Number(m.slice(0, 4)) })))
    expect(dashboards[0].trend.find((t) => t.month === createdMonth)?.ordersCreated).toBeGreaterThan(0)
    expect(dashboards[1].trend.find((t) => t.month === completedMonth)?.ordersCompleted).toBeGreaterThan(0)
    await expectDashboardsFromRaw([...new Set([year - 1, year, chinaYear(clock)])])
  })
})
