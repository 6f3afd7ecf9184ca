// Rate limits through the router on the local cloud (genuine SDK): the 11th orders.create of a person within the
// hour is refused with RATE_LIMITED and a China-time retry time, nobody else is affected, the community's cap, the
// next window, concurrency (never one over), replays (never counted twice, still answered with their first
// result), and every limited action declaring its limit. Time moves through the router's clock (lib/clock.ts).
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectFail, expectOk as must, rawApiCaller, type ApiFailure } from '../fixtures/api'
import { aCommunity, aUser, registration } from '../fixtures/people'
import { aVolunteer, anAddress } from '../fixtures/orders'
import { setClock } from '../../cloudfunctions/api/src/lib/clock'
import { rateLimitSweep } from '../../cloudfunctions/cron/src/jobs/rateLimitSweep'
import { DEFAULT_RATE_LIMITS, RATE_LIMITED_ACTIONS, rateWindow } from '../../src/shared/domain/rateLimits'
import { formatShanghai } from '../../src/shared/time'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
/** For the loop over every rate-limited action (inputs untyped per action). */
const callRaw = rawApiCaller()
const HOUR = 3600000
// The clock is set, not read: 10:10 China time, ten minutes into an hour, so the window is [10:00, 11:00). Mid-morning
// keeps the hourly windows from ending at midnight, where the daily ones end, and the retry time on the same day.
const base = new Date('2027-03-15T10:10:00+08:00')
let now = base
const addr: Record<string, string> = {}
let seq = 0

const input = (who: string, requestId = `rl-${who}-${++seq}-${Date.now().toString(36)}`) => ({
  requestId,
  category: 'elder_visit' as const,
  description: '帮老人量血压、聊聊天',
  addressId: addr[who],
  windowStart: new Date(now.getTime() + HOUR).toISOString(),
  windowEnd: new Date(now.getTime() + 3 * HOUR).toISOString()
})
const create = (who: string, requestId?: string) => call(who, 'orders.create', input(who, requestId))
const ordersBy = async (who: string) => (await tc.db.collection('orders').where({ createdBy: who }).count()).total
const windowDoc = (communityId: string, at = now) => tc.store.get('rate_limits', `${communityId}:orders.create:${rateWindow(at, 60).start.getTime()}`)?.doc

beforeAll(async () => {
  process.env.API_RATE_LIMITS = '' // the defaults of src/shared/domain/rateLimits.ts (setupEnv switches them off)
  setClock(() => now)
  await aCommunity(tc.db, 'cA', 'RATE01', 'A社区')
  await aCommunity(tc.db, 'cB', 'RATE02', 'B社区')
  await tc.db
    .collection('communities')
    .doc('cB')
    .update({ data: { rateLimits: [{ action: 'orders.create', perCommunity: 3 }] } })
  await aCommunity(tc.db, 'cC', 'RATE03', 'C社区')
  for (const [who, c] of [['res-1', 'cA'], ['res-2', 'cA'], ['res-3', 'cA'], ['res-4', 'cC'], ...[1, 2, 3, 4, 5].map((i) => [`b-${i}`, 'cB'])]) {
    await aUser(tc.db, who, c)
    addr[who] = await anAddress(tc.db, who)
  }
})
afterAll(() => {
  setClock(null)
  process.env.API_RATE_LIMITS = 'off'
})

describe('orders.create: 10 per person per hour', () => {
  const firstTen: Array<{ requestId: string; id: string }> = []

  it('refuses the 11th within the hour with RATE_LIMITED and a retry time, and stores nothing for it', async () => {
    expect(DEFAULT_RATE_LIMITS['orders.create']).toMatchObject({ windowMinutes: 60, perUser: 10 })
    for (let i = 0; i < 10; i++) {
      const one = input('res-1')
      firstTen.push({ requestId: one.requestId, id: must(await call('res-1', 'orders.create', one)).id })
      now = new Date(now.getTime() + 60000) // a minute apart, all inside the window
    }
    const refused = await create('res-1')
    const retryAt = rateWindow(base, 60).end
    expect(refused).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', fields: { retryAt: retryAt.toISOString() } } })
    expect(expectFail(refused).message).toBe(`操作过于频繁，请于 ${formatShanghai(retryAt, 'HH:mm')} 后再试`)
    expect(formatShanghai(retryAt, 'mm')).toBe('00')
    expect(await ordersBy('res-1')).toBe(10)
    expect(windowDoc('cA')).toMatchObject({ total: 10, by: { 'res-1': 10 } })
  })

  it('does not affect other people of the same community, and costs one round trip in an open window', async () => {
    const r = await create('res-2')
    must(r)
    expect(r.counters.queries.filter((q: { coll: string }) => q.coll === 'rate_limits')).toEqual([expect.objectContaining({ kind: 'update', index: '_id_' })])
    expect(windowDoc('cA')).toMatchObject({ total: 11, by: { 'res-1': 10, 'res-2': 1 } })
  })

  it('answers a replay with its first order even when the window is full, and does not count it', async () => {
    const replayed = must(await create('res-1', firstTen[3].requestId))
    expect(replayed.id).toBe(firstTen[3].id)
    expect(await ordersBy('res-1')).toBe(10)
    expect(windowDoc('cA')).toMatchObject({ total: 11, by: { 'res-1': 10 } })
    // Before the cap too: one order replayed three times counts once.
    const first = must(await create('res-3', 'rl-res-3-replayed'))
    for (let i = 0; i < 3; i++) expect(must(await create('res-3', 'rl-res-3-replayed')).id).toBe(first.id)
    expect(windowDoc('cA')!.by['res-3']).toBe(1)
    expect(await ordersBy('res-3')).toBe(1)
  })

  it('lets the person submit again in the next window', async () => {
    now = new Date(rateWindow(base, 60).end.getTime() + 60000)
    must(await create('res-1'))
    expect(await ordersBy('res-1')).toBe(11)
    expect(windowDoc('cA')).toMatchObject({ total: 1, by: { 'res-1': 1 } })
  })

  it('never lets concurrent creates exceed the limit: 25 at once → exactly 10', async () => {
    now = new Date(base.getTime() + 5 * HOUR)
    const replies = await Promise.all(Array.from({ length: 25 }, () => create('res-4')))
    expect(replies.filter((r) => r.ok)).toHaveLength(10)
    expect(replies.filter((r) => !r.ok).map((r: any) => r.error.code)).toEqual(Array(15).fill('RATE_LIMITED'))
    expect(await ordersBy('res-4')).toBe(10)
    expect(windowDoc('cC')).toMatchObject({ total: 10, by: { 'res-4': 10 } })
  })
})

describe('the per-community cap (cB overrides it to 3 an hour in its rateLimits)', () => {
  it('refuses the 4th member of the community within the hour, concurrently too, and leaves other communities alone', async () => {
    now = new Date(base.getTime() + 8 * HOUR)
    const replies = await Promise.all([1, 2, 3, 4, 5].map((i) => create(`b-${i}`)))
    expect(replies.filter((r) => r.ok)).toHaveLength(3)
    const refused = replies.filter((r) => !r.ok) as ApiFailure[]
    expect(refused.map((r) => r.error.code)).toEqual(['RATE_LIMITED', 'RATE_LIMITED'])
    expect(refused[0].error.fields?.retryAt).toBe(rateWindow(now, 60).end.toISOString())
    expect(windowDoc('cB')!.total).toBe(3)
    must(await create('res-2')) // community A, same hour
    now = new Date(now.getTime() + HOUR)
    must(await create(refused.length ? 'b-5' : 'b-1'))
  })
})

describe('every limited action declares its limit', () => {
  // One attempt an hour for everyone: the second attempt (a new requestId) is refused before its handler runs,
  // whatever the first one's outcome was — an attempt counts once it is authorized.
  const inputs: Record<string, (n: number) => Record<string, unknown>> = {
    'orders.create': (n) => input('res-2', `every-o-${n}`),
    'reports.create': (n) => ({
      requestId: `every-r-${n}`,
      category: 'sanitation',
      description: '路灯坏了',
      photos: ['cloud://env/reports/a.jpg'],
      location: { longitude: 114.41, latitude: 23.11 }
    }),
    'volunteers.register': () => registration(),
    'volunteers.claim': () => ({ realName: '王小明', idNumber: registration().idNumber, phone: '13800138000' }),
    'timebank.transfer': (n) => ({ requestId: `every-t-${n}`, toUserId: 'res-1', minutes: 30 }),
    'certificates.issue': (n) => ({ requestId: `every-c-${n}`, from: '2026-01-01', to: '2026-01-31' })
  }

  it.each(RATE_LIMITED_ACTIONS.map((a) => [a]))('%s', async (action) => {
    now = new Date(base.getTime() + 24 * HOUR)
    process.env.API_RATE_LIMITS = JSON.stringify({ [action]: { perUser: 1 } })
    try {
      const who = action === 'certificates.issue' ? 'vol-every' : 'res-2'
      if (who === 'vol-every' && !tc.store.get('users', who)) await aVolunteer(tc.db, who, 'cA')
      const first = await callRaw(who, action, inputs[action](1))
      expect(first.ok || first.error.code).not.toBe('RATE_LIMITED')
      expect(await callRaw(who, action, inputs[action](2))).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    } finally {
      process.env.API_RATE_LIMITS = ''
    }
  })
})

it('keeps nothing personal in the counters but the openid keys', () => {
  const docs = [...(tc.store as any).state('rate_limits').docs.values()].map((r: any) => r.doc)
  expect(docs.length).toBeGreaterThan(0)
  for (const d of docs) {
    expect(Object.keys(d).sort()).toEqual(['_id', 'action', 'by', 'communityId', 'seen', 'total', 'windowEnd', 'windowStart'])
    for (const k of Object.keys(d.seen)) expect(k).toMatch(/^[0-9a-f]{20}$/)
    expect(JSON.stringify(d)).not.toMatch(/余欣怡|139\d{8}|文昌路|王小明/)
  }
})

it('removes windows a day after they ended (nightly), keeping the current ones', async () => {
  const all = () => [...(tc.store as any).state('rate_limits').docs.values()].map((r: any) => r.doc)
  const latest = Math.max(...all().map((d: any) => new Date(d.windowEnd).getTime()))
  const res = await rateLimitSweep(new Date(latest + 86400000 - 1))
  expect(res.touched).toBeGreaterThan(5)
  // Every window left is a current one (two day-long limits, certificates.issue and volunteers.claim, end together).
  expect([...new Set(all().map((d: any) => new Date(d.windowEnd).getTime()))]).toEqual([latest])
})
