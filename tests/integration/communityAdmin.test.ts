// 社区管理 through the router and the genuine SDK on the local cloud: a street admin edits the communities of their
// street (a coordinator only address, point and 常住人口; another street's admin and residents nothing), codes stay
// unique, edits are conditional and replay-safe; coordinators are listed, found by nickname, removed (never the
// last); the join 小程序码 is a real QR PNG that decodes to the community code, generated once per code; a resident
// who scans it joins by the scene. Every refusal leaves the store as it was.
import fs from 'fs'
import path from 'path'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectOk as must, expectFail } from '../fixtures/api'
import { aUser } from '../fixtures/people'
import { JOIN_PAGE, joinCodeFromScene } from '../../src/shared/domain/communityAdmin'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const all = (coll: string) => [...tc.store.all(coll).values()].map((r) => r.doc as any)
const snapshot = (...colls: string[]) => JSON.stringify(colls.map(all))
const community = (id: string) => tc.store.get('communities', id)!.doc as any
const audits = (action: string) => all('audit_logs').filter((a) => a.action === action)
const place = { longitude: 114.41, latitude: 23.11 }
const ADMIN = 'plat-admin'
const ids = { s1: '', s2: '', c1: '', c2: '', coordinator: '' }

/** The PNG behind a temp URL of the local storage, decoded as a QR code (null when it is none). */
function decodeQr(url: string): string | null {
  const rel = decodeURIComponent(new URL(url).pathname.replace(/^\/files\//, ''))
  const png = PNG.sync.read(fs.readFileSync(path.join(tc.dataDir, 'files', rel)))
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null
}

const edit = (c: { id: string; version: number }, over: Record<string, unknown> = {}, requestId = `edit-${Math.random().toString(36).slice(2, 10)}`) => ({
  communityId: c.id,
  version: c.version,
  requestId,
  name: '江北一社区',
  code: 'JB0001',
  address: '江北街道一路1号',
  location: place,
  population: 1000,
  ...over
})

beforeAll(async () => {
  process.env.ADMIN_OPENIDS = ADMIN
  for (const u of [ADMIN, 'sadmin-1', 'sadmin-2', 'coord-1', 'coord-2', 'coord-3', 'res-1', 'scanner'])
    await aUser(tc.db, u, null, ['resident'], u === 'coord-2' ? '王.*阿姨' : u)
  ids.s1 = must(await call(ADMIN, 'streets.create', { requestId: 'street-one-1', name: '江北街道' })).id
  ids.s2 = must(await call(ADMIN, 'streets.create', { requestId: 'street-two-1', name: '河南岸街道' })).id
  must(await call(ADMIN, 'streets.appointAdmin', { streetId: ids.s1, userId: 'sadmin-1' }))
  must(await call(ADMIN, 'streets.appointAdmin', { streetId: ids.s2, userId: 'sadmin-2' }))
  ids.c1 = must(await call('sadmin-1', 'communities.create', { name: '江北一社区', code: 'JB0001', address: '江北', location: place })).id
  ids.c2 = must(await call('sadmin-2', 'communities.create', { name: '河南岸社区', code: 'HN0001', address: '河南岸', location: place })).id
  for (const u of ['coord-1', 'coord-2', 'coord-3', 'res-1']) must(await call(u, 'communities.join', { code: 'JB0001' }))
  must(await call('sadmin-1', 'communities.appointCoordinator', { communityId: ids.c1, userId: 'coord-1' }))
})
afterAll(() => {
  delete process.env.ADMIN_OPENIDS
})

describe('communities.get / communities.update', () => {
  it('a replayed create (same caller and requestId) returns the community it made; another caller gets CODE_TAKEN', async () => {
    const input = { name: '重放社区', code: 'JB0099', address: '江北', location: place }
    const first = must(await call('sadmin-1', 'communities.create', input, { requestId: 'create-replay-1' }))
    const before = snapshot('communities', 'audit_logs')
    expect(must(await call('sadmin-1', 'communities.create', input, { requestId: 'create-replay-1' }))).toEqual(first)
    expect(expectFail(await call('sadmin-1', 'communities.create', input, { requestId: 'create-replay-2' })).code).toBe('COMMUNITY_CODE_TAKEN')
    expect(expectFail(await call(ADMIN, 'communities.create', input, { requestId: 'create-replay-1' })).code).toBe('COMMUNITY_CODE_TAKEN')
    expect(snapshot('communities', 'audit_logs')).toBe(before)
  })

  it('lets the street admin edit every field, conditional on the version, audited with what changed', async () => {
    const c = must(await call('sadmin-1', 'communities.get', { communityId: ids.c1 }))
    expect(c).toMatchObject({ code: 'JB0001', version: 0, population: null, location: place, streetId: ids.s1, canEditIdentity: true })
    const moved = { longitude: 114.42, latitude: 23.12 }
    const saved = must(
      await call('sadmin-1', 'communities.update', edit(c, { name: '江北文昌社区', code: 'jb0101', location: moved, population: 5200 }, 'edit-first-1'))
    )
    expect(saved).toMatchObject({ name: '江北文昌社区', code: 'JB0101', location: moved, population: 5200, version: 1 })
    expect(community(ids.c1)).toMatchObject({ code: 'JB0101', location: { type: 'Point', coordinates: [114.42, 23.12] }, version: 1 })
    const [entry] = audits('communities.update')
    expect(entry).toMatchObject({
      actorOpenid: 'sadmin-1',
      communityId: ids.c1,
      before: { code: 'JB0001', population: null },
      after: { code: 'JB0101', population: 5200 }
    })
    expect(Object.keys(entry.after).sort()).toEqual(['address', 'code', 'location', 'name', 'population'])
    // A replay of the landed edit returns it and writes nothing; a stale version is CONFLICT and changes nothing.
    const before = snapshot('communities', 'audit_logs')
    expect(
      must(await call('sadmin-1', 'communities.update', edit(c, { name: '江北文昌社区', code: 'jb0101', location: moved, population: 5200 }, 'edit-first-1')))
    ).toEqual(saved)
    expect(expectFail(await call('sadmin-1', 'communities.update', edit(c, { name: '别的名字' }))).code).toBe('CONFLICT')
    expect(snapshot('communities', 'audit_logs')).toBe(before)
    // The old code no longer joins; the new one does.
    expect(expectFail(await call('scanner', 'communities.join', { code: 'JB0001' })).code).toBe('NOT_FOUND')
  })

  it('keeps codes unique and refuses bad input with field messages, storing nothing', async () => {
    const c = must(await call(ADMIN, 'communities.get', { communityId: ids.c1 }))
    const before = snapshot('communities', 'audit_logs')
    expect(expectFail(await call('sadmin-1', 'communities.update', edit(c, { name: c.name, code: 'HN0001' })))).toMatchObject({
      code: 'COMMUNITY_CODE_TAKEN',
      fields: { code: '该社区编码已被使用' }
    })
    expect(expectFail(await call('sadmin-1', 'communities.update', edit(c, { code: 'ab', name: '', population: 0 })))).toMatchObject({
      code: 'BAD_INPUT',
      fields: { code: '社区编码为4–8位大写字母或数字', name: '请填写社区名称', population: '常住人口至少为1' }
    })
    expect(expectFail(await call('sadmin-1', 'communities.update', edit(c, { name: '赌博社区', code: c.code }))).code).toBe('CONTENT_RISKY')
    expect(snapshot('communities', 'audit_logs')).toBe(before)
  })

  it('lets the community’s coordinator change address, point and 常住人口 only; others nothing', async () => {
    const c = must(await call('coord-1', 'communities.get', { communityId: ids.c1 }))
    expect(c.canEditIdentity).toBe(false)
    const same = { name: c.name, code: c.code }
    const before = snapshot('communities', 'audit_logs')
    expect(expectFail(await call('coord-1', 'communities.update', edit(c, { ...same, name: '改名社区' })))).toMatchObject({
      code: 'FORBIDDEN',
      fields: { name: expect.any(String) }
    })
    expect(expectFail(await call('sadmin-2', 'communities.update', edit(c, same))).code).toBe('FORBIDDEN')
    expect(expectFail(await call('sadmin-2', 'communities.get', { communityId: ids.c1 })).code).toBe('FORBIDDEN')
    expect(expectFail(await call('res-1', 'communities.update', edit(c, same))).code).toBe('FORBIDDEN')
    expect(expectFail(await call('res-1', 'communities.get', { communityId: ids.c1 })).code).toBe('FORBIDDEN')
    expect(expectFail(await call('coord-1', 'communities.get', { communityId: ids.c2 })).code).toBe('FORBIDDEN')
    expect(snapshot('communities', 'audit_logs')).toBe(before)
    const saved = must(await call('coord-1', 'communities.update', edit(c, { ...same, address: '江北街道文昌一路9号', population: 6100 })))
    expect(saved).toMatchObject({ address: '江北街道文昌一路9号', population: 6100, version: c.version + 1 })
    expect(audits('communities.update').at(-1)).toMatchObject({ actorOpenid: 'coord-1', after: { address: '江北街道文昌一路9号', population: 6100 } })
  })
})

describe('coordinators', () => {
  it('lists them for managers only and finds members by nickname (literally) for the street', async () => {
    expect(must(await call('sadmin-1', 'communities.coordinators', { communityId: ids.c1 })).coordinators.map((c) => c.userId)).toEqual(['coord-1'])
    expect(must(await call('coord-1', 'communities.coordinators', { communityId: ids.c1 })).coordinators).toHaveLength(1)
    expect(must(await call(ADMIN, 'communities.coordinators', { communityId: ids.c1 })).coordinators).toHaveLength(1)
    for (const who of ['sadmin-2', 'res-1']) expect(expectFail(await call(who, 'communities.coordinators', { communityId: ids.c1 })).code).toBe('FORBIDDEN')
    const found = must(await call('sadmin-1', 'communities.members', { communityId: ids.c1, query: 'COORD' })).members
    expect(found.map((m) => [m.userId, m.isCoordinator]).sort()).toEqual([
      ['coord-1', true],
      ['coord-3', false]
    ])
    // Regex characters are literal: '.*' finds only the nickname containing it.
    expect(must(await call('sadmin-1', 'communities.members', { communityId: ids.c1, query: '.*' })).members.map((m) => m.userId)).toEqual(['coord-2'])
    for (const who of ['coord-1', 'sadmin-2'])
      expect(expectFail(await call(who, 'communities.members', { communityId: ids.c1, query: 'coord' })).code).toBe('FORBIDDEN')
    expect(expectFail(await call('sadmin-1', 'communities.members', { communityId: ids.c1, query: ' ' }))).toMatchObject({
      code: 'BAD_INPUT',
      fields: { query: '请输入昵称' }
    })
  })

  it('never removes the last coordinator; removes another once a successor is appointed (audited, replay-safe)', async () => {
    let before = snapshot('users', 'communities', 'audit_logs')
    expect(expectFail(await call('sadmin-1', 'communities.removeCoordinator', { communityId: ids.c1, userId: 'coord-1' })).code).toBe('LAST_COORDINATOR')
    expect(expectFail(await call('sadmin-2', 'communities.removeCoordinator', { communityId: ids.c1, userId: 'coord-1' })).code).toBe('FORBIDDEN')
    expect(expectFail(await call('coord-1', 'communities.removeCoordinator', { communityId: ids.c1, userId: 'coord-1' })).code).toBe('FORBIDDEN')
    expect(expectFail(await call('res-1', 'communities.removeCoordinator', { communityId: ids.c1, userId: 'coord-1' })).code).toBe('FORBIDDEN')
    expect(snapshot('users', 'communities', 'audit_logs')).toBe(before)
    must(await call('sadmin-1', 'communities.appointCoordinator', { communityId: ids.c1, userId: 'coord-2' }))
    expect(must(await call('sadmin-1', 'communities.removeCoordinator', { communityId: ids.c1, userId: 'coord-1' })).roles).toEqual(['resident'])
    expect(tc.store.get('users', 'coord-1')!.doc).toMatchObject({ roles: ['resident'], communityId: ids.c1 })
    expect(audits('communities.removeCoordinator')).toHaveLength(1)
    before = snapshot('users', 'communities', 'audit_logs')
    expect(must(await call('sadmin-1', 'communities.removeCoordinator', { communityId: ids.c1, userId: 'coord-1' })).roles).toEqual(['resident'])
    expect(snapshot('users', 'communities', 'audit_logs')).toBe(before)
  })

  it('of two removals racing for the last two coordinators, one is refused', async () => {
    must(await call('sadmin-1', 'communities.appointCoordinator', { communityId: ids.c1, userId: 'coord-3' }))
    const replies = await Promise.all(
      ['coord-2', 'coord-3'].map((userId) => call('sadmin-1', 'communities.removeCoordinator', { communityId: ids.c1, userId }))
    )
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    expect(['CONFLICT', 'LAST_COORDINATOR']).toContain(expectFail(replies.find((r) => !r.ok)!).code)
    const left = must(await call(ADMIN, 'communities.coordinators', { communityId: ids.c1 })).coordinators
    expect(left).toHaveLength(1)
    ids.coordinator = left[0].userId
  })
})

describe('communities.joinQr', () => {
  it('returns a PNG QR code that decodes to the community code, generated once per code', async () => {
    const real = tc.cloud.openapi.wxacode.getUnlimited
    const asked: any[] = []
    tc.cloud.openapi.wxacode.getUnlimited = (params: any) => (asked.push(params), real(params))
    try {
      const qr = must(await call('sadmin-1', 'communities.joinQr', { communityId: ids.c1 }))
      expect(qr).toMatchObject({ communityId: ids.c1, code: 'JB0101', name: '江北文昌社区', page: JOIN_PAGE })
      expect(decodeQr(qr.url)).toBe('JB0101')
      expect(asked).toEqual([expect.objectContaining({ scene: 'JB0101', page: JOIN_PAGE })])
      const again = must(await call(ids.coordinator, 'communities.joinQr', { communityId: ids.c1 }))
      expect(again.url).toBe(qr.url)
      expect(asked).toHaveLength(1) // cached: no second image
      // A new code makes a new image, for the new code.
      const c = must(await call('sadmin-1', 'communities.get', { communityId: ids.c1 }))
      must(await call('sadmin-1', 'communities.update', edit(c, { name: c.name, code: 'JB0102', address: c.address, population: c.population })))
      const renewed = must(await call('sadmin-1', 'communities.joinQr', { communityId: ids.c1 }))
      expect(decodeQr(renewed.url)).toBe('JB0102')
      expect(asked).toHaveLength(2)
      // Each code's first image is audited once, however often the poster is opened.
      expect(audits('communities.joinQr').map((a) => a.after.code)).toEqual(['JB0101', 'JB0102'])
    } finally {
      tc.cloud.openapi.wxacode.getUnlimited = real
    }
    const before = snapshot('communities')
    for (const who of ['sadmin-2', 'res-1']) expect(expectFail(await call(who, 'communities.joinQr', { communityId: ids.c1 })).code).toBe('FORBIDDEN')
    expect(expectFail(await call(ADMIN, 'communities.joinQr', { communityId: 'no-such-community' })).code).toBe('NOT_FOUND')
    expect(snapshot('communities')).toBe(before)
  })

  it('the local getUnlimited answers as WeChat does: an image reply, or its error codes', async () => {
    const r = await tc.cloud.openapi.wxacode.getUnlimited({ scene: 'AB12', page: JOIN_PAGE })
    expect(r).toMatchObject({ contentType: 'image/png', errCode: 0, errMsg: 'openapi.wxacode.getUnlimited:ok' })
    expect(r.buffer.subarray(1, 4).toString()).toBe('PNG')
    await expect(tc.cloud.openapi.wxacode.getUnlimited({ scene: 'x'.repeat(33) })).rejects.toMatchObject({ errCode: 40169 })
    await expect(tc.cloud.openapi.wxacode.getUnlimited({ scene: 'AB12', page: `/${JOIN_PAGE}` })).rejects.toMatchObject({ errCode: 41030 })
  })

  it('a resident who scans it joins by the scene', async () => {
    const code = joinCodeFromScene(encodeURIComponent('jb0102'))
    expect(code).toBe('JB0102')
    expect(joinCodeFromScene('%E0%A4%A')).toBeNull()
    expect(joinCodeFromScene('a=1&b=2')).toBeNull()
    expect(must(await call('scanner', 'communities.join', { code: code! })).id).toBe(ids.c1)
    expect(tc.store.get('users', 'scanner')!.doc.communityId).toBe(ids.c1)
  })
})
