// communities.updateRateLimits through the router on the local cloud (genuine SDK): a coordinator's limits for the
// resident-facing actions apply from the next call, only in their community; defaults restore by sending them;
// bounds are refused with Chinese messages and change nothing; audited once per request; residents are refused.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectFail, expectOk as must, rawApiCaller } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'
import { anAddress, orderInput } from '../fixtures/orders'
import { setClock } from '../../cloudfunctions/api/src/lib/clock'
import { DEFAULT_RATE_LIMITS } from '../../src/shared/domain/rateLimits'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const callRaw = rawApiCaller()
// 10:10 China time: the hourly window [10:00, 11:00) holds every call below.
const now = new Date('2027-03-15T10:10:00+08:00')
const addr: Record<string, string> = {}
const stored = () => tc.store.get('communities', 'cQ')!.doc.rateLimits
const audits = () => [...tc.store.all('audit_logs').values()].map((r: any) => r.doc).filter((a: any) => a.action === 'communities.updateRateLimits')
const order = (who: string, n: number) => {
  const start = new Date(now.getTime() + 3600000)
  return orderInput(addr[who], { requestId: `rlo-${who}-${n}`, windowStart: start.toISOString(), windowEnd: new Date(start.getTime() + 7200000).toISOString() })
}

beforeAll(async () => {
  process.env.API_RATE_LIMITS = '' // the defaults apply (setupEnv switches limits off)
  setClock(() => now)
  await aCommunity(tc.db, 'cQ', 'RLO001')
  await aCommunity(tc.db, 'cP', 'RLO002')
  await aUser(tc.db, 'q-coord', 'cQ', ['resident', 'coordinator'])
  for (const [who, c] of [
    ['q-res', 'cQ'],
    ['q-res2', 'cQ'],
    ['p-res', 'cP']
  ]) {
    await aUser(tc.db, who, c)
    addr[who] = await anAddress(tc.db, who)
  }
})
afterAll(() => {
  setClock(null)
  process.env.API_RATE_LIMITS = 'off'
})

it('shows every limit with its defaults in catalog.list, the tunable ones marked', async () => {
  const views = must(await call('q-res', 'catalog.list', {})).rateLimits
  expect(views.find((v) => v.action === 'orders.create')).toEqual({
    action: 'orders.create',
    label: '发布求助',
    ...DEFAULT_RATE_LIMITS['orders.create'],
    defaults: DEFAULT_RATE_LIMITS['orders.create'],
    overridden: false,
    tunable: true
  })
  expect(views.find((v) => v.action === 'certificates.issue')?.tunable).toBe(false)
})

it('applies a lower per-person limit from the next call, in this community only, and audits once per request', async () => {
  const limit = { action: 'orders.create' as const, windowMinutes: 60, perUser: 2, perCommunity: 100 }
  const out = must(await call('q-coord', 'communities.updateRateLimits', { limits: [limit] }, { requestId: 'rlo-set-1' }))
  expect(out.rateLimits.find((v) => v.action === 'orders.create')).toMatchObject({ perUser: 2, perCommunity: 100, overridden: true })
  must(await call('q-coord', 'communities.updateRateLimits', { limits: [limit] }, { requestId: 'rlo-set-1' })) // a replay
  expect(audits()).toHaveLength(1)
  expect(audits()[0]).toMatchObject({ actorOpenid: 'q-coord', communityId: 'cQ', before: { rateLimits: [] }, after: { rateLimits: [limit] } })
  must(await call('q-res', 'orders.create', order('q-res', 1)))
  must(await call('q-res', 'orders.create', order('q-res', 2)))
  const third = expectFail(await call('q-res', 'orders.create', order('q-res', 3)))
  expect(third.code).toBe('RATE_LIMITED')
  expect(third.message).toBe('操作过于频繁，请于 11:00 后再试')
  // Another person of the community, and a person of another community, have their own counts.
  must(await call('q-res2', 'orders.create', order('q-res2', 1)))
  for (let i = 1; i <= 3; i++) must(await call('p-res', 'orders.create', order('p-res', i)))
})

it('restores the default when the default numbers are sent (the override is removed)', async () => {
  must(await call('q-coord', 'communities.updateRateLimits', { limits: [{ action: 'orders.create', ...DEFAULT_RATE_LIMITS['orders.create'] }] }))
  expect(stored()).toEqual([])
  must(await call('q-res', 'orders.create', order('q-res', 4)))
})

it.each([
  [{ perUser: 0 }, 'limits.0.perUser', '每人次数应在1到100之间'],
  [{ perCommunity: 5 }, 'limits.0.perCommunity', '全社区次数应在10到10000之间'],
  [{ perUser: 50, perCommunity: 20 }, 'limits.0.perCommunity', '全社区次数不能少于每人次数'],
  [{ windowMinutes: 7 }, 'limits.0.windowMinutes', '统计时段应为15、30、60、120、240、360、720或1440分钟'],
  [{ action: 'certificates.issue' }, 'limits.0.action', '该操作的频率不能由社区设置']
])('refuses %j with a Chinese message and changes nothing', async (over, field, message) => {
  const before = JSON.stringify(stored())
  const n = audits().length
  const e = expectFail(
    await callRaw('q-coord', 'communities.updateRateLimits', {
      limits: [{ action: 'reports.create', windowMinutes: 60, perUser: 5, perCommunity: 50, ...over }]
    })
  )
  expect(e.code).toBe('BAD_INPUT')
  expect(e.fields?.[field]).toBe(message)
  expect(JSON.stringify(stored())).toBe(before)
  expect(audits()).toHaveLength(n)
})

it('is refused to a resident', async () => {
  const limits = [{ action: 'orders.create' as const, windowMinutes: 60, perUser: 100, perCommunity: 10000 }]
  expect(expectFail(await call('q-res', 'communities.updateRateLimits', { limits })).code).toBe('FORBIDDEN')
})
