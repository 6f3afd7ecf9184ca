// First-use consent to 《用户隐私保护指引》 through the router and the genuine SDK on the local cloud: an action whose
// input carries personal information (`personal: true`) is refused with CONSENT_REQUIRED, writing nothing, until
// the caller agreed to the CURRENT guide version (me.consent); the agreement is recorded once per version.
import fs from 'fs'
import path from 'path'
import type { ActionName } from '../../src/shared/contracts'
import { PRIVACY_VERSION } from '../../src/shared/privacy/guide'
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, rawApiCaller } from '../fixtures/api'
import { aCommunity, aUser, registration } from '../fixtures/people'
import { anAddress, orderInput } from '../fixtures/orders'
import { digest, snapshot } from '../fuzz/storeSnapshot'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
/** For the per-action loop (PERSONAL_INPUTS is untyped per action) and inputs the contract refuses. */
const callRaw = rawApiCaller()
const storeDigest = () => digest(snapshot(tc.store as any))
const consentsOf = (openid: string) =>
  tc.store.sql
    .prepare(`SELECT doc FROM "c_consents"`)
    .all()
    .map((r: any) => JSON.parse(r.doc))
    .filter((d: any) => d.openid === openid)
let n = 0
const consentInput = (version = PRIVACY_VERSION) => ({ version, requestId: `consent-req-${n++}` })
const PHOTO = 'cloud://local-dev.local-bucket/orders/x/photo.png'

/**
 * A valid input for every `personal` action, for a caller holding every role in community c1 (`addressId` is theirs).
 * The table-driven test fails when a personal action has no row here: add one and it is covered.
 */
const PERSONAL_INPUTS: Partial<Record<ActionName, (who: string, addressId: string) => unknown>> = {
  'volunteers.register': () => registration(),
  'volunteers.claim': () => ({ realName: '王小明', idNumber: registration().idNumber, phone: '13800138000' }),
  'users.updateProfile': () => ({ nickname: '新昵称' }),
  'users.bindPhone': () => ({ code: 'local-phone:13800000000' }),
  'addresses.add': () => ({ label: '家', detail: '文昌路1号', contactName: '张三', contactPhone: '13800000001', location: null }),
  'family.link': () => ({ relation: 'parent', memberName: '王桂兰', memberUsesPhone: true }),
  'orders.create': (_who, addressId) => orderInput(addressId, { category: 'shopping' }),
  'reports.create': () => ({
    requestId: `consent-report-${n++}`,
    category: 'other',
    description: '路灯不亮',
    photos: [PHOTO],
    location: { longitude: 114.41, latitude: 23.11 }
  }),
  'communities.updateCertificateInfo': () => ({ personInCharge: '李主任', handler: '王干事', contact: '0752-1234567' }),
  // The volunteer's own service area and location.
  'volunteers.updateProfile': () => ({ serviceArea: '文昌社区东片', serviceLocation: { longitude: 114.41, latitude: 23.11 } }),
  // 受助对象登记: a coordinator records someone else's name, phone and address.
  'beneficiaries.add': () => ({
    requestId: `consent-beneficiary-${n++}`,
    name: '王秀英',
    phone: '0752-2345678',
    address: '文昌路12号',
    tags: ['living_alone']
  }),
  'beneficiaries.update': () => ({
    requestId: `consent-beneficiary-${n++}`,
    beneficiaryId: 'no-such-beneficiary',
    version: 1,
    name: '王秀英',
    address: '文昌路12号'
  })
}

let actions: Record<string, { personal?: true }>
beforeAll(async () => {
  actions = require('../../cloudfunctions/api/src/actions').actions
  process.env.ADMIN_OPENIDS = 'all-roles-new,all-roles-old'
  await aCommunity(tc.db, 'c1', 'PRIV01', '文昌社区')
  await aUser(tc.db, 'res-new', 'c1', ['resident'], '新居民', { consented: false })
  await aUser(tc.db, 'res-ok', 'c1', ['resident'], '老居民')
  const everyRole = ['resident', 'volunteer', 'coordinator']
  await aUser(tc.db, 'all-roles-new', 'c1', everyRole, '全角色', { consented: false })
  await aUser(tc.db, 'all-roles-old', 'c1', everyRole, '旧版同意', { consented: false })
  await tc.db
    .collection('users')
    .doc('all-roles-old')
    .update({ data: { consent: { version: '2020-01-01', at: new Date('2020-01-01T00:00:00Z') } } })
})

describe('personal actions before consent', () => {
  it('volunteers.register without consent: CONSENT_REQUIRED in Chinese, nothing written', async () => {
    const before = storeDigest()
    const r = await call('res-new', 'volunteers.register', registration())
    expect(r).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED', message: '请先阅读并同意《用户隐私保护指引》' } })
    expect(storeDigest()).toBe(before)
  })

  it('users.me tells the app: no consent yet, and the current version', async () => {
    expect(await call('res-new', 'users.me', {})).toMatchObject({ ok: true, data: { consent: null, privacyVersion: PRIVACY_VERSION } })
  })

  it('every action declared personal is listed in this test, and each refuses without consent (none, or an older version) writing nothing', async () => {
    const personal = Object.keys(actions)
      .filter((a) => actions[a].personal)
      .sort()
    expect(personal.length).toBeGreaterThanOrEqual(7)
    expect(personal.filter((a) => !PERSONAL_INPUTS[a as ActionName])).toEqual([]) // a new personal action needs a row
    for (const who of ['all-roles-new', 'all-roles-old']) {
      const addressId = await anAddress(tc.db, who)
      for (const action of personal) {
        const before = storeDigest()
        const r = await callRaw(who, action, PERSONAL_INPUTS[action as ActionName]!(who, addressId))
        expect({ who, action, code: r.ok ? 'OK' : r.error.code }).toEqual({ who, action, code: 'CONSENT_REQUIRED' })
        expect(storeDigest()).toBe(before)
      }
    }
  })

  it('the app never sends a personal action before consent: each form hook for one declares `personal` (useAction)', () => {
    const dir = path.join(__dirname, '../../src/hooks')
    const calls = fs
      .readdirSync(dir)
      .flatMap((f) =>
        [...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/useAction\('([\w.]+)',\s*\{([^}]*)/g)].map((m) => ({ file: f, action: m[1], options: m[2] }))
      )
    const personal = calls.filter((c) => actions[c.action]?.personal)
    expect(personal.map((c) => c.action).sort()).toEqual(
      expect.arrayContaining([
        'addresses.add',
        'family.link',
        'orders.create',
        'reports.create',
        'users.bindPhone',
        'users.updateProfile',
        'volunteers.register'
      ])
    )
    expect(personal.filter((c) => !/personal: true/.test(c.options))).toEqual([])
  })

  it('reading is not personal: public and own reads work without consent', async () => {
    for (const [action, input] of [
      ['system.ping', {}],
      ['volunteers.me', {}],
      ['catalog.list', {}],
      ['communities.nearby', { location: { longitude: 114.41, latitude: 23.11 } }]
    ] as const) {
      const r = await call('res-new', action, input)
      expect({ action, ok: r.ok }).toEqual({ action, ok: true })
    }
  })
})

describe('me.consent', () => {
  it('records the agreement; then the same registration works and users.me reports it', async () => {
    const r = await call('res-new', 'me.consent', consentInput())
    expect(r).toMatchObject({ ok: true, data: { consent: { version: PRIVACY_VERSION, at: expect.any(String) }, privacyVersion: PRIVACY_VERSION } })
    const [record] = consentsOf('res-new')
    expect(record).toMatchObject({ openid: 'res-new', _openid: 'res-new', version: PRIVACY_VERSION })
    expect(tc.store.get('users', 'res-new')!.doc).toMatchObject({ consent: { version: PRIVACY_VERSION } })
    expect(await call('res-new', 'users.me', {})).toMatchObject({
      ok: true,
      data: { consent: { version: PRIVACY_VERSION, at: r.ok ? r.data.consent.at : '' } }
    })
    expect(await call('res-new', 'volunteers.register', registration())).toMatchObject({ ok: true, data: { status: 'pending' } })
  })

  it('a replayed or repeated agreement writes one record and keeps the first time', async () => {
    const first = await call('res-ok', 'me.consent', consentInput())
    const replay = await call('res-ok', 'me.consent', { ...consentInput(), requestId: 'consent-replay-1' }, { requestId: 'consent-replay-1' })
    const again = await call('res-ok', 'me.consent', { version: PRIVACY_VERSION, requestId: 'consent-replay-1' })
    expect(consentsOf('res-ok')).toHaveLength(1)
    expect(replay).toEqual(expect.objectContaining({ ok: true, data: first.ok ? first.data : null }))
    expect(again).toEqual(expect.objectContaining({ ok: true, data: first.ok ? first.data : null }))
  })

  it('concurrent agreements of one user still write one record', async () => {
    await aUser(tc.db, 'res-racer', 'c1', ['resident'], '并发', { consented: false })
    const replies = await Promise.all(Array.from({ length: 5 }, () => call('res-racer', 'me.consent', consentInput())))
    expect(replies.every((r) => r.ok)).toBe(true)
    expect(consentsOf('res-racer')).toHaveLength(1)
  })

  it('a user who agreed to an older version is asked again: refused, told the new version, and an old-version agreement is refused', async () => {
    expect(await call('all-roles-old', 'users.me', {})).toMatchObject({
      ok: true,
      data: { consent: { version: '2020-01-01' }, privacyVersion: PRIVACY_VERSION }
    })
    const before = storeDigest()
    expect(await call('all-roles-old', 'me.consent', consentInput('2020-01-01'))).toMatchObject({
      ok: false,
      error: { code: 'CONSENT_VERSION_OUTDATED', message: expect.stringMatching(/已更新/) }
    })
    expect(storeDigest()).toBe(before)
    expect(await call('all-roles-old', 'me.consent', consentInput())).toMatchObject({ ok: true, data: { consent: { version: PRIVACY_VERSION } } })
    expect(await call('all-roles-old', 'users.updateProfile', { nickname: '同意新版' })).toMatchObject({
      ok: true,
      data: { nickname: '同意新版', consent: { version: PRIVACY_VERSION } }
    })
    expect(consentsOf('all-roles-old').map((c: any) => c.version)).toEqual([PRIVACY_VERSION])
  })

  it('a brand-new WeChat user may agree before users.me: the user is created, consented, with the default profile', async () => {
    const r = await call('wx-first-launch', 'me.consent', consentInput())
    expect(r.ok).toBe(true)
    expect(tc.store.get('users', 'wx-first-launch')!.doc).toMatchObject({
      _openid: 'wx-first-launch',
      nickname: '微信用户',
      roles: ['resident'],
      communityId: null,
      consent: { version: PRIVACY_VERSION }
    })
    expect(await call('wx-first-launch', 'users.me', {})).toMatchObject({
      ok: true,
      data: { id: 'wx-first-launch', nickname: '微信用户', consent: { version: PRIVACY_VERSION } }
    })
    expect(await callRaw('wx-first-launch', 'addresses.add', PERSONAL_INPUTS['addresses.add']!('wx-first-launch', ''))).toMatchObject({ ok: true })
  })

  it('refuses bad input with field messages and writes nothing', async () => {
    const before = storeDigest()
    expect(await callRaw('res-new', 'me.consent', { version: PRIVACY_VERSION })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', fields: { requestId: expect.any(String) } }
    })
    expect(await call('res-new', 'me.consent', { version: '', requestId: 'consent-bad-1' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    expect(storeDigest()).toBe(before)
  })
})
