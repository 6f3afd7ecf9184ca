// 工作台 (stats.dashboard): after a seeded random mix of 1000 actions through the real router — orders created,
// grabbed, checked in and out, confirmed with ratings, cancelled, disputed and ruled; escalations; 随手拍 filed,
// dispatched, rectified, closed and reopened; residents moving between communities; registrations approved — every
// figure of the dashboard equals the same figure computed here, independently, from the raw documents. Then the
// nightly rebuild finds no drift, and finds (and repairs) drift planted by hand.
import fs from 'fs'
import path from 'path'
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, runSettle, expectOk as must } from '../fixtures/api'
import { aCommunity, aUser, registration } from '../fixtures/people'
import { aVolunteer, anAddress, east, orderInput } from '../fixtures/orders'
import { uploadKeyOf } from '../../localcloud/src/upload'
import { responseBucket } from '../../src/shared/domain/stats'
import { SERVICE_CATEGORIES } from '../../src/shared/contracts'
import { formatShanghai } from '../../src/shared/time'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const { escalate } = require('../../cloudfunctions/cron/src/jobs/escalate')
const { rebuildRollups } = require('../../cloudfunctions/api/src/repos/statsRebuild')

// A small deterministic generator (mulberry32): the same 1000 actions on every run.
let seed = 20261123
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]
const docs = (coll: string) => [...tc.store.all(coll).values()].map((r) => r.doc as any)
const photo = (openid: string) => {
  const dir = path.join(tc.dataDir, 'files/orders', uploadKeyOf(openid))
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(
    path.join(dir, 'dash.png'),
    Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
  )
  return `cloud://local-dev.local-bucket/orders/${uploadKeyOf(openid)}/dash.png`
}

const residents = Array.from({ length: 12 }, (_, i) => `res-${i}`)
const volunteers = Array.from({ length: 10 }, (_, i) => `vol-${i}`)
const applicants = Array.from({ length: 8 }, (_, i) => `app-${i}`)
const address: Record<string, string> = {}
const volunteerIds: Record<string, string> = {}
const YEAR = Number(formatShanghai(new Date(), 'YYYY'))

beforeAll(async () => {
  await aCommunity(tc.db, 'cA', 'DASH01', '文昌社区')
  await aCommunity(tc.db, 'cB', 'DASH02', '江北社区')
  await aUser(tc.db, 'coord-A', 'cA', ['resident', 'coordinator'])
  await aUser(tc.db, 'admin', null, ['resident', 'admin'])
  for (const r of residents) {
    await aUser(tc.db, r, 'cA')
    address[r] = await anAddress(tc.db, r)
  }
  for (const [i, v] of volunteers.entries()) volunteerIds[v] = await aVolunteer(tc.db, v, 'cA', { at: east(100 + i * 50) })
  for (const a of applicants) await aUser(tc.db, a, 'cA')
  // Fixtures write straight into the store, past the live counters: the baseline is one rebuild from raw data.
  for (const c of ['cA', 'cB']) await rebuildRollups(c, new Date())
})

type Step = () => Promise<unknown>
let reportSeq = 0
const ordersIn = (status: string) => docs('orders').filter((o) => o.communityId === 'cA' && o.status === status)
const reportsIn = (status: string) => docs('reports').filter((r) => r.communityId === 'cA' && r.status === status)

/** One random action; refusals (a race, nothing to act on) are part of the mix and must change no figure. */
const STEPS: Array<[number, Step]> = [
  [
    18,
    () => {
      const r = pick(residents)
      return call(
        r,
        'orders.create',
        orderInput(address[r], { category: pick(['elder_visit', 'shopping', 'repair', 'companionship']), urgency: rand() < 0.2 ? 'urgent' : 'normal' })
      )
    }
  ],
  [
    14,
    async () => {
      const o = pick(ordersIn('pending'))
      return o && call(pick(volunteers), 'orders.grab', { orderId: o._id })
    }
  ],
  [
    10,
    async () => {
      const o = pick(ordersIn('accepted'))
      return o && call(o.volunteerOpenid, 'orders.checkIn', { orderId: o._id, location: east(120) })
    }
  ],
  [
    10,
    async () => {
      const o = pick(ordersIn('in_service'))
      return o && call(o.volunteerOpenid, 'orders.checkOut', { orderId: o._id })
    }
  ],
  [
    10,
    async () => {
      const o = pick(ordersIn('awaiting_confirmation'))
      return o && call(o.ownerOpenids[0], 'orders.confirm', { orderId: o._id, stars: pick([2, 3, 4, 5, 5]), tags: [], comment: '' })
    }
  ],
  [
    5,
    async () => {
      const o = pick([...ordersIn('pending'), ...ordersIn('accepted')])
      return o && call(o.ownerOpenids[0], 'orders.cancel', { orderId: o._id, reason: '计划有变' })
    }
  ],
  [
    3,
    async () => {
      const o = pick(ordersIn('accepted'))
      return o && call(o.volunteerOpenid, 'orders.cancel', { orderId: o._id, reason: '临时有事' })
    }
  ],
  [
    4,
    async () => {
      const o = pick([...ordersIn('awaiting_confirmation'), ...ordersIn('completed')])
      return o && call(o.ownerOpenids[0], 'orders.dispute', { orderId: o._id, reason: '服务时长不对' })
    }
  ],
  [
    4,
    async () => {
      const o = pick(ordersIn('disputed'))
      return o && call('coord-A', 'orders.resolve', { orderId: o._id, minutes: pick([30, 45, 60, 90, 120]), reason: '核实后裁定' })
    }
  ],
  [
    4,
    async () => {
      const o = pick(ordersIn('pending'))
      if (!o) return
      await tc.db
        .collection('orders')
        .doc(o._id)
        .update({ data: { slaDueAt: new Date(Date.now() - 60000) } })
      return escalate(new Date())
    }
  ],
  [
    6,
    () => {
      const r = pick(residents)
      return call(r, 'reports.create', {
        requestId: `dash-report-${++reportSeq}`,
        category: 'facility_damage',
        description: '路灯不亮',
        photos: [photo(r)],
        location: east(50)
      })
    }
  ],
  [
    4,
    async () => {
      const r = pick([...reportsIn('filed'), ...reportsIn('reopened')])
      const v = pick(volunteers)
      return r && call('coord-A', 'reports.dispatch', { reportId: r._id, volunteerId: volunteerIds[v] })
    }
  ],
  [
    4,
    async () => {
      const r = pick(reportsIn('dispatched'))
      return r && call(r.assigneeOpenid, 'reports.rectify', { reportId: r._id, photos: [photo(r.assigneeOpenid)], note: '已修复' })
    }
  ],
  [
    4,
    async () => {
      const r = pick(reportsIn('rectified'))
      return r && call('coord-A', 'reports.close', { reportId: r._id })
    }
  ],
  [
    2,
    async () => {
      const r = pick(reportsIn('closed'))
      return r && call(r.reporterOpenid, 'reports.reopen', { reportId: r._id, reason: '又坏了' })
    }
  ],
  [2, () => call(pick(residents), 'communities.join', { code: pick(['DASH01', 'DASH02']) })],
  [
    2,
    async () => {
      const a = pick(applicants)
      return call(a, 'volunteers.register', registration())
    }
  ],
  [
    2,
    async () => {
      const v = pick(docs('volunteers').filter((d) => d.status === 'pending'))
      return v && call('coord-A', 'volunteers.review', { volunteerId: v._id, decision: 'approve' })
    }
  ]
]

async function randomActions(n: number): Promise<Record<string, number>> {
  const total = STEPS.reduce((s, [w]) => s + w, 0)
  const outcomes: Record<string, number> = {}
  for (let i = 0; i < n; i++) {
    let x = rand() * total
    const step = STEPS.find(([w]) => (x -= w) < 0)![1]
    const r: any = await step()
    const key = r?.ok === true ? 'ok' : r?.ok === false ? r.error.code : 'nothing to act on'
    outcomes[key] = (outcomes[key] ?? 0) + 1
    if (i % 25 === 24) await runSettle() // the settle worker's timer, between user actions
  }
  await runSettle() // and its last run: every confirmed order paid and recorded, every new order counted
  return outcomes
}

/** Every dashboard figure for community cA, computed from raw documents without the rollup code. */
function fromRaw() {
  const inYear = (d: Date | string) => formatShanghai(d, 'YYYY') === String(YEAR)
  const month = (d: Date | string) => formatShanghai(d, 'YYYY-MM')
  const orders = docs('orders').filter((o) => o.communityId === 'cA')
  const records = docs('service_records').filter((r) => r.communityId === 'cA' && r.source !== 'honorary' && r.date.startsWith(String(YEAR)))
  const reports = docs('reports').filter((r) => r.communityId === 'cA')
  const firstAccept = (o: any) => o.events.find((e: any) => e.kind === 'accept' || e.kind === 'grab')
  const finished = (o: any) => o.events.find((e: any) => e.to === 'completed' || e.to === 'resolved')
  const responses = orders
    .map((o) => ({ o, e: firstAccept(o) }))
    .filter((x) => x.e && inYear(x.e.at))
    .map((x) => (new Date(x.e.at).getTime() - new Date(x.o.createdAt).getTime()) / 60000)
    .sort((a, b) => a - b)
  const quantile = (q: number) => (responses.length ? Number(responseBucket(responses[Math.max(1, Math.ceil(q * responses.length)) - 1])) : null)
  const rated = orders.filter((o) => o.rating && inYear(o.rating.at))
  const registered = docs('volunteers').filter((v) => v.communityId === 'cA' && v.status === 'approved').length
  const issuing = docs('ledger_entries')
    .filter((e) => e.account === 'issuing:cA')
    .reduce((s, e) => s + e.minutes, 0)
  const months = Array.from({ length: 12 }, (_, i) => `${YEAR}-${String(i + 1).padStart(2, '0')}`)
  const created = orders.filter((o) => inYear(o.createdAt))
  return {
    registered,
    residents: docs('users').filter((u) => u.communityId === 'cA').length,
    active: new Set(records.map((r) => r.volunteerOpenid)).size,
    servedMinutes: records.reduce((s, r) => s + r.minutes, 0),
    ratings: rated.length,
    good: rated.filter((o) => o.rating.stars >= 4).length,
    accepted: responses.length,
    median: quantile(0.5),
    p90: quantile(0.9),
    created: created.length,
    completed: orders.filter((o) => finished(o) && inYear(finished(o).at)).length,
    cancelled: orders.filter((o) => o.status === 'cancelled' && inYear(o.updatedAt)).length,
    openEscalations: orders.filter((o) => o.escalated && ['pending', 'dispatched'].includes(o.status)).length,
    circulation: -issuing,
    filed: reports.filter((r) => inYear(r.createdAt)).length,
    closed: reports.filter((r) => r.status === 'closed').length,
    trend: months.map((m) => ({
      month: m,
      ordersCreated: orders.filter((o) => month(o.createdAt) === m).length,
      ordersCompleted: orders.filter((o) => finished(o) && month(finished(o).at) === m).length,
      servedMinutes: records.filter((r) => r.date.startsWith(m)).reduce((s, r) => s + r.minutes, 0),
      participants: new Set(records.filter((r) => r.date.startsWith(m)).map((r) => r.volunteerOpenid)).size,
      reportsFiled: reports.filter((r) => month(r.createdAt) === m).length
    })),
    byCategory: SERVICE_CATEGORIES.map((c) => ({
      category: c,
      ordersCreated: created.filter((o) => o.category === c).length,
      ordersCompleted: orders.filter((o) => o.category === c && finished(o) && inYear(finished(o).at)).length,
      servedMinutes: records.filter((r) => r.category === c).reduce((s, r) => s + r.minutes, 0)
    }))
  }
}

let outcomes: Record<string, number> = {}
beforeAll(async () => {
  outcomes = await randomActions(1000)
}, 300000)

it('ran a real mix: most actions succeeded, every kind of figure moved', () => {
  expect(Object.values(outcomes).reduce((s, n) => s + n, 0)).toBe(1000)
  expect(outcomes.ok).toBeGreaterThan(500)
  const raw = fromRaw()
  for (const figure of [
    raw.created,
    raw.completed,
    raw.cancelled,
    raw.ratings,
    raw.accepted,
    raw.active,
    raw.servedMinutes,
    raw.filed,
    raw.closed,
    raw.circulation
  ])
    expect(figure).toBeGreaterThan(0)
  expect(raw.registered).toBeGreaterThan(volunteers.length) // some registrations were approved
  expect(docs('orders').some((o) => o.escalated)).toBe(true)
})

it('shows on the dashboard exactly the figures computed from raw data', async () => {
  const d = must(await call('coord-A', 'stats.dashboard', {}))
  const raw = fromRaw()
  expect(d).toMatchObject({
    communityId: 'cA',
    communityName: '文昌社区',
    year: YEAR,
    volunteers: { registered: raw.registered, residents: raw.residents },
    participation: { active: raw.active, registered: raw.registered },
    hours: {
      servedMinutes: raw.servedMinutes,
      perVolunteerHours: Math.round((raw.servedMinutes / 60 / raw.registered) * 10) / 10,
      targets: { basic: 25, good: 29 }
    },
    satisfaction: { ratings: raw.ratings, good: raw.good },
    response: { accepted: raw.accepted, medianMinutes: raw.median, p90Minutes: raw.p90 },
    orders: { created: raw.created, completed: raw.completed, cancelled: raw.cancelled },
    openEscalations: raw.openEscalations,
    timebank: { circulationMinutes: raw.circulation },
    reports: { filed: raw.filed, closed: raw.closed }
  })
  expect(d.participation.rate).toBeCloseTo(raw.active / raw.registered, 10)
  expect(d.satisfaction.rate).toBeCloseTo(raw.good / raw.ratings, 10)
  expect(d.orders.completionRate).toBeCloseTo(raw.completed / raw.created, 10)
  expect(d.reports.rectificationRate).toBeCloseTo(raw.closed / raw.filed, 10)
  expect(d.trend).toEqual(raw.trend)
  expect(d.byCategory).toEqual(raw.byCategory)
})

it('finds no drift in the nightly rebuild, then finds and repairs drift planted in a rollup', async () => {
  expect((await rebuildRollups('cA', new Date())).fields).toBe(0)
  const before = must(await call('coord-A', 'stats.dashboard', {}))
  expect(before.drift).toMatchObject({ fields: 0 })
  const m = formatShanghai(new Date(), 'YYYY-MM')
  await tc.db
    .collection('stats_rollups')
    .doc(`cA:${YEAR}`)
    .update({ data: { [`months.${m}.ordersCreated`]: tc.db.command.inc(7) } }) // a lost or doubled bump
  expect(must(await call('coord-A', 'stats.dashboard', {})).orders.created).toBe(before.orders.created + 7)
  const report = await rebuildRollups('cA', new Date())
  expect(report.diffs).toEqual([{ doc: String(YEAR), path: `months.${m}.ordersCreated`, stored: expect.any(Number), raw: expect.any(Number) }])
  expect(report.diffs[0].stored - report.diffs[0].raw).toBe(7)
  const after = must(await call('coord-A', 'stats.dashboard', {}))
  expect(after.orders.created).toBe(before.orders.created)
  expect(after.drift).toMatchObject({ fields: 1 })
  expect(docs('stats_drift').filter((d) => d.communityId === 'cA' && d.fields === 1)).toHaveLength(1)
})

it('answers a coordinator for their own community only; an admin may name any', async () => {
  const foreign = await call('coord-A', 'stats.dashboard', { communityId: 'cB' })
  expect(foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(must(await call('admin', 'stats.dashboard', { communityId: 'cB' }))).toMatchObject({ communityId: 'cB', communityName: '江北社区' })
  expect(must(await call('admin', 'stats.dashboard', { communityId: 'cA', year: YEAR - 1 }))).toMatchObject({
    year: YEAR - 1,
    orders: { created: 0 },
    satisfaction: { rate: null }
  })
})

it('gives an admin all communities together, as of the nightly job, equal to the sum of the communities', async () => {
  const { statsDrift } = require('../../cloudfunctions/cron/src/jobs/statsDrift')
  await statsDrift(new Date())
  const [a, b, all] = await Promise.all([
    call('admin', 'stats.dashboard', { communityId: 'cA' }).then(must),
    call('admin', 'stats.dashboard', { communityId: 'cB' }).then(must),
    call('admin', 'stats.dashboard', {}).then(must)
  ])
  expect(all).toMatchObject({ communityId: 'all', communityName: '全部社区' })
  const sum = (f: (d: any) => number) => f(a) + f(b)
  expect(all.volunteers.registered).toBe(sum((d) => d.volunteers.registered))
  expect(all.volunteers.residents).toBe(sum((d) => d.volunteers.residents))
  expect(all.orders.created).toBe(sum((d) => d.orders.created))
  expect(all.hours.servedMinutes).toBe(sum((d) => d.hours.servedMinutes))
  expect(all.participation.active).toBe(sum((d) => d.participation.active)) // a volunteer serves one community here
  expect(all.timebank.circulationMinutes).toBe(sum((d) => d.timebank.circulationMinutes))
  expect(all.trend.map((m: any) => m.ordersCreated)).toEqual(a.trend.map((m: any, i: number) => m.ordersCreated + b.trend[i].ordersCreated))
  // A coordinator naming nobody still gets their own community, never the totals.
  expect(must(await call('coord-A', 'stats.dashboard', {})).communityId).toBe('cA')
})
