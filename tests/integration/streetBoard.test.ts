// 街道工作台 and 街道调度 through the router and the genuine SDK: streets.communities (each community's health) and
// streets.board (orders escalated to the street). A street admin reads their own street only, a platform admin
// names one, coordinators and another street's admin are refused, bad input is refused with Chinese messages and
// nothing changes; reads replayed by request id answer the same. At the street level the candidates say which
// community each volunteer serves in, and a street dispatch takes the order off the board. Times are relative to
// one t0 read at the start; the cron is handed its timer event's Time: any date, any time zone.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectOk as must, expectFail, rawApiCaller } from '../fixtures/api'
import { aUser, registration } from '../fixtures/people'
import { anAddress, orderInput } from '../fixtures/orders'
import { invokeMain } from '../../localcloud/src/runtime'
import { setClock } from '../../cloudfunctions/api/src/lib/clock'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const callRaw = rawApiCaller()
const MIN = 60000
const all = (coll: string) => [...tc.store.all(coll).values()].map((r) => r.doc as any)
const snapshot = () => JSON.stringify(['orders', 'users', 'communities', 'streets', 'audit_logs'].map(all))
const place = { longitude: 114.41, latitude: 23.11 }
const ADMIN = 'sb-admin'
const ids = { s1: '', s2: '', c1: '', c2: '', c3: '', order: '', quiet: '', vol1: '', vol2: '' }
let t0 = 0
const at = (minutes: number) => new Date(t0 + minutes * MIN)
const cron = (when: Date) =>
  invokeMain(require('../../cloudfunctions/cron/src/index').main, { Type: 'Timer', TriggerName: 'everyMinute', Time: when.toISOString() }, '', {
    timeoutMs: 20000
  })

beforeAll(async () => {
  process.env.ADMIN_OPENIDS = ADMIN
  jest.spyOn(console, 'log').mockImplementation(() => undefined) // the cron's per-run info line
  t0 = Date.now()
  setClock(() => at(0))
  for (const u of [ADMIN, 'sb-sadmin-1', 'sb-sadmin-2', 'sb-coord-1', 'sb-coord-2', 'sb-res-1', 'sb-res-2', 'sb-vol-1', 'sb-vol-2']) await aUser(tc.db, u, null)
  ids.s1 = must(await call(ADMIN, 'streets.create', { requestId: 'sb-street-1', name: '江北街道' })).id
  ids.s2 = must(await call(ADMIN, 'streets.create', { requestId: 'sb-street-2', name: '河南岸街道' })).id
  must(await call(ADMIN, 'streets.appointAdmin', { streetId: ids.s1, userId: 'sb-sadmin-1' }))
  must(await call(ADMIN, 'streets.appointAdmin', { streetId: ids.s2, userId: 'sb-sadmin-2' }))
  const community = (code: string, over: Record<string, unknown> = {}) => ({ name: `${code}社区`, code, address: '江北', location: place, ...over })
  ids.c1 = must(await call('sb-sadmin-1', 'communities.create', community('SB0001', { population: 8000 }))).id
  ids.c2 = must(await call('sb-sadmin-1', 'communities.create', community('SB0002'))).id
  ids.c3 = must(await call('sb-sadmin-2', 'communities.create', community('SB0003'))).id
  for (const [who, code] of [
    ['sb-coord-1', 'SB0001'],
    ['sb-coord-2', 'SB0002'],
    ['sb-res-1', 'SB0001'],
    ['sb-res-2', 'SB0001'],
    ['sb-vol-1', 'SB0001'],
    ['sb-vol-2', 'SB0002']
  ])
    must(await call(who, 'communities.join', { code }))
  must(await call('sb-sadmin-1', 'communities.appointCoordinator', { communityId: ids.c1, userId: 'sb-coord-1' }))
  must(await call('sb-sadmin-1', 'communities.appointCoordinator', { communityId: ids.c2, userId: 'sb-coord-2' }))
  ids.vol1 = must(await call('sb-vol-1', 'volunteers.register', registration({ skills: ['elder_visit'] }))).id
  ids.vol2 = must(await call('sb-vol-2', 'volunteers.register', registration({ skills: ['elder_visit'] }))).id
  must(await call('sb-coord-1', 'volunteers.review', { volunteerId: ids.vol1, decision: 'approve' }))
  must(await call('sb-coord-2', 'volunteers.review', { volunteerId: ids.vol2, decision: 'approve' }))
  // Two orders in the first community: one nobody takes (escalated to the community, then the street), one that
  // stays young (open, not escalated).
  ids.order = must(await call('sb-res-1', 'orders.create', orderInput(await anAddress(tc.db, 'sb-res-1')))).id
  await cron(at(31)) // past the community's SLA: escalated there, the street's deadline armed (+30 min)
  await cron(at(61)) // past the street's: escalated to the street
  setClock(() => at(62))
  ids.quiet = must(await call('sb-res-2', 'orders.create', orderInput(await anAddress(tc.db, 'sb-res-2')))).id
})
afterAll(() => {
  setClock(null)
  delete process.env.ADMIN_OPENIDS
})

describe('streets.communities (街道工作台)', () => {
  it('gives each community of the caller’s street with its health', async () => {
    const r = must(await call('sb-sadmin-1', 'streets.communities', {}))
    expect(r).toMatchObject({ streetId: ids.s1, streetName: '江北街道', escalationMinutes: 30 })
    expect(r.communities).toEqual([
      {
        communityId: ids.c1,
        name: 'SB0001社区',
        code: 'SB0001',
        population: 8000,
        residents: 4,
        registered: 1,
        activeVolunteers: 0,
        coordinators: 1,
        openOrders: 2,
        escalatedOrders: 1,
        streetEscalatedOrders: 1
      },
      {
        communityId: ids.c2,
        name: 'SB0002社区',
        code: 'SB0002',
        population: null,
        residents: 2,
        registered: 1,
        activeVolunteers: 0,
        coordinators: 1,
        openOrders: 0,
        escalatedOrders: 0,
        streetEscalatedOrders: 0
      }
    ])
    // The people figures are the community's 工作台's.
    const d = must(await call('sb-sadmin-1', 'stats.dashboard', { communityId: ids.c1 }))
    expect([d.volunteers.residents, d.volunteers.registered, d.openEscalations]).toEqual([4, 1, 1])
  })

  it('a platform admin names the street; another street, coordinators and residents are refused and nothing changes', async () => {
    expect(must(await call(ADMIN, 'streets.communities', { streetId: ids.s2 })).communities.map((c) => c.communityId)).toEqual([ids.c3])
    const before = snapshot()
    expect(expectFail(await call('sb-sadmin-1', 'streets.communities', { streetId: ids.s2 })).code).toBe('FORBIDDEN')
    expect(expectFail(await call('sb-sadmin-2', 'streets.communities', { streetId: ids.s1 })).code).toBe('FORBIDDEN')
    expect(expectFail(await call('sb-coord-1', 'streets.communities', {})).code).toBe('FORBIDDEN')
    expect(expectFail(await call('sb-res-1', 'streets.communities', {})).code).toBe('FORBIDDEN')
    expect(expectFail(await call(ADMIN, 'streets.communities', {}))).toMatchObject({ code: 'BAD_INPUT', fields: { streetId: '请选择街道' } })
    expect(expectFail(await call(ADMIN, 'streets.communities', { streetId: 'no-such-street' })).code).toBe('NOT_FOUND')
    expect(snapshot()).toBe(before)
  })
})

describe('streets.list names each street’s admins (街道管理)', () => {
  it('gives the admins with their nicknames; removing one takes them off the list', async () => {
    const admins = async () => must(await call(ADMIN, 'streets.list', {})).streets.map((s) => s.admins.map((a) => a.userId))
    expect(await admins()).toEqual([['sb-sadmin-1'], ['sb-sadmin-2']])
    expect(must(await call('sb-sadmin-1', 'streets.list', {})).streets[0].admins).toEqual([{ userId: 'sb-sadmin-1', nickname: expect.any(String) }])
    must(await call(ADMIN, 'streets.appointAdmin', { streetId: ids.s2, userId: 'sb-res-2' }))
    expect(await admins()).toEqual([['sb-sadmin-1'], expect.arrayContaining(['sb-sadmin-2', 'sb-res-2'])])
    must(await call(ADMIN, 'streets.removeAdmin', { streetId: ids.s2, userId: 'sb-res-2' }))
    expect(await admins()).toEqual([['sb-sadmin-1'], ['sb-sadmin-2']])
  })
})

describe('streets.board (街道调度)', () => {
  it('lists the orders escalated to the street with their community, area only — no address', async () => {
    const r = must(await call('sb-sadmin-1', 'streets.board', {}))
    expect(r).toMatchObject({ streetId: ids.s1, streetName: '江北街道' })
    expect(r.items).toEqual([expect.objectContaining({ id: ids.order, communityId: ids.c1, communityName: 'SB0001社区', status: 'pending', volunteer: null })])
    expect(new Date(r.items[0].streetEscalatedAt!).getTime()).toBe(at(61).getTime())
    expect(Object.keys(r.items[0])).not.toEqual(expect.arrayContaining(['address']))
    expect(JSON.stringify(r)).not.toContain(all('addresses')[0].detail)
    expect(must(await call(ADMIN, 'streets.board', { streetId: ids.s1 })).items).toEqual(r.items)
    expect(must(await call('sb-sadmin-2', 'streets.board', {})).items).toEqual([])
  })

  it('refuses another street, coordinators and bad input without changing anything', async () => {
    const before = snapshot()
    expect(expectFail(await call('sb-sadmin-2', 'streets.board', { streetId: ids.s1 })).code).toBe('FORBIDDEN')
    expect(expectFail(await call('sb-coord-1', 'streets.board', {})).code).toBe('FORBIDDEN')
    expect(expectFail(await call(ADMIN, 'streets.board', {})).code).toBe('BAD_INPUT')
    for (const input of [{ streetId: 42 }, { streetId: ids.s1, extra: 1 }, 'street']) {
      const e = expectFail(await callRaw('sb-sadmin-1', 'streets.board', input))
      expect(e.code).toBe('BAD_INPUT')
      expect(e.message).toMatch(/[\u4e00-\u9fa5]/)
    }
    expect(expectFail(await callRaw('sb-sadmin-1', 'streets.communities', { streetId: '' })).code).toBe('BAD_INPUT')
    expect(snapshot()).toBe(before)
  })

  it('answers a replayed read (same requestId) the same, writing nothing', async () => {
    const before = snapshot()
    const first = must(await call('sb-sadmin-1', 'streets.board', {}, { requestId: 'sb-replay-1' }))
    const again = must(await call('sb-sadmin-1', 'streets.board', {}, { requestId: 'sb-replay-1' }))
    expect(again).toEqual(first)
    expect(must(await call('sb-sadmin-1', 'streets.communities', {}, { requestId: 'sb-replay-2' }))).toEqual(
      must(await call('sb-sadmin-1', 'streets.communities', {}, { requestId: 'sb-replay-2' }))
    )
    expect(snapshot()).toBe(before)
  })

  it('offers volunteers of every community with their community’s name, and a street dispatch takes the order off the board', async () => {
    const offered = must(await call('sb-sadmin-1', 'orders.candidates', { orderId: ids.order })).candidates
    expect(offered.map((c) => [c.volunteerId, c.communityName]).sort()).toEqual(
      [
        [ids.vol1, 'SB0001社区'],
        [ids.vol2, 'SB0002社区']
      ].sort()
    )
    // The community's coordinator dispatches within the community: no community named.
    expect(must(await call('sb-coord-1', 'orders.candidates', { orderId: ids.order })).candidates.map((c) => c.communityName)).toEqual([null])
    must(await call('sb-sadmin-1', 'orders.dispatch', { orderId: ids.order, volunteerId: ids.vol2 }))
    // Dispatched, not yet accepted: still the street's (listed after any pending ones), with the volunteer.
    expect(must(await call('sb-sadmin-1', 'streets.board', {})).items).toEqual([
      expect.objectContaining({ id: ids.order, status: 'dispatched', volunteer: expect.objectContaining({ name: '王小明' }) })
    ])
    expect(must(await call('sb-sadmin-1', 'streets.communities', {})).communities[0].streetEscalatedOrders).toBe(0)
    must(await call('sb-vol-2', 'orders.accept', { orderId: ids.order }))
    expect(must(await call('sb-sadmin-1', 'streets.board', {})).items).toEqual([])
  })
})
