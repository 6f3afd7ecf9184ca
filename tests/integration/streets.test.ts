// 街道 / street level through the router and the genuine SDK on the local cloud: a platform admin creates a street
// and appoints its admin; the street admin creates two communities and appoints their coordinators; cross-street
// calls are FORBIDDEN and change nothing; the comparison's rows are the communities' dashboards (常住人口-based);
// an order nobody takes escalates to its community, then to the street, whose admin dispatches a volunteer of the
// other community — and the order proceeds to completion. Times are relative to one t0 read at the start and the
// cron is handed its timer event's Time: any date, any time zone.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectOk as must, expectFail, present } from '../fixtures/api'
import { aUser, registration } from '../fixtures/people'
import { anAddress, orderInput } from '../fixtures/orders'
import { invokeMain } from '../../localcloud/src/runtime'
import { setClock } from '../../cloudfunctions/api/src/lib/clock'
import { compareRowOf } from '../../src/shared/domain/stats'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const MIN = 60000
const all = (coll: string) => [...tc.store.all(coll).values()].map((r) => r.doc as any)
const snapshot = (...colls: string[]) => JSON.stringify(colls.map(all))
const stored = (id: string) => tc.store.get('orders', id)!.doc as any
const told = () => all('_local_outbox').filter((m) => m.templateId === 'tmpl-order-escalated')
const place = { longitude: 114.41, latitude: 23.11 }
const ADMIN = 'plat-admin'
const ids = { s1: '', s2: '', c1: '', c2: '', c3: '' }
let t0 = 0

beforeAll(async () => {
  process.env.ADMIN_OPENIDS = ADMIN
  t0 = Date.now()
  for (const u of [ADMIN, 'sadmin-1', 'sadmin-2', 'coord-1', 'coord-2', 'coord-3', 'res-1', 'vol-1', 'vol-2']) await aUser(tc.db, u, null)
})
afterAll(() => {
  setClock(null)
  delete process.env.ADMIN_OPENIDS
})

describe('streets: creation and appointments (platform admins)', () => {
  it('creates a street once per requestId, audited, and refuses anyone else', async () => {
    const input = { requestId: 'street-create-1', name: '江北街道', escalationMinutes: 30 }
    const s1 = must(await call(ADMIN, 'streets.create', input))
    expect(s1).toMatchObject({ name: '江北街道', escalationMinutes: 30, communities: [] })
    expect(must(await call(ADMIN, 'streets.create', input)).id).toBe(s1.id) // a replay makes nothing new
    ids.s1 = s1.id
    ids.s2 = must(await call(ADMIN, 'streets.create', { requestId: 'street-create-2', name: '河南岸街道' })).id
    expect(all('streets')).toHaveLength(2)
    expect(all('audit_logs').filter((a) => a.action === 'streets.create')).toHaveLength(2)
    expect(expectFail(await call('coord-1', 'streets.create', { requestId: 'street-create-3', name: '某街道' })).code).toBe('FORBIDDEN')
    expect(expectFail(await call(ADMIN, 'streets.create', { requestId: 'street-create-4', name: '', escalationMinutes: 1 }))).toMatchObject({
      code: 'BAD_INPUT',
      fields: { name: '请填写街道名称', escalationMinutes: '街道升级时限至少5分钟' }
    })
  })

  it('appoints one admin per street (audited); a second street needs the first appointment removed', async () => {
    expect(must(await call(ADMIN, 'streets.appointAdmin', { streetId: ids.s1, userId: 'sadmin-1' }))).toMatchObject({
      roles: expect.arrayContaining(['street_admin']),
      streetId: ids.s1
    })
    must(await call(ADMIN, 'streets.appointAdmin', { streetId: ids.s2, userId: 'sadmin-2' }))
    const before = snapshot('users', 'audit_logs')
    expect(expectFail(await call(ADMIN, 'streets.appointAdmin', { streetId: ids.s2, userId: 'sadmin-1' })).code).toBe('ALREADY_STREET_ADMIN')
    expect(expectFail(await call('sadmin-1', 'streets.appointAdmin', { streetId: ids.s1, userId: 'coord-1' })).code).toBe('FORBIDDEN')
    expect(expectFail(await call(ADMIN, 'streets.appointAdmin', { streetId: 'no-such-street', userId: 'coord-1' })).code).toBe('NOT_FOUND')
    expect(snapshot('users', 'audit_logs')).toBe(before)
    // Removing and appointing again: the role and the street go together.
    must(await call(ADMIN, 'streets.appointAdmin', { streetId: ids.s1, userId: 'coord-3' }))
    expect(must(await call(ADMIN, 'streets.removeAdmin', { streetId: ids.s1, userId: 'coord-3' }))).toMatchObject({ roles: ['resident'], streetId: null })
    expect(tc.store.get('users', 'coord-3')!.doc).toMatchObject({ roles: ['resident'], streetId: null })
    const audit = all('audit_logs').filter((a) => a.targetId === 'coord-3')
    expect(audit.map((a) => a.action)).toEqual(['streets.appointAdmin', 'streets.removeAdmin'])
  })
})

describe('a street admin runs the communities of their street only', () => {
  it('creates communities in their own street (with 常住人口), never in another', async () => {
    const community = (code: string, over: Record<string, unknown> = {}) => ({ name: `${code}社区`, code, address: '江北', location: place, ...over })
    ids.c1 = must(await call('sadmin-1', 'communities.create', community('JB0001', { population: 1000 }))).id
    ids.c2 = must(await call('sadmin-1', 'communities.create', community('JB0002'))).id
    ids.c3 = must(await call('sadmin-2', 'communities.create', community('HN0001', { streetId: ids.s2 }))).id
    expect(tc.store.get('communities', ids.c1)!.doc).toMatchObject({ streetId: ids.s1, population: 1000 })
    expect(tc.store.get('communities', ids.c2)!.doc).toMatchObject({ streetId: ids.s1, population: null })
    const before = snapshot('communities', 'audit_logs')
    expect(expectFail(await call('sadmin-1', 'communities.create', community('JB0009', { streetId: ids.s2 }))).code).toBe('FORBIDDEN')
    expect(expectFail(await call('coord-1', 'communities.create', community('JB0008'))).code).toBe('FORBIDDEN')
    expect(snapshot('communities', 'audit_logs')).toBe(before)
  })

  it('appoints coordinators for its communities; another street’s are FORBIDDEN', async () => {
    for (const [who, code] of [
      ['coord-1', 'JB0001'],
      ['coord-2', 'JB0002'],
      ['coord-3', 'HN0001'],
      ['res-1', 'JB0001'],
      ['vol-1', 'JB0001'],
      ['vol-2', 'JB0002'],
      ['sadmin-2', 'JB0001'] // lives in the first street: living there is not running it
    ])
      must(await call(who, 'communities.join', { code }))
    must(await call('sadmin-1', 'communities.appointCoordinator', { communityId: ids.c1, userId: 'coord-1' }))
    must(await call('sadmin-1', 'communities.appointCoordinator', { communityId: ids.c2, userId: 'coord-2' }))
    const before = snapshot('users', 'audit_logs')
    expect(expectFail(await call('sadmin-1', 'communities.appointCoordinator', { communityId: ids.c3, userId: 'coord-3' })).code).toBe('FORBIDDEN')
    expect(expectFail(await call('sadmin-2', 'communities.appointCoordinator', { communityId: ids.c1, userId: 'res-1' })).code).toBe('FORBIDDEN')
    expect(snapshot('users', 'audit_logs')).toBe(before)
    must(await call('sadmin-2', 'communities.appointCoordinator', { communityId: ids.c3, userId: 'coord-3' }))
    expect(tc.store.get('users', 'coord-1')!.doc.roles).toContain('coordinator')
  })

  it('lists its own street (with communities); a platform admin lists every street', async () => {
    const own = must(await call('sadmin-1', 'streets.list', {}))
    expect(own.streets.map((s) => s.id)).toEqual([ids.s1])
    expect(own.streets[0].communities.map((c) => [c.id, c.population])).toEqual([
      [ids.c1, 1000],
      [ids.c2, null]
    ])
    expect(must(await call(ADMIN, 'streets.list', {})).streets.map((s) => s.id)).toEqual([ids.s1, ids.s2])
    expect(expectFail(await call('coord-1', 'streets.list', {})).code).toBe('FORBIDDEN')
  })

  it('reads the dashboard and board of any community of its street, no other; coordinators keep to their own', async () => {
    for (const communityId of [ids.c1, ids.c2]) {
      expect(must(await call('sadmin-1', 'stats.dashboard', { communityId })).communityId).toBe(communityId)
      must(await call('sadmin-1', 'orders.board', { communityId }))
    }
    expect(expectFail(await call('sadmin-1', 'stats.dashboard', { communityId: ids.c3 })).code).toBe('FORBIDDEN')
    expect(expectFail(await call('sadmin-1', 'orders.board', { communityId: ids.c3 })).code).toBe('FORBIDDEN')
    expect(expectFail(await call('sadmin-1', 'stats.dashboard', {})).code).toBe('BAD_INPUT')
    expect(expectFail(await call('coord-1', 'stats.dashboard', { communityId: ids.c2 })).code).toBe('FORBIDDEN')
    expect(expectFail(await call('coord-1', 'orders.board', { communityId: ids.c2 })).code).toBe('FORBIDDEN')
    expect(must(await call('coord-1', 'orders.board', {})).items).toEqual([])
  })
})

describe('stats.compare', () => {
  it('gives one row per community, equal to its dashboard, the share taken of 常住人口 when set', async () => {
    // Two volunteers of the first community registered and approved through the router (the 工作台 counts them).
    for (const v of ['vol-1', 'vol-2']) must(await call(v, 'volunteers.register', registration()))
    const pending = (communityId: string) => all('volunteers').find((x) => x.communityId === communityId)._id
    must(await call('coord-1', 'volunteers.review', { volunteerId: pending(ids.c1), decision: 'approve' }))
    must(await call('coord-2', 'volunteers.review', { volunteerId: pending(ids.c2), decision: 'approve' }))
    const cmp = must(await call('sadmin-1', 'stats.compare', {}))
    expect(cmp).toMatchObject({ streetId: ids.s1, streetName: '江北街道' })
    const dashboards = await Promise.all([ids.c1, ids.c2].map(async (communityId) => must(await call('sadmin-1', 'stats.dashboard', { communityId }))))
    expect(cmp.rows).toEqual(dashboards.map(compareRowOf))
    expect(cmp.rows[0]).toMatchObject({ population: 1000, registered: 1, shareOfResidents: 1 / 1000 })
    expect(cmp.rows[1]).toMatchObject({ population: null, registered: 1, residents: 2, shareOfResidents: 1 / 2 })
    expect(must(await call(ADMIN, 'stats.compare', { streetId: ids.s1 })).rows).toEqual(cmp.rows)
    expect(expectFail(await call('sadmin-1', 'stats.compare', { streetId: ids.s2 })).code).toBe('FORBIDDEN')
    expect(expectFail(await call('coord-1', 'stats.compare', {})).code).toBe('FORBIDDEN')
    expect(expectFail(await call(ADMIN, 'stats.compare', {})).code).toBe('BAD_INPUT')
  })
})

describe('escalation to the community, then to the street, and a street dispatch', () => {
  const cron = (at: Date) =>
    invokeMain(require('../../cloudfunctions/cron/src/index').main, { Type: 'Timer', TriggerName: 'everyMinute', Time: at.toISOString() }, '', {
      timeoutMs: 20000
    })
  const at = (minutes: number) => new Date(t0 + minutes * MIN)

  it('escalates past the community SLA, then past the street SLA; the street admin dispatches the other community’s volunteer', async () => {
    jest.spyOn(console, 'log').mockImplementation(() => undefined) // the cron's per-run info line
    setClock(() => at(0))
    const addressId = await anAddress(tc.db, 'res-1')
    const o = must(await call('res-1', 'orders.create', orderInput(addressId)))
    const vol2 = all('volunteers').find((v) => v.openid === 'vol-2')._id
    const toldBefore = told().length

    await cron(at(31)) // past the community's 30 min: the community is told, the street's deadline armed
    expect(stored(o.id)).toMatchObject({ escalated: true, streetId: ids.s1, streetEscalated: false })
    expect(new Date(stored(o.id).streetDueAt).getTime()).toBe(new Date(stored(o.id).slaDueAt).getTime() + 30 * MIN)
    expect(
      told()
        .slice(toldBefore)
        .map((m) => m.touser)
    ).toEqual(['coord-1'])
    setClock(() => at(40))
    // Not yet the street's: its admin may not dispatch it, nor list candidates.
    expect(expectFail(await call('sadmin-1', 'orders.dispatch', { orderId: o.id, volunteerId: vol2 })).code).toBe('FORBIDDEN')
    expect(expectFail(await call('sadmin-1', 'orders.candidates', { orderId: o.id })).code).toBe('FORBIDDEN')

    await cron(at(45))
    expect(stored(o.id).streetEscalated).toBe(false)
    await cron(at(61)) // 30 min after the community's deadline: the street's admins are told, once
    await cron(at(62))
    const doc = stored(o.id)
    expect(doc).toMatchObject({ status: 'pending', streetEscalated: true })
    expect(doc.events.filter((e: any) => e.kind === 'escalateStreet')).toEqual([
      expect.objectContaining({ byRole: 'system', byOpenid: null, from: 'pending', to: 'pending' })
    ])
    expect(
      told()
        .slice(toldBefore)
        .map((m) => m.touser)
    ).toEqual(['coord-1', 'sadmin-1'])
    const onBoard = must(await call('sadmin-1', 'orders.board', { communityId: ids.c1 })).items.find((i) => i.id === o.id)
    expect(onBoard).toMatchObject({ escalated: true, streetEscalated: true })

    setClock(() => at(63))
    const before = snapshot('orders', 'audit_logs')
    // The community's coordinator still dispatches within the community only; another street's admin not at all.
    expect(expectFail(await call('coord-1', 'orders.dispatch', { orderId: o.id, volunteerId: vol2 }))).toMatchObject({
      code: 'NOT_ELIGIBLE',
      fields: { volunteerId: expect.stringContaining('不属于本社区') }
    })
    expect(expectFail(await call('sadmin-2', 'orders.dispatch', { orderId: o.id, volunteerId: vol2 })).code).toBe('FORBIDDEN')
    expect(expectFail(await call('sadmin-2', 'orders.candidates', { orderId: o.id })).code).toBe('FORBIDDEN')
    // The community's coordinator is offered its own volunteers; the street admin those of every community of the street.
    const vol1 = all('volunteers').find((v) => v.openid === 'vol-1')._id
    expect(must(await call('coord-1', 'orders.candidates', { orderId: o.id })).candidates.map((c) => c.volunteerId)).toEqual([vol1])
    const offered = must(await call('sadmin-1', 'orders.candidates', { orderId: o.id })).candidates.map((c) => c.volunteerId)
    expect(offered.sort()).toEqual([vol1, vol2].sort())
    expect(snapshot('orders', 'audit_logs')).toBe(before)

    must(await call('sadmin-1', 'orders.dispatch', { orderId: o.id, volunteerId: vol2 }))
    expect(stored(o.id)).toMatchObject({ status: 'dispatched', volunteerOpenid: 'vol-2' })
    expect(all('audit_logs').find((a) => a.action === 'orders.dispatch' && a.targetId === o.id)).toMatchObject({ actorOpenid: 'sadmin-1' })
    must(await call('vol-2', 'orders.accept', { orderId: o.id }))
    must(await call('vol-2', 'orders.checkIn', { orderId: o.id, code: present(o.checkInCode) }))
    setClock(() => at(120))
    must(await call('vol-2', 'orders.checkOut', { orderId: o.id }))
    must(await call('res-1', 'orders.confirm', { orderId: o.id, stars: 5 }))
    expect(stored(o.id).status).toBe('completed')
  })
})

describe('existing communities: into a street, and their 常住人口', () => {
  it('a platform admin moves a community into a street; its street admin then records its population (audited)', async () => {
    const c4 = must(await call(ADMIN, 'communities.create', { name: '老城社区', code: 'OLD001', address: '江北', location: place })).id
    const before = snapshot('communities', 'audit_logs')
    expect(expectFail(await call('sadmin-1', 'communities.updatePopulation', { communityId: c4, population: 500 })).code).toBe('FORBIDDEN')
    expect(expectFail(await call('sadmin-1', 'streets.assignCommunity', { streetId: ids.s1, communityId: c4 })).code).toBe('FORBIDDEN')
    expect(expectFail(await call('coord-3', 'communities.updatePopulation', { communityId: ids.c1, population: 1 })).code).toBe('FORBIDDEN')
    expect(expectFail(await call('sadmin-1', 'communities.updatePopulation', { communityId: c4, population: 0 })).fields).toEqual({
      population: '常住人口至少为1'
    })
    expect(snapshot('communities', 'audit_logs')).toBe(before)

    expect(must(await call(ADMIN, 'streets.assignCommunity', { streetId: ids.s1, communityId: c4 }))).toEqual({ communityId: c4, streetId: ids.s1 })
    expect(must(await call('sadmin-1', 'communities.updatePopulation', { communityId: c4, population: 500 }))).toEqual({ communityId: c4, population: 500 })
    expect(must(await call('sadmin-1', 'stats.dashboard', { communityId: c4 })).volunteers).toMatchObject({ population: 500 })
    expect(must(await call('sadmin-1', 'streets.list', {})).streets[0].communities.map((c) => c.id)).toEqual([ids.c1, ids.c2, c4])
    // The community's own coordinator may correct it too, or clear it (back to residents as the denominator).
    expect(must(await call('coord-1', 'communities.updatePopulation', { population: null }))).toEqual({ communityId: ids.c1, population: null })
    const audit = all('audit_logs').filter((a) => a.targetId === c4 || (a.targetId === ids.c1 && a.action === 'communities.updatePopulation'))
    expect(audit.map((a) => [a.action, a.before, a.after])).toEqual([
      ['communities.create', null, expect.objectContaining({ streetId: null, population: null })],
      ['streets.assignCommunity', { streetId: null }, { streetId: ids.s1 }],
      ['communities.updatePopulation', { population: null }, { population: 500 }],
      ['communities.updatePopulation', { population: 1000 }, { population: null }]
    ])
  })
})
