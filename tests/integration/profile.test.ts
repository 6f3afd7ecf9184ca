// users.updateProfile and users.bindPhone through the router and the genuine SDK on the local cloud.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const stored = (openid: string) => tc.store.get('users', openid)!.doc

beforeAll(async () => {
  await aCommunity(tc.db, 'c1', 'WC01', '文昌社区')
  await aUser(tc.db, 'res-1', 'c1', ['resident'], '微信用户')
  await aUser(tc.db, 'res-2', null, ['resident'], '老张')
  await aUser(tc.db, 'res-3', null)
})

describe('users.updateProfile', () => {
  it('changes nickname and avatar and returns the MeView', async () => {
    const r = await call('res-1', 'users.updateProfile', { nickname: '  张阿姨 ', avatarUrl: 'cloud://local-dev.files/avatars/a.png' })
    expect(r).toEqual(
      expect.objectContaining({
        ok: true,
        data: expect.objectContaining({
          id: 'res-1',
          nickname: '张阿姨',
          avatarUrl: 'cloud://local-dev.files/avatars/a.png',
          community: { id: 'c1', name: '文昌社区' }
        })
      })
    )
    expect(stored('res-1')).toMatchObject({ nickname: '张阿姨', avatarUrl: 'cloud://local-dev.files/avatars/a.png' })
    expect(await call('res-1', 'users.me', {})).toMatchObject({ ok: true, data: { nickname: '张阿姨' } })
  })

  it('refuses a risky nickname with CONTENT_RISKY on the field and writes nothing', async () => {
    const before = JSON.stringify(stored('res-2'))
    const r = await call('res-2', 'users.updateProfile', { nickname: '赌博大王', avatarUrl: 'https://example.com/x.png' })
    expect(r).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY', fields: { nickname: expect.stringMatching(/[\u4e00-\u9fa5]/) } } })
    expect(JSON.stringify(stored('res-2'))).toBe(before) // not even the (harmless) avatar
  })

  it('refuses bad input with field messages: empty or long nickname, a non-cloud avatar', async () => {
    const before = JSON.stringify(stored('res-2'))
    expect(await call('res-2', 'users.updateProfile', { nickname: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', fields: { nickname: '请填写昵称' } }
    })
    expect(await call('res-2', 'users.updateProfile', { nickname: '长'.repeat(21) })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', fields: { nickname: '昵称最多20个字' } }
    })
    expect(await call('res-2', 'users.updateProfile', { avatarUrl: 'http://evil.example/x.png' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', fields: { avatarUrl: '头像地址不正确' } }
    })
    expect(JSON.stringify(stored('res-2'))).toBe(before)
  })

  it('is refused to an OPENID that has no user yet (users.me creates it first)', async () => {
    expect(await call('wx-stranger', 'users.updateProfile', { nickname: '新人' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(tc.store.get('users', 'wx-stranger')).toBeUndefined()
  })
})

describe('users.bindPhone', () => {
  it('exchanges the button code for the number, stores it with a keyed hash and replies masked', async () => {
    const r = await call('res-2', 'users.bindPhone', { code: 'local-phone:13800138000' })
    expect(r).toMatchObject({ ok: true, data: { phoneMasked: '138****8000' } })
    expect(Object.keys((r as any).data)).toEqual(['phoneMasked'])
    const doc = stored('res-2')
    expect(doc.phone).toBe('13800138000')
    expect(doc.phoneHash).toMatch(/^[0-9a-f]{64}$/)
    const again = await call('res-1', 'users.bindPhone', { code: 'local-phone:13800138000' })
    expect(again.ok).toBe(true)
    expect(stored('res-1').phoneHash).toBe(doc.phoneHash) // same number, same lookup key (index phone_hash)
  })

  it('answers PHONE_CODE_INVALID for a code WeChat does not accept, storing nothing', async () => {
    const before = JSON.stringify(stored('res-3'))
    const r = await call('res-3', 'users.bindPhone', { code: 'expired-or-forged' })
    expect(r).toMatchObject({ ok: false, error: { code: 'PHONE_CODE_INVALID', message: '手机号授权已失效，请重新授权', fields: { code: expect.any(String) } } })
    expect(JSON.stringify(stored('res-3'))).toBe(before)
  })
})
