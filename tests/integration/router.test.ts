// The `api` router through the genuine wx-server-sdk on the local cloud: identity, parsing, errors, users.me.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, rawApiCaller } from '../fixtures/api'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
/** What no typed client could send: unknown actions, wrongly typed input, malformed envelopes. */
const callRaw = rawApiCaller()

describe('users.me', () => {
  it('creates the user from the caller OPENID on first call and returns the same user afterwards', async () => {
    const first = await call('wx-new-user', 'users.me', {})
    expect(first).toMatchObject({ ok: true, data: { id: 'wx-new-user', nickname: '微信用户', roles: ['resident'], community: null } })
    const stored = tc.store.get('users', 'wx-new-user')!.doc
    expect(stored._openid).toBe('wx-new-user')
    const again = await call('wx-new-user', 'users.me', {})
    expect(again.ok && again.data.createdAt).toBe(first.ok && first.data.createdAt)
    expect(again.counters.roundTrips).toBeLessThanOrEqual(3)
  })

  it('creates exactly one user when ten first calls race', async () => {
    const replies = await Promise.all(Array.from({ length: 10 }, () => call('wx-racer', 'users.me', {})))
    expect(replies.every((r) => r.ok)).toBe(true)
    const count = await tc.db.collection('users').where({ _openid: 'wx-racer' }).count()
    expect(count.total).toBe(1)
  })

  it('never returns storage-only fields such as _openid', async () => {
    const r = await call('wx-private', 'users.me', {})
    expect(r.ok && Object.keys(r.data).sort()).toEqual([
      'avatarUrl',
      'community',
      'consent',
      'createdAt',
      'id',
      'nickname',
      'privacyVersion',
      'roles',
      'uploadKey'
    ])
  })

  it('shows the community name when the user belongs to one', async () => {
    await tc.db
      .collection('communities')
      .add({ data: { _id: 'c1', name: '文昌社区', code: 'WC01', location: new tc.db.Geo.Point(114.41, 23.11), createdAt: new Date() } })
    await tc.db.collection('users').add({
      data: {
        _id: 'wx-member',
        _openid: 'wx-member',
        nickname: '张阿姨',
        avatarUrl: null,
        roles: ['resident'],
        communityId: 'c1',
        createdAt: new Date(),
        updatedAt: new Date()
      }
    })
    const r = await call('wx-member', 'users.me', {})
    expect(r).toMatchObject({ ok: true, data: { nickname: '张阿姨', community: { id: 'c1', name: '文昌社区' } } })
  })

  it('grants admin to OPENIDs listed in ADMIN_OPENIDS, without storing it', async () => {
    process.env.ADMIN_OPENIDS = 'someone-else, wx-boss'
    try {
      const r = await call('wx-boss', 'users.me', {})
      expect(r.ok && r.data.roles).toEqual(['resident', 'admin'])
      expect(tc.store.get('users', 'wx-boss')!.doc.roles).toEqual(['resident'])
    } finally {
      delete process.env.ADMIN_OPENIDS
    }
  })

  it('keeps concurrent callers apart (each sees its own OPENID)', async () => {
    const ids = ['wx-a', 'wx-b', 'wx-c', 'wx-d', 'wx-e']
    const replies = await Promise.all(ids.map((id) => call(id, 'users.me', {})))
    expect(replies.map((r) => r.ok && r.data.id)).toEqual(ids)
  })
})

describe('router errors', () => {
  it('rejects an unknown action with UNKNOWN_ACTION', async () => {
    expect(await callRaw('wx-x', 'orders.teleport', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION', message: '未知的操作' } })
  })

  it('rejects bad input with field-level Chinese messages and writes nothing', async () => {
    const before = tc.store.all('users').size
    const r = await callRaw('wx-bad-input', 'users.me', { nickname: 'x' })
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { nickname: expect.stringContaining('未知') } } })
    expect(tc.store.all('users').size).toBe(before)
  })

  it('rejects a wrongly typed field with the field path', async () => {
    const r = await callRaw('wx-x', 'system.ping', { echo: 42 })
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { echo: expect.stringMatching(/string/) } } })
  })

  it('rejects a malformed event (no action, hostile requestId)', async () => {
    expect(await callRaw('wx-x', '', {})).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    expect(await callRaw('wx-x', 'users.me', {}, { requestId: '$where' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', fields: { requestId: expect.any(String) } }
    })
  })

  it('refuses callers without an OPENID', async () => {
    expect(await call('', 'users.me', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('turns an unexpected failure into INTERNAL with a request id and no internal detail', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    tc.store.sql.exec('DROP TABLE "c_communities"') // make the next community read fail inside the SDK
    ;(tc.store as any).colls.delete('communities')
    tc.store.sql.exec("DELETE FROM _collections WHERE name = 'communities'")
    const r = await call('wx-member', 'users.me', {}, { requestId: 'req-internal-1' })
    expect(r).toEqual({ ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试', requestId: 'req-internal-1' }, counters: expect.any(Object) })
    expect(JSON.stringify(r)).not.toMatch(/collection|stack|Error|at /)
    expect(spy).toHaveBeenCalled()
    expect(String(spy.mock.calls[0][0])).not.toContain('wx-member') // logs carry no personal data
    spy.mockRestore()
  })
})
