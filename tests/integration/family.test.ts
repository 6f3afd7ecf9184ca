// family.* (家人代办) through the router and the genuine SDK on the local cloud.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectOk, present, rawApiCaller } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
/** For inputs the contract refuses. */
const callRaw = rawApiCaller()
const all = (coll: string) => [...tc.store.all(coll).values()].map((r) => r.doc)
const snapshot = (...colls: string[]) => JSON.stringify(colls.map(all))
const link = (id: string) => tc.store.get('family_links', id)!.doc
const asksFor = (memberUsesPhone: boolean, memberName = '王秀英') => ({ relation: 'parent' as const, memberName, memberUsesPhone })

beforeAll(async () => {
  await aCommunity(tc.db, 'c1', 'WC01')
  await aCommunity(tc.db, 'c2', 'XH02')
  await aUser(tc.db, 'coord-1', 'c1', ['resident', 'coordinator'])
  await aUser(tc.db, 'coord-1b', 'c1', ['resident', 'coordinator'])
  await aUser(tc.db, 'coord-2', 'c2', ['resident', 'coordinator'])
  for (let i = 1; i <= 6; i++) await aUser(tc.db, `res-${i}`, 'c1')
  await aUser(tc.db, 'mum', 'c2')
  await aUser(tc.db, 'homeless', null)
})

describe('a member who uses WeChat confirms with the code', () => {
  let linkId = ''
  let code = ''

  it('family.link makes a pending_member link whose 6-digit code only the requester sees', async () => {
    const r = await call('res-1', 'family.link', { ...asksFor(true), memberPhone: '13712345678' })
    expect(r).toMatchObject({
      ok: true,
      data: { relation: 'parent', memberName: '王秀英', status: 'pending_member', confirmCode: expect.stringMatching(/^\d{6}$/), iAm: 'requester' }
    })
    linkId = expectOk(r).id
    code = present(expectOk(r).confirmCode)
    expect(link(linkId)).toMatchObject({ requesterOpenid: 'res-1', communityId: 'c1', memberOpenid: null, memberPhone: '13712345678' })
    expect(expectOk(await call('res-1', 'family.list', {})).links).toEqual([expect.objectContaining({ id: linkId, confirmCode: code })])
    expect(expectOk(await call('coord-1', 'family.list', {})).links).toEqual([]) // not waiting for a coordinator
  })

  it('a wrong code is CONFIRM_CODE_INVALID and changes nothing', async () => {
    const wrong = code === '000000' ? '000001' : '000000'
    const before = snapshot('family_links', 'users')
    expect(await call('mum', 'family.confirm', { code: wrong })).toMatchObject({
      ok: false,
      error: { code: 'CONFIRM_CODE_INVALID', message: '确认码不正确或已失效', fields: { code: expect.any(String) } }
    })
    expect(await call('mum', 'family.confirm', { code: '12345' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', fields: { code: '请输入6位确认码' } }
    })
    expect(snapshot('family_links', 'users')).toBe(before)
  })

  it('the requester cannot confirm their own link', async () => {
    const before = snapshot('family_links')
    expect(await call('res-1', 'family.confirm', { code })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', fields: { code: expect.any(String) } } })
    expect(snapshot('family_links')).toBe(before)
  })

  it('the member confirms (from any community): the link is active for them; the code is used up', async () => {
    const r = await call('mum', 'family.confirm', { code })
    expect(r).toMatchObject({ ok: true, data: { id: linkId, status: 'active', confirmCode: null, iAm: 'member' } })
    expect(link(linkId)).toMatchObject({ status: 'active', memberOpenid: 'mum', confirmCode: null })
    // Each side learns the other as a counterpart it may transfer hours to: the member by the name given, the
    // requester by their nickname (the fixture's nickname is the openid).
    expect(expectOk(await call('mum', 'family.list', {})).links).toEqual([
      expect.objectContaining({ id: linkId, iAm: 'member', confirmCode: null, counterpart: { userId: 'res-1', name: 'res-1' } })
    ])
    expect(expectOk(await call('res-1', 'family.list', {})).links).toEqual([
      expect.objectContaining({ id: linkId, iAm: 'requester', status: 'active', confirmCode: null, counterpart: { userId: 'mum', name: expect.any(String) } })
    ])
    expect(await call('res-2', 'family.confirm', { code })).toMatchObject({ ok: false, error: { code: 'CONFIRM_CODE_INVALID' } })
  })

  it('an expired code is CONFIRM_CODE_INVALID', async () => {
    const r = await call('res-3', 'family.link', asksFor(true, '李建国'))
    const id = expectOk(r).id
    await tc.db
      .collection('family_links')
      .doc(id)
      .update({ data: { codeExpiresAt: new Date(Date.now() - 1000) } })
    expect(await call('res-4', 'family.confirm', { code: present(expectOk(r).confirmCode) })).toMatchObject({
      ok: false,
      error: { code: 'CONFIRM_CODE_INVALID' }
    })
    expect(link(id)).toMatchObject({ status: 'pending_member', memberOpenid: null })
  })

  it('two people typing the same code at once: exactly one becomes the member', async () => {
    const r = await call('res-5', 'family.link', asksFor(true, '赵桂兰'))
    const replies = await Promise.all(['res-2', 'res-6'].map((who) => call(who, 'family.confirm', { code: present(expectOk(r).confirmCode) })))
    expect(replies.filter((x) => x.ok)).toHaveLength(1)
    expect(replies.filter((x) => !x.ok)).toEqual([expect.objectContaining({ error: expect.objectContaining({ code: 'CONFIRM_CODE_INVALID' }) })])
  })
})

describe('a member without a phone: the coordinator verifies', () => {
  let linkId = ''
  const audits = () => all('audit_logs').filter((a) => a.action === 'family.approve')

  it('family.link makes a pending_coordinator link, seen by the community coordinators only', async () => {
    const r = await call('res-2', 'family.link', { relation: 'grandparent', memberName: '陈玉兰', memberUsesPhone: false })
    expect(r).toMatchObject({ ok: true, data: { status: 'pending_coordinator', confirmCode: null, iAm: 'requester' } })
    linkId = expectOk(r).id
    expect(expectOk(await call('coord-1', 'family.list', {})).links).toEqual([
      expect.objectContaining({ id: linkId, iAm: 'coordinator', memberName: '陈玉兰' })
    ])
    expect(expectOk(await call('coord-2', 'family.list', {})).links).toEqual([])
    expect(expectOk(await call('res-3', 'family.list', {})).links.map((l: any) => l.id)).not.toContain(linkId)
  })

  it("refuses another community's coordinator, a resident and the requester's own decision, changing nothing", async () => {
    const before = snapshot('family_links', 'audit_logs')
    expect(await call('coord-2', 'family.approve', { linkId, decision: 'approve' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call('res-3', 'family.approve', { linkId, decision: 'approve' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call('res-2', 'family.approve', { linkId, decision: 'approve' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call('coord-1', 'family.approve', { linkId: 'missing', decision: 'approve' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(snapshot('family_links', 'audit_logs')).toBe(before)
  })

  it('the coordinator approves, audited; deciding again is NOT_PENDING', async () => {
    const r = await call('coord-1', 'family.approve', { linkId, decision: 'approve' })
    expect(r).toMatchObject({ ok: true, data: { id: linkId, status: 'active', iAm: 'coordinator', confirmCode: null } })
    expect(link(linkId)).toMatchObject({ status: 'active', decidedBy: 'coord-1', memberOpenid: null })
    expect(audits()).toEqual([
      expect.objectContaining({
        actorOpenid: 'coord-1',
        targetType: 'family_link',
        targetId: linkId,
        before: { status: 'pending_coordinator' },
        after: { status: 'active' }
      })
    ])
    expect(await call('coord-1b', 'family.approve', { linkId, decision: 'reject' })).toMatchObject({ ok: false, error: { code: 'NOT_PENDING' } })
    expect(audits()).toHaveLength(1)
    expect(expectOk(await call('coord-1', 'family.list', {})).links).toEqual([])
  })

  it('a coordinator may reject; a coordinator cannot decide their own request; two deciding at once: one wins', async () => {
    const own = await call('coord-1', 'family.link', asksFor(false, '周德华'))
    expect(await call('coord-1', 'family.approve', { linkId: expectOk(own).id, decision: 'approve' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', fields: { linkId: expect.any(String) } }
    })
    expect(await call('coord-1b', 'family.approve', { linkId: expectOk(own).id, decision: 'reject' })).toMatchObject({
      ok: true,
      data: { status: 'rejected', iAm: 'coordinator' }
    })
    const raced = await call('res-4', 'family.link', asksFor(false, '吴淑珍'))
    const replies = await Promise.all(['coord-1', 'coord-1b'].map((c) => call(c, 'family.approve', { linkId: expectOk(raced).id, decision: 'approve' })))
    expect(replies.filter((x) => x.ok)).toHaveLength(1)
    expect(replies.filter((x) => !x.ok)).toEqual([expect.objectContaining({ error: expect.objectContaining({ code: 'NOT_PENDING' }) })])
    expect(audits().filter((a) => a.targetId === expectOk(raced).id)).toHaveLength(1)
  })
})

describe('family.link input and membership', () => {
  it('needs a community, a real name and a known relation, writing nothing otherwise', async () => {
    const before = snapshot('family_links')
    expect(await call('homeless', 'family.link', asksFor(true))).toMatchObject({ ok: false, error: { code: 'NOT_IN_COMMUNITY' } })
    expect(await call('res-6', 'family.link', { ...asksFor(true), memberName: 'x1' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', fields: { memberName: '请填写身份证上的真实姓名' } }
    })
    expect(await callRaw('res-6', 'family.link', { ...asksFor(true), relation: 'boss' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', fields: { relation: expect.any(String) } }
    })
    expect(await call('res-6', 'family.link', { ...asksFor(true), memberPhone: '123' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', fields: { memberPhone: '请输入11位手机号码' } }
    })
    expect(snapshot('family_links')).toBe(before)
  })
})
