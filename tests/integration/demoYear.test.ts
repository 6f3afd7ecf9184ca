// The demo year (localcloud/src/demo/seedYear.ts): after the live demo seeds, a year of history written straight
// to the store, folded into the 工作台 rollups by the nightly rebuild. The dashboard then shows activity in each of
// the 12 months, its figures are the live demo's plus exactly what the year generated, a further rebuild finds
// no drift, and nothing is left for cron (no settlement, no ledger posting), nor for a second run to add.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, sourceRuntime } from '../fixtures/api'
import { seedDemo } from '../../localcloud/src/demo/seed'
import { seedVolunteers } from '../../localcloud/src/demo/seedVolunteers'
import { seedOrders } from '../../localcloud/src/demo/seedOrders'
import { seedTimebank } from '../../localcloud/src/demo/seedTimebank'
import { seedYear, type YearSeeded } from '../../localcloud/src/demo/seedYear'
import { DEMO_COMMUNITY_ID, DEMO_COORDINATOR } from '../../localcloud/src/demo/ids'
import { formatShanghai } from '../../src/shared/time'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const runtime = sourceRuntime(60000)
const all = (c: string) => [...tc.store.all(c).values()].map((r) => r.doc as any)
const dashboard = async (year: number) => {
  const r = await call(DEMO_COORDINATOR, 'stats.dashboard', { year })
  if (!r.ok) throw new Error(r.error.code)
  return r.data
}

const now = new Date()
let year: YearSeeded
let years: number[]
const before: Record<number, any> = {}
const after: Record<number, any> = {}
let postingsBefore = 0

beforeAll(async () => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined)
  await seedDemo(tc.db, now)
  await seedVolunteers(runtime, now)
  await seedOrders(runtime, tc.db, now)
  await seedTimebank(runtime, now)
  // The 12 months end with now's China-time month (or the one before), so they lie in now's China year and the
  // one before — at 1 Jan 00:10 Shanghai that is the whole previous year, not "366 days ago" (two years back).
  const current = Number(formatShanghai(now, 'YYYY'))
  years = [current - 1, current]
  for (const y of years) before[y] = await dashboard(y)
  postingsBefore = all('ledger_postings').length
  year = (await seedYear(runtime, tc.db, now))!
  for (const y of years) after[y] = await dashboard(y)
}, 180000)

const monthOf = (month: string) => after[Number(month.slice(0, 4))].trend.find((t: any) => t.month === month)
const beforeOf = (month: string) => before[Number(month.slice(0, 4))].trend.find((t: any) => t.month === month)

it('writes a year of orders, records and reports, every timeline in order and in the past', () => {
  expect(year.months).toHaveLength(12)
  expect(year.orders).toBeGreaterThan(300)
  const orders = all('orders').filter((o) => o._id.startsWith('demo-year-'))
  expect(orders).toHaveLength(year.orders)
  expect(new Set(orders.map((o) => o.status))).toEqual(new Set(['completed', 'cancelled', 'resolved']))
  for (const o of orders) {
    const times = o.events.map((e: any) => new Date(e.at).getTime())
    expect(times).toEqual([...times].sort((a, b) => a - b))
    expect(times[times.length - 1]).toBeLessThan(now.getTime())
    expect(o.events[0]).toMatchObject({ kind: 'create', from: null, to: 'pending' })
    expect(o.events[o.events.length - 1].to).toBe(o.status)
  }
  const records = all('service_records').filter((r) => r.orderId?.startsWith('demo-year-'))
  expect(records).toHaveLength(year.records)
  expect(records.every((r) => r._id === `order-${r.orderId}` && r.category && r.startAt && r.endAt && r.minutes > 0)).toBe(true)
  expect(all('reports').filter((r) => r._id.startsWith('demo-year-'))).toHaveLength(year.reports)
})

it('shows activity in each of the 12 months on the dashboard', () => {
  for (const month of year.months) {
    const t = monthOf(month)
    expect(t.ordersCreated).toBeGreaterThan(0)
    expect(t.ordersCompleted).toBeGreaterThan(0)
    expect(t.servedMinutes).toBeGreaterThan(0)
    expect(t.participants).toBeGreaterThan(0)
  }
})

it('shows the live demo figures plus exactly what the year generated', () => {
  for (const month of year.months) {
    const a = year.added[month]
    expect(monthOf(month)).toMatchObject({
      ordersCreated: beforeOf(month).ordersCreated + a.created,
      ordersCompleted: beforeOf(month).ordersCompleted + a.completed,
      servedMinutes: beforeOf(month).servedMinutes + a.servedMinutes,
      reportsFiled: beforeOf(month).reportsFiled + a.reportsFiled
    })
  }
  const inYear = (y: number, k: 'cancelled' | 'ratings' | 'goodRatings' | 'reportsClosed') =>
    Object.entries(year.added)
      .filter(([m]) => m.startsWith(`${y}-`))
      .reduce((s, [, a]) => s + a[k], 0)
  for (const y of years) {
    expect(after[y].orders.cancelled).toBe(before[y].orders.cancelled + inYear(y, 'cancelled'))
    expect(after[y].satisfaction.ratings).toBe(before[y].satisfaction.ratings + inYear(y, 'ratings'))
    expect(after[y].satisfaction.good).toBe(before[y].satisfaction.good + inYear(y, 'goodRatings'))
    expect(after[y].reports.closed).toBe(before[y].reports.closed + inYear(y, 'reportsClosed'))
    // Participants: distinct volunteers with a service record in the year, counted from the raw records.
    const active = new Set(
      all('service_records')
        .filter((r) => r.source !== 'honorary' && r.date.startsWith(`${y}-`))
        .map((r) => r.volunteerOpenid)
    )
    expect(after[y].participation.active).toBe(active.size)
    // Response times: the first acceptance of each order, in the year it happened. A demo year that starts after
    // January leaves the previous calendar year with none, and then the dashboard has no median to show ("—").
    const accepted = all('orders').filter((o) => {
      const first = o.events.find((e: any) => e.kind === 'accept' || e.kind === 'grab')
      return first && formatShanghai(first.at, 'YYYY') === String(y)
    }).length
    expect(after[y].response.accepted).toBe(accepted)
    expect(after[y].response.medianMinutes === null).toBe(accepted === 0)
  }
})

it('leaves rollups that a further rebuild finds in step with raw data', async () => {
  const { rebuildRollups } = require('../../cloudfunctions/api/src/repos/statsRebuild')
  expect(after[years[years.length - 1]].drift).toMatchObject({ fields: 0 })
  const report = await rebuildRollups(DEMO_COMMUNITY_ID, new Date())
  expect(report.diffs).toEqual([])
})

it('keeps record totals equal to the records and leaves nothing for settlement', async () => {
  const records = all('service_records')
  for (const t of tc.store.all('record_totals').entries()) {
    const [openid, { doc }] = t as [string, { doc: any }]
    const mine = records.filter((r) => r.volunteerOpenid === openid)
    expect(doc.minutes).toBe(mine.reduce((s, r) => s + r.minutes, 0))
    expect(doc.records).toBe(mine.length)
  }
  const { results } = (await runtime.invoke('settle', { Type: 'Timer', TriggerName: 'every5s', Time: new Date().toISOString() }, '', 'wx_timer')).result as any
  expect(results.find((r: any) => r.name === 'settleDue')).toEqual({ name: 'settleDue', touched: 0 })
  expect(all('ledger_postings')).toHaveLength(postingsBefore)
})

it('adds nothing when run again', async () => {
  const count = all('orders').length
  expect(await seedYear(runtime, tc.db, now)).toBeNull()
  expect(all('orders')).toHaveLength(count)
})
