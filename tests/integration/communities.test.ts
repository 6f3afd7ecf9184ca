// communities.* and addresses.* through the router and the genuine SDK on the local cloud.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const user = (openid: string) => tc.store.get('users', openid)!.doc
const all = (coll: string) => [...tc.store.all(coll).values()].map((r) => r.doc)
const snapshot = (...colls: string[]) => JSON.stringify(colls.map(all))
const place = (longitude: number, latitude: number) => ({ longitude, latitude })

beforeAll(async () => {
  await aCommunity(tc.db, 'c1', 'WC01', '文昌社区')
  await aCommunity(tc.db, 'c2', 'XH02', '下角社区')
  await aUser(tc.db, 'admin-1', null, ['resident', 'admin'])
  await aUser(tc.db, 'coord-1', 'c1', ['resident', 'coordinator'])
  for (let i = 1; i <= 9; i++) await aUser(tc.db, `res-${i}`, i <= 5 ? 'c1' : null)
})

describe('communities.create', () => {
  it('lets an admin create a community with a GeoJSON location', async () => {
    const r = await call('admin-1', 'communities.create', {
      name: '江北街道新村社区',
      code: 'JBXC01',
      address: '惠州市惠城区江北街道',
      location: place(114.42, 23.12)
    })
    expect(r).toMatchObject({ ok: true, data: { name: '江北街道新村社区', code: 'JBXC01', address: '惠州市惠城区江北街道', id: expect.any(String) } })
    expect(tc.store.get('communities', (r as any).data.id)!.doc).toMatchObject({
      location: { type: 'Point', coordinates: [114.42, 23.12] },
      createdBy: 'admin-1'
    })
  })

  it('refuses a taken code with COMMUNITY_CODE_TAKEN, and of five racing creates exactly one wins', async () => {
    const input = (code: string) => ({ name: '重名社区', code, address: '某街道', location: place(114.4, 23.1) })
    expect(await call('admin-1', 'communities.create', input('WC01'))).toMatchObject({
      ok: false,
      error: { code: 'COMMUNITY_CODE_TAKEN', fields: { code: '该社区编码已被使用' } }
    })
    const replies = await Promise.all(Array.from({ length: 5 }, () => call('admin-1', 'communities.create', input('RACE01'))))
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    expect(replies.filter((r) => !r.ok).map((r: any) => r.error.code)).toEqual(Array(4).fill('COMMUNITY_CODE_TAKEN'))
    expect(all('communities').filter((c) => c.code === 'RACE01')).toHaveLength(1)
  })

  it('is refused to residents and coordinators (FORBIDDEN), and checks text and input', async () => {
    const before = snapshot('communities')
    const input = { name: '另一个社区', code: 'ZZ0001', address: '某街道', location: place(114.4, 23.1) }
    expect(await call('res-1', 'communities.create', input)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call('coord-1', 'communities.create', input)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call('admin-1', 'communities.create', { ...input, name: '赌博社区' })).toMatchObject({
      ok: false,
      error: { code: 'CONTENT_RISKY', fields: { name: expect.any(String) } }
    })
    expect(await call('admin-1', 'communities.create', { ...input, code: 'zz-1' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', fields: { code: '社区编码为4–8位大写字母或数字' } }
    })
    expect(snapshot('communities')).toBe(before)
  })
})

describe('communities.nearby', () => {
  beforeAll(async () => {
    await call('admin-1', 'communities.create', { name: '近处社区', code: 'NEAR01', address: '甲', location: place(113.3001, 23.0001) })
    await call('admin-1', 'communities.create', { name: '稍远社区', code: 'NEAR02', address: '乙', location: place(113.31, 23.0) })
    await call('admin-1', 'communities.create', { name: '远处社区', code: 'NEAR03', address: '丙', location: place(113.4, 23.0) })
  })

  it('lists communities within the radius, nearest first, with the distance in whole metres — to anyone', async () => {
    const r = await call('wx-not-yet-a-user', 'communities.nearby', { location: place(113.3, 23.0), radiusMeters: 2000 })
    expect(r.ok).toBe(true)
    const found = (r as any).data.communities
    expect(found.map((c: any) => c.code)).toEqual(['NEAR01', 'NEAR02'])
    expect(found[0].distanceMeters).toBeGreaterThan(5)
    expect(found[0].distanceMeters).toBeLessThan(20)
    expect(found[1].distanceMeters).toBeGreaterThan(1000)
    expect(found[1].distanceMeters).toBeLessThan(1050)
    expect(Number.isInteger(found[1].distanceMeters)).toBe(true)
    const wider = await call('res-1', 'communities.nearby', { location: place(113.3, 23.0), radiusMeters: 20000 })
    expect((wider as any).data.communities.map((c: any) => c.code)).toEqual(['NEAR01', 'NEAR02', 'NEAR03'])
  })
})

describe('communities.join', () => {
  const audits = (openid: string) => all('audit_logs').filter((a) => a.targetId === openid && a.action === 'communities.join')

  it('joins by code (any case), records the membership and audits it', async () => {
    const r = await call('res-6', 'communities.join', { code: ' wc01 ' })
    expect(r).toMatchObject({ ok: true, data: { id: 'c1', code: 'WC01', name: '文昌社区' } })
    expect(user('res-6').communityId).toBe('c1')
    expect(audits('res-6')).toEqual([
      expect.objectContaining({ actorOpenid: 'res-6', before: { communityId: null, roles: ['resident'] }, after: { communityId: 'c1', roles: ['resident'] } })
    ])
    expect(await call('res-6', 'communities.join', { code: 'WC01' })).toMatchObject({ ok: true })
    expect(audits('res-6')).toHaveLength(1) // joining one's own community again changes nothing
  })

  it('answers NOT_FOUND on the field for an unknown code, writing nothing', async () => {
    const before = snapshot('users', 'audit_logs')
    expect(await call('res-7', 'communities.join', { code: 'NOPE99' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', fields: { code: expect.stringMatching(/社区编码/) } }
    })
    expect(snapshot('users', 'audit_logs')).toBe(before)
  })

  it('moves a coordinator-volunteer: community-bound roles and old teams end, audited in the same transaction', async () => {
    await aUser(tc.db, 'mover', 'c1', ['resident', 'volunteer', 'coordinator'])
    const team = await call('mover', 'teams.create', { name: '文昌青年队', kind: 'youth' })
    const teamId = (team as any).data.id
    expect(await call('mover', 'teams.join', { teamId })).toMatchObject({ ok: true, data: { memberCount: 1, joined: true } })
    const r = await call('mover', 'communities.join', { code: 'XH02' })
    expect(r).toMatchObject({ ok: true, data: { id: 'c2' } })
    expect(user('mover')).toMatchObject({ communityId: 'c2', roles: ['resident'] })
    expect(tc.store.get('teams', teamId)!.doc.memberCount).toBe(0)
    expect(tc.store.get('team_members', `${teamId}:mover`)).toBeUndefined()
    expect(audits('mover')).toEqual([
      expect.objectContaining({
        actorOpenid: 'mover',
        targetType: 'user',
        requestId: expect.any(String),
        at: expect.any(Date),
        before: { communityId: 'c1', roles: ['resident', 'volunteer', 'coordinator'] },
        after: { communityId: 'c2', roles: ['resident'] }
      })
    ])
    const me = await call('mover', 'users.me', {})
    expect(me).toMatchObject({ ok: true, data: { roles: ['resident'], community: { id: 'c2', name: '下角社区' } } })
    expect(await call('mover', 'teams.create', { name: '下角队', kind: 'youth' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('needs a user first (users.me creates it)', async () => {
    expect(await call('wx-stranger', 'communities.join', { code: 'WC01' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('communities.appointCoordinator', () => {
  it('lets an admin make a member of the community its coordinator, audited; repeating changes nothing', async () => {
    const r = await call('admin-1', 'communities.appointCoordinator', { communityId: 'c1', userId: 'res-2' })
    expect(r).toEqual(expect.objectContaining({ ok: true, data: { userId: 'res-2', roles: ['resident', 'coordinator'] } }))
    expect(user('res-2').roles).toEqual(['resident', 'coordinator'])
    const entries = () => all('audit_logs').filter((a) => a.action === 'communities.appointCoordinator' && a.targetId === 'res-2')
    expect(entries()).toEqual([
      expect.objectContaining({ actorOpenid: 'admin-1', before: { roles: ['resident'] }, after: { roles: ['resident', 'coordinator'], communityId: 'c1' } })
    ])
    expect(await call('admin-1', 'communities.appointCoordinator', { communityId: 'c1', userId: 'res-2' })).toMatchObject({ ok: true })
    expect(entries()).toHaveLength(1)
    expect((await call('res-2', 'teams.list', {})).ok).toBe(true)
  })

  it('refuses a user of another community (NOT_IN_COMMUNITY) and unknown ids, changing nothing', async () => {
    const before = snapshot('users', 'audit_logs')
    expect(await call('admin-1', 'communities.appointCoordinator', { communityId: 'c2', userId: 'res-3' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_IN_COMMUNITY', fields: { userId: expect.any(String) } }
    })
    expect(await call('admin-1', 'communities.appointCoordinator', { communityId: 'c1', userId: 'res-8' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_IN_COMMUNITY' }
    })
    expect(await call('admin-1', 'communities.appointCoordinator', { communityId: 'nope', userId: 'res-3' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', fields: { communityId: expect.any(String) } }
    })
    expect(await call('admin-1', 'communities.appointCoordinator', { communityId: 'c1', userId: 'ghost' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', fields: { userId: expect.any(String) } }
    })
    expect(snapshot('users', 'audit_logs')).toBe(before)
  })

  it('is an admin action: a resident or a coordinator calling it gets FORBIDDEN', async () => {
    const before = snapshot('users', 'audit_logs')
    expect(await call('res-3', 'communities.appointCoordinator', { communityId: 'c1', userId: 'res-3' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(await call('coord-1', 'communities.appointCoordinator', { communityId: 'c1', userId: 'res-4' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(snapshot('users', 'audit_logs')).toBe(before)
  })
})

describe('addresses', () => {
  const address = (n: number) => ({
    label: `地址${n}`,
    detail: `江北街道文昌路${n}号`,
    contactName: '张阿姨',
    contactPhone: '13800138000',
    location: n % 2 ? place(114.41, 23.11) : null
  })

  it('adds, lists (newest first, with location) and removes the own addresses', async () => {
    const a = await call('res-4', 'addresses.add', address(1))
    expect(a).toMatchObject({ ok: true, data: { label: '地址1', location: { longitude: 114.41, latitude: 23.11 } } })
    await new Promise((r) => setTimeout(r, 5))
    await call('res-4', 'addresses.add', address(2))
    const listed = await call('res-4', 'addresses.list', {})
    expect((listed as any).data.addresses.map((x: any) => [x.label, x.location])).toEqual([
      ['地址2', null],
      ['地址1', { longitude: 114.41, latitude: 23.11 }]
    ])
    expect(await call('res-4', 'addresses.remove', { addressId: (a as any).data.id })).toMatchObject({ ok: true, data: { removed: true } })
    expect(((await call('res-4', 'addresses.list', {})) as any).data.addresses.map((x: any) => x.label)).toEqual(['地址2'])
  })

  it("never reaches someone else's addresses", async () => {
    const mine = await call('res-5', 'addresses.add', address(3))
    expect(((await call('res-3', 'addresses.list', {})) as any).data.addresses).toEqual([])
    expect(await call('res-3', 'addresses.remove', { addressId: (mine as any).data.id })).toMatchObject({ ok: true, data: { removed: false } })
    expect(tc.store.get('addresses', (mine as any).data.id)).toBeDefined()
  })

  it('keeps at most 10, even when twelve adds race; the eleventh is LIMIT_REACHED', async () => {
    const replies = await Promise.all(Array.from({ length: 12 }, (_, i) => call('res-9', 'addresses.add', address(i))))
    expect(replies.filter((r) => r.ok)).toHaveLength(10)
    expect(replies.filter((r) => !r.ok).map((r: any) => r.error.code)).toEqual(['LIMIT_REACHED', 'LIMIT_REACHED'])
    expect(all('addresses').filter((a) => a.ownerOpenid === 'res-9')).toHaveLength(10)
    expect(await call('res-9', 'addresses.add', address(99))).toMatchObject({
      ok: false,
      error: { code: 'LIMIT_REACHED', fields: { _: expect.stringMatching(/10/) } }
    })
  })

  it('refuses bad input with field messages, writing nothing', async () => {
    const before = snapshot('addresses')
    expect(await call('res-3', 'addresses.add', { ...address(1), contactPhone: '12345' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', fields: { contactPhone: '请输入11位手机号码' } }
    })
    expect(await call('res-3', 'addresses.add', { ...address(1), detail: '' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', fields: { detail: '请填写详细地址' } }
    })
    expect(snapshot('addresses')).toBe(before)
  })
})
