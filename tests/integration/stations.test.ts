// Stations 站岗点室 and the 10-minute service circle end to end on the local cloud (genuine wx-server-sdk):
// coordinators create and edit stations (validation, replayed creates and edits, stale edits refused), members
// find stations near them nearest first with open-now, and coordinators see which residents' addresses lie more
// than 800 m from every open station — masked for planning — and never another community's.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectOk as ok, rawApiCaller } from '../fixtures/api'
import type { CallCounters } from '../../localcloud/src/context'
import type { ActionInput } from '../../src/shared/contracts'
import { aCommunity, aUser } from '../fixtures/people'
import { anAddress, HERE } from '../fixtures/orders'

const tc = startTestCloud({ manifest: true })
const typedCall = apiCaller()
const untypedCall = rawApiCaller()
/** Every query a station action made, with the declared index that served it (checked at the end). */
const queries: Array<{ action: string; coll: string; kind: string; fields: string[]; index: string | null }> = []
const record = <R extends { counters: CallCounters }>(action: string, r: R): R => {
  if (action.startsWith('stations.')) for (const q of r.counters.queries) queries.push({ action, ...q })
  return r
}
const call: typeof typedCall = async (openid, action, input, extra) => record(action, await typedCall(openid, action, input, extra))
/** For inputs the contract refuses (the bad-input cases). */
const callRaw: typeof untypedCall = async (openid, action, input, extra) => record(action, await untypedCall(openid, action, input, extra))
const north = (meters: number, from = HERE) => ({ longitude: from.longitude, latitude: from.latitude + meters / 111320 })
const ALL_DAY = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, from: '00:00', to: '24:00' }))
let seq = 0
const station = (over: Partial<ActionInput<'stations.upsert'>> = {}): ActionInput<'stations.upsert'> => ({
  requestId: `st-req-${++seq}`,
  name: `文昌志愿服务站${seq}`,
  type: 'station',
  address: '文昌一路1号',
  location: HERE,
  hours: ALL_DAY,
  services: ['elder_visit', 'phone_lessons'],
  tags: ['便民'],
  status: 'open',
  ...over
})
const stored = (id: string) => tc.store.get('stations', id)
const allStations = () => [...tc.store.all('stations').values()].map((s) => s.doc as any)

beforeAll(async () => {
  await aCommunity(tc.db, 'c1', 'ST01') // at HERE
  await aCommunity(tc.db, 'c2', 'ST02')
  await aUser(tc.db, 'coord-1', 'c1', ['resident', 'coordinator'])
  await aUser(tc.db, 'coord-1b', 'c1', ['resident', 'coordinator'])
  await aUser(tc.db, 'coord-2', 'c2', ['resident', 'coordinator'])
  await aUser(tc.db, 'res-1', 'c1')
  await aUser(tc.db, 'res-2', 'c2')
})

describe('stations.upsert', () => {
  it('creates a station once per requestId, with sorted hours and version 1', async () => {
    const input = station({
      hours: [
        { day: 3, from: '14:00', to: '17:00' },
        { day: 1, from: '09:00', to: '12:00' }
      ]
    })
    const first = ok(await call('coord-1', 'stations.upsert', input))
    expect(first).toMatchObject({
      name: input.name,
      type: 'station',
      typeLabel: '志愿服务站',
      communityId: 'c1',
      version: 1,
      location: HERE,
      serviceLabels: ['探访老人', '智能手机教学'],
      hoursText: ['周一 09:00-12:00', '周三 14:00-17:00']
    })
    expect(first.hours.map((h: any) => h.day)).toEqual([1, 3])
    const again = ok(await call('coord-1', 'stations.upsert', { ...input, name: '重放时改了名字' }))
    expect(again).toEqual(first)
    expect(allStations().filter((s) => s.requestId === input.requestId)).toHaveLength(1)
  })

  it('refuses bad input field by field and stores nothing', async () => {
    const before = allStations().length
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ hours: [{ day: 1, from: '18:00', to: '08:00' }] }, 'hours'],
      [
        {
          hours: [
            { day: 2, from: '08:00', to: '12:00' },
            { day: 2, from: '11:00', to: '13:00' }
          ]
        },
        'hours'
      ],
      [{ hours: [{ day: 1, from: '8:00', to: '12:00' }] }, 'hours.0.from'],
      [{ type: 'kiosk' }, 'type'],
      [{ name: ' ' }, 'name'],
      [{ services: ['Juggling!'] }, 'services.0'],
      [{ stationId: 'some-station' }, 'version']
    ]
    for (const [over, field] of cases) {
      const r = await callRaw('coord-1', 'stations.upsert', { ...station(), ...over })
      expect({ field, code: r.ok ? 'OK' : r.error.code, has: !r.ok && Object.keys(r.error.fields ?? {}).includes(field) }).toEqual({
        field,
        code: 'BAD_INPUT',
        has: true
      })
    }
    // A well-formed key the community's catalogue lacks: its own code (catalog.test.ts covers own categories).
    const unknown = await call('coord-1', 'stations.upsert', station({ services: ['juggling'] }))
    expect(!unknown.ok && unknown.error).toMatchObject({ code: 'CATEGORY_UNKNOWN', fields: { services: '请选择本社区在用的服务类别' } })
    const risky = await call('coord-1', 'stations.upsert', station({ name: '赌博服务站' }))
    expect(!risky.ok && risky.error.code).toBe('CONTENT_RISKY')
    expect(allStations().length).toBe(before)
  })

  it('edits conditionally on the version read: a stale edit is refused, a replayed edit returns the result', async () => {
    const s = ok(await call('coord-1', 'stations.upsert', station()))
    const edit = { ...station({ requestId: 'st-edit-1', name: '文昌新时代文明实践站', status: 'closed', location: north(50) }), stationId: s.id, version: 1 }
    const edited = ok(await call('coord-1', 'stations.upsert', edit))
    expect(edited).toMatchObject({ id: s.id, name: '文昌新时代文明实践站', status: 'closed', openNow: false, version: 2 })
    expect((stored(s.id)!.doc as any).location.coordinates).toEqual([north(50).longitude, north(50).latitude])
    expect(ok(await call('coord-1', 'stations.upsert', edit))).toMatchObject({ id: s.id, version: 2 }) // the reply was lost: same answer
    const afterReplay = JSON.stringify(stored(s.id)!.doc)
    const stale = await call('coord-1b', 'stations.upsert', { ...station({ requestId: 'st-edit-2', name: '别人的旧版本' }), stationId: s.id, version: 1 })
    expect(!stale.ok && stale.error.code).toBe('CONFLICT')
    expect(JSON.stringify(stored(s.id)!.doc)).toBe(afterReplay)
    const audit = [...tc.store.all('audit_logs').values()].map((a) => a.doc as any).filter((a) => a.targetId === s.id)
    expect(audit.map((a) => a.after)).toEqual([
      expect.objectContaining({ name: s.name }),
      { name: '文昌新时代文明实践站', status: 'closed', location: north(50) }
    ])
  })

  it("refuses another community's coordinator, changing nothing; an unknown station is NOT_FOUND", async () => {
    const s = ok(await call('coord-1', 'stations.upsert', station()))
    const before = JSON.stringify(stored(s.id)!.doc)
    const r = await call('coord-2', 'stations.upsert', { ...station({ name: '越权修改' }), stationId: s.id, version: 1 })
    expect(!r.ok && r.error.code).toBe('FORBIDDEN')
    expect(JSON.stringify(stored(s.id)!.doc)).toBe(before)
    const missing = await call('coord-1', 'stations.upsert', { ...station(), stationId: 'no-such-station', version: 1 })
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND')
    const resident = await call('res-1', 'stations.upsert', station())
    expect(!resident.ok && resident.error.code).toBe('FORBIDDEN')
  })
})

describe('stations.nearby and stations.list', () => {
  const far = { longitude: HERE.longitude + 1, latitude: HERE.latitude + 1 } // ~150 km away: a quiet corner for this block
  const ids: Record<string, string> = {}
  beforeAll(async () => {
    ids.mid = ok(await call('coord-2', 'stations.upsert', station({ name: '中间的岗', type: 'post', location: north(500, far), hours: ALL_DAY }))).id
    ids.near = ok(await call('coord-2', 'stations.upsert', station({ name: '最近的站', location: north(100, far), hours: [] }))).id
    ids.closed = ok(await call('coord-2', 'stations.upsert', station({ name: '停用的室', type: 'room', location: north(1500, far), status: 'closed' }))).id
    ids.beyond = ok(await call('coord-2', 'stations.upsert', station({ name: '太远的点', type: 'point', location: north(5000, far) }))).id
  })

  it('lists stations within the radius nearest first, with distance, open-now and public fields only', async () => {
    const r = ok(await call('res-1', 'stations.nearby', { location: far, radiusMeters: 3000 }))
    expect(r.stations.map((s: any) => [s.name, s.distanceMeters, s.openNow])).toEqual([
      ['最近的站', 100, false],
      ['中间的岗', 500, true],
      ['停用的室', 1500, false]
    ])
    expect(r.stations[1]).toMatchObject({ typeLabel: '志愿服务岗', hoursText: ['周一至周日 00:00-24:00'], status: 'open' })
    for (const s of r.stations) for (const key of ['communityId', 'version', 'createdBy', 'requestId', 'updatedBy']) expect(s).not.toHaveProperty(key)
  })

  it("centres on the caller's community when no location is given", async () => {
    const r = ok(await call('res-1', 'stations.nearby', {}))
    expect(r.center).toEqual(HERE)
    expect(r.stations.length).toBeGreaterThan(0)
    expect(r.stations.map((s: any) => s.distanceMeters)).toEqual([...r.stations.map((s: any) => s.distanceMeters)].sort((a: number, b: number) => a - b))
    await aUser(tc.db, 'drifter', null)
    const none = await call('drifter', 'stations.nearby', {})
    expect(!none.ok && none.error.code).toBe('NOT_IN_COMMUNITY')
  })

  it("gives a coordinator every station of their community with its version, and refuses another community's", async () => {
    const mine = ok(await call('coord-2', 'stations.list', {}))
    expect(mine.stations.map((s: any) => s.name).sort()).toEqual(['中间的岗', '停用的室', '太远的点', '最近的站'])
    expect(mine.stations.every((s: any) => s.communityId === 'c2' && s.version === 1)).toBe(true)
    const foreign = await call('coord-1', 'stations.list', { communityId: 'c2' })
    expect(!foreign.ok && foreign.error.code).toBe('FORBIDDEN')
  })
})

describe('stations.coverage', () => {
  // Community c3 at `base`; its residents' addresses at 700 m, 900 m and 2 km east of the one open station, one typed
  // without a location, and a neighbour of community c4 at 100 m (not c3's).
  const base = { longitude: HERE.longitude - 1, latitude: HERE.latitude - 1 }
  const eastOf = (m: number) => ({ longitude: base.longitude + m / (111320 * Math.cos((base.latitude * Math.PI) / 180)), latitude: base.latitude })
  const addr: Record<string, string> = {}
  beforeAll(async () => {
    await tc.db.collection('communities').add({
      data: {
        _id: 'c3',
        name: '覆盖社区',
        code: 'ST03',
        address: '某路',
        location: new tc.db.Geo.Point(base.longitude, base.latitude),
        createdAt: new Date()
      }
    })
    await aCommunity(tc.db, 'c4', 'ST04')
    await aUser(tc.db, 'coord-3', 'c3', ['resident', 'coordinator'])
    for (const who of ['r700', 'r900', 'r2000', 'rtyped']) await aUser(tc.db, who, 'c3')
    await aUser(tc.db, 'outsider', 'c4')
    addr.r700 = await anAddress(tc.db, 'r700', eastOf(700))
    addr.r900 = await anAddress(tc.db, 'r900', eastOf(900))
    addr.r2000 = await anAddress(tc.db, 'r2000', eastOf(2000))
    addr.typed = await anAddress(tc.db, 'rtyped', null)
    addr.outsider = await anAddress(tc.db, 'outsider', eastOf(100))
  })

  it('with no station, every located address is uncovered and none has a nearest station', async () => {
    const r = ok(await call('coord-3', 'stations.coverage', {}))
    expect(r).toMatchObject({
      communityId: 'c3',
      radiusMeters: 800,
      openStations: 0,
      located: 3,
      covered: 0,
      uncoveredCount: 3,
      unlocated: 1,
      coveredShare: 0,
      complete: true
    })
    expect(r.uncovered.every((u: any) => u.nearestMeters === null && u.nearestStation === null)).toBe(true)
  })

  it('covers the address 700 m from an open station and lists the one 900 m away; a closed station covers nothing', async () => {
    ok(await call('coord-3', 'stations.upsert', station({ name: '西头服务站', location: base })))
    ok(await call('coord-3', 'stations.upsert', station({ name: '停用的东站', location: eastOf(900), status: 'closed' })))
    const r = ok(await call('coord-3', 'stations.coverage', {}))
    expect(r).toMatchObject({ openStations: 1, located: 3, covered: 1, uncoveredCount: 2, unlocated: 1, hasMore: false })
    expect(r.coveredShare).toBeCloseTo(1 / 3)
    expect(r.uncovered.map((u: any) => [u.addressId, u.nearestMeters, u.nearestStation])).toEqual([
      [addr.r2000, 2000, '西头服务站'],
      [addr.r900, 900, '西头服务站']
    ])
    // Planning view: label, street, masked name — no number, room, phone or the outsider's address.
    expect(r.uncovered[1]).toEqual({
      addressId: addr.r900,
      label: '家',
      area: '文昌路',
      residentName: '余**',
      nearestMeters: 900,
      nearestStation: '西头服务站'
    })
    expect(JSON.stringify(r)).not.toMatch(/13912345678|8号|502|余欣怡/)
    expect(r.uncovered.map((u: any) => u.addressId)).not.toContain(addr.outsider)
  })

  it('an opened station shrinks the list; the limit cuts the list, not the counts', async () => {
    ok(await call('coord-3', 'stations.upsert', station({ name: '东边的岗', type: 'post', location: eastOf(1500) })))
    const r = ok(await call('coord-3', 'stations.coverage', { limit: 1 }))
    expect(r).toMatchObject({ openStations: 2, covered: 3, uncoveredCount: 0, coveredShare: 1, uncovered: [], hasMore: false })
    const onlyWest = ok(await call('coord-3', 'stations.coverage', {}))
    expect(onlyWest.uncovered).toEqual([])
  })

  it('costs the caller read, one read of the open stations and one aggregate per 500 members', async () => {
    const r = await call('coord-3', 'stations.coverage', {})
    expect(r.counters.roundTrips).toBe(3)
    expect((await call('res-1', 'stations.nearby', {})).counters.roundTrips).toBe(2)
    expect((await call('coord-3', 'stations.list', {})).counters.roundTrips).toBe(2)
  })

  it("refuses another community's coordinator and residents", async () => {
    const foreign = await call('coord-1', 'stations.coverage', { communityId: 'c3' })
    expect(!foreign.ok && foreign.error.code).toBe('FORBIDDEN')
    const resident = await call('r700', 'stations.coverage', {})
    expect(!resident.ok && resident.error.code).toBe('FORBIDDEN')
  })
})

it('served every query of every station action through an index declared in the manifest', () => {
  expect(new Set(queries.map((q) => q.action))).toEqual(new Set(['stations.upsert', 'stations.nearby', 'stations.list', 'stations.coverage']))
  expect(queries.filter((q) => q.index === null).map((q) => `${q.action}: ${q.coll} ${q.kind} [${q.fields.join(', ')}]`)).toEqual([])
  expect(queries.some((q) => q.action === 'stations.coverage' && q.coll === 'addresses' && q.index === 'owner_created')).toBe(true)
  expect(queries.some((q) => q.action === 'stations.nearby' && q.index === 'location_geo')).toBe(true)
})
