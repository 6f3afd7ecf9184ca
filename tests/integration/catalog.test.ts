// The catalogue as data, through the router on the local cloud (genuine SDK): a community adds its own categories
// (key made on the server, replay-safe, names unique), edits and retires them; an order of an own category runs the
// whole path (skills, pool, grab, check-in/out, confirm, settle, service record) and keeps its label after a rename
// or retirement; residentDirect and grabPool are obeyed; bad input is refused with coded Chinese errors and
// changes nothing.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectFail, expectOk as must, rawApiCaller, runSettle } from '../fixtures/api'
import { aCommunity, aUser, registration } from '../fixtures/people'
import { aVolunteer, anAddress, east, orderInput } from '../fixtures/orders'
import { DEFAULT_CATALOG } from '../../src/shared/domain/order'
import { setClock } from '../../cloudfunctions/api/src/lib/clock'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const callRaw = rawApiCaller()
const community = () => tc.store.get('communities', 'cK')!.doc
const audits = (action: string) => [...tc.store.all('audit_logs').values()].map((r: any) => r.doc).filter((a: any) => a.action === action)
const meals = { label: '助餐送餐', defaultMinutes: 45, minAge: 16, risky: false, residentDirect: true, grabPool: true }
let addr = ''
let mealKey = ''
const vols: Record<string, string> = {}

beforeAll(async () => {
  await aCommunity(tc.db, 'cK', 'CAT001')
  await aCommunity(tc.db, 'cL', 'CAT002')
  await aUser(tc.db, 'k-coord', 'cK', ['resident', 'coordinator'])
  await aUser(tc.db, 'l-coord', 'cL', ['resident', 'coordinator'])
  await aUser(tc.db, 'k-res', 'cK')
  addr = await anAddress(tc.db, 'k-res')
  vols.cook = await aVolunteer(tc.db, 'k-cook', 'cK', { at: east(200) })
  vols.plain = await aVolunteer(tc.db, 'k-plain', 'cK', { at: east(300) })
  await aUser(tc.db, 'k-applicant', 'cK')
})

describe('catalog.add', () => {
  it('adds an own category after the built-in ten, with a server-made key; a replay returns it and adds nothing', async () => {
    const added = must(await call('k-coord', 'catalog.add', { requestId: 'add-meals-1', ...meals }))
    expect(added).toEqual({
      ...meals,
      category: expect.stringMatching(/^c_[a-z0-9]{8}$/),
      skills: [added.category],
      enabled: true,
      retired: false,
      builtin: false
    })
    mealKey = added.category
    const version = community().catalogVersion
    expect(must(await call('k-coord', 'catalog.add', { requestId: 'add-meals-1', ...meals }))).toEqual(added)
    expect(community().catalogVersion).toBe(version)
    expect(audits('catalog.add')).toHaveLength(1)
    expect(audits('catalog.add')[0]).toMatchObject({ actorOpenid: 'k-coord', communityId: 'cK', before: null, after: { label: '助餐送餐' } })
    const list = must(await call('k-res', 'catalog.list', {})).entries
    expect(list.map((e) => e.label)).toEqual([...Object.values(DEFAULT_CATALOG).map((e) => e.label), '助餐送餐'])
    // Another community does not have it.
    expect(must(await call('l-coord', 'catalog.list', {})).entries.map((e) => e.category)).not.toContain(mealKey)
  })

  it.each([
    [{ label: '助餐送餐' }, 'CATEGORY_LABEL_TAKEN', 'label', '已有名为「助餐送餐」的服务'],
    [{ label: '探访老人' }, 'CATEGORY_LABEL_TAKEN', 'label', '已有名为「探访老人」的服务'],
    [{ label: '剪' }, 'BAD_INPUT', 'label', '服务名称应为2到12个字'],
    [{ label: '义剪<b>' }, 'BAD_INPUT', 'label', '服务名称只能包含汉字、字母和数字'],
    [{ defaultMinutes: 5 }, 'BAD_INPUT', 'defaultMinutes', '服务时长应在15到480分钟之间'],
    [{ minAge: 12 }, 'BAD_INPUT', 'minAge', '最低年龄应在14到70周岁之间']
  ])('refuses %j with %s and changes nothing', async (over, code, field, message) => {
    const before = JSON.stringify(community())
    const n = audits('catalog.add').length
    const e = expectFail(await callRaw('k-coord', 'catalog.add', { requestId: `bad-${field}-${code}`, ...meals, label: '义剪', ...over }))
    expect(e.code).toBe(code)
    expect(e.fields?.[field]).toBe(message)
    expect(JSON.stringify(community())).toBe(before)
    expect(audits('catalog.add')).toHaveLength(n)
  })

  it('is refused to residents and volunteers', async () => {
    for (const who of ['k-res', 'k-cook'])
      expect(expectFail(await call(who, 'catalog.add', { requestId: `res-add-${who}`, ...meals, label: '义剪' })).code).toBe('FORBIDDEN')
  })
})

describe('an order of an own category, end to end', () => {
  let orderId = ''

  it('lets volunteers offer it as a skill (and refuses unknown keys)', async () => {
    must(await call('k-cook', 'volunteers.updateProfile', { skills: ['elder_visit', mealKey] }))
    const e = expectFail(await call('k-plain', 'volunteers.updateProfile', { skills: ['elder_visit', 'c_zzzzzzzz'] }))
    expect(e).toMatchObject({ code: 'CATEGORY_UNKNOWN', fields: { skills: '请选择本社区在用的服务类别' } })
    // Another community adding the same service gets the same key (the street dispatches across communities by it);
    // registration checks keys the same way, and a service only another community offers is unknown here.
    expect(must(await call('l-coord', 'catalog.add', { requestId: 'l-add-1', ...meals })).category).toBe(mealKey)
    const other = must(await call('l-coord', 'catalog.add', { requestId: 'l-add-2', ...meals, label: '义剪' }))
    const reg = expectFail(await call('k-applicant', 'volunteers.register', registration({ skills: [other.category] })))
    expect(reg.code).toBe('CATEGORY_UNKNOWN')
    must(await call('k-applicant', 'volunteers.register', registration({ skills: [mealKey] })))
  })

  it('is ordered with its terms and label, shown in the pool only to volunteers with the skill, grabbed, served, paid and recorded', async () => {
    const created = must(await call('k-res', 'orders.create', orderInput(addr, { category: mealKey, description: '给独居老人送午餐' })))
    orderId = created.id
    expect(created).toMatchObject({ category: mealKey, categoryLabel: '助餐送餐', estimatedMinutes: 45 })
    const poolOf = async (who: string) => must(await call(who, 'orders.pool', { location: east(0) })).items.map((o) => o.id)
    expect(await poolOf('k-cook')).toContain(orderId)
    expect(await poolOf('k-plain')).not.toContain(orderId)
    const refused = expectFail(await call('k-plain', 'orders.grab', { orderId }))
    expect(refused.code).toBe('NOT_ELIGIBLE')
    expect(refused.fields?.orderId).toContain('缺少技能：助餐送餐')
    const cands = must(await call('k-coord', 'orders.candidates', { orderId })).candidates
    expect(cands.map((c) => c.volunteerId)).toEqual([vols.cook])
    const board = must(await call('k-coord', 'orders.board', {})).items.find((o) => o.id === orderId)
    expect(board?.categoryLabel).toBe('助餐送餐')
    must(await call('k-cook', 'orders.grab', { orderId }))
    const start = Date.now()
    setClock(() => new Date(start))
    must(await call('k-cook', 'orders.checkIn', { orderId, location: east(100) }))
    setClock(() => new Date(start + 45 * 60000)) // 45 minutes served
    must(await call('k-cook', 'orders.checkOut', { orderId }))
    expect(must(await call('k-res', 'orders.confirm', { orderId, stars: 5 })).status).toBe('completed')
    await runSettle()
    setClock(null)
    const record = tc.store.get('service_records', `order-${orderId}`)?.doc
    expect(record).toMatchObject({ category: mealKey, content: '助餐送餐服务', minutes: 45 })
  })

  it('keeps the label on its orders after a rename, and names the new one on new orders', async () => {
    const current = must(await call('k-coord', 'catalog.list', {})).entries.find((e) => e.category === mealKey)!
    const { category, skills, minAge, risky, residentDirect, enabled } = current
    const renamed = must(
      await call('k-coord', 'catalog.upsert', { category, label: '老年助餐', defaultMinutes: 60, skills, minAge, risky, residentDirect, enabled })
    )
    expect(renamed).toMatchObject({ label: '老年助餐', defaultMinutes: 60, grabPool: true })
    expect(must(await call('k-res', 'orders.get', { orderId })).categoryLabel).toBe('助餐送餐')
    const next = must(await call('k-res', 'orders.create', orderInput(addr, { category: mealKey })))
    expect(next).toMatchObject({ categoryLabel: '老年助餐', estimatedMinutes: 60, description: '帮老人量血压、聊聊天' })
    must(await call('k-res', 'orders.cancel', { orderId: next.id, reason: '不需要了' }))
    // The old name's key is still this entry's, so adding the old name again is refused, not a second entry.
    const again = expectFail(await call('k-coord', 'catalog.add', { requestId: 'add-old-name', ...meals }))
    expect(again).toMatchObject({ code: 'CATEGORY_LABEL_TAKEN', fields: { label: '与本社区的服务「老年助餐」冲突，请换一个名称' } })
  })

  it('refuses to rename a built-in category, to take a used name, or an unknown category or skill', async () => {
    const base = { defaultMinutes: 60, skills: [], minAge: 18, risky: false, residentDirect: true, enabled: true }
    const before = JSON.stringify(community())
    expect(expectFail(await call('k-coord', 'catalog.upsert', { ...base, category: 'elder_visit', label: '探望老人' }))).toMatchObject({
      code: 'BAD_INPUT',
      fields: { label: '内置服务的名称不能修改' }
    })
    expect(expectFail(await call('k-coord', 'catalog.upsert', { ...base, category: mealKey, label: '代购跑腿' })).code).toBe('CATEGORY_LABEL_TAKEN')
    expect(expectFail(await call('k-coord', 'catalog.upsert', { ...base, category: 'c_00000000' })).code).toBe('CATEGORY_UNKNOWN')
    expect(expectFail(await call('k-coord', 'catalog.upsert', { ...base, category: mealKey, skills: ['no_such_skill'] })).code).toBe('CATEGORY_UNKNOWN')
    expect(expectFail(await callRaw('k-coord', 'catalog.upsert', { ...base, category: 'Bad Key!' })).code).toBe('BAD_INPUT')
    expect(JSON.stringify(community())).toBe(before)
  })
})

describe('residentDirect and grabPool', () => {
  it('refuses a resident an own category residents may not submit; a coordinator may', async () => {
    const e = must(await call('k-coord', 'catalog.add', { requestId: 'add-mediate', ...meals, label: '纠纷调解', residentDirect: false }))
    const refused = expectFail(await call('k-res', 'orders.create', orderInput(addr, { category: e.category })))
    expect(refused).toMatchObject({ code: 'CATEGORY_UNAVAILABLE', fields: { category: '该服务暂不开放，请联系社区协调员' } })
    const coordAddr = await anAddress(tc.db, 'k-coord')
    expect(must(await call('k-coord', 'orders.create', orderInput(coordAddr, { category: e.category }))).categoryLabel).toBe('纠纷调解')
  })

  it('keeps a dispatch-only category out of the pool and refuses its grab; dispatch still works', async () => {
    const e = must(await call('k-coord', 'catalog.add', { requestId: 'add-counsel', ...meals, label: '心理疏导', grabPool: false }))
    expect(e.grabPool).toBe(false)
    must(await call('k-cook', 'volunteers.updateProfile', { skills: ['elder_visit', mealKey, e.category] }))
    const o = must(await call('k-res', 'orders.create', orderInput(addr, { category: e.category })))
    expect(must(await call('k-cook', 'orders.pool', { location: east(0) })).items.map((x) => x.id)).not.toContain(o.id)
    const refused = expectFail(await call('k-cook', 'orders.grab', { orderId: o.id }))
    expect(refused.code).toBe('NOT_ELIGIBLE')
    expect(refused.fields?.orderId).toContain('该服务由社区协调员派单，不进入抢单大厅')
    expect(must(await call('k-coord', 'orders.candidates', { orderId: o.id })).candidates.map((c) => c.volunteerId)).toEqual([vols.cook])
    must(await call('k-coord', 'orders.dispatch', { orderId: o.id, volunteerId: vols.cook }))
    expect(must(await call('k-cook', 'orders.accept', { orderId: o.id })).status).toBe('accepted')
  })

  it('applies grabPool on a built-in category too (catalog.upsert)', async () => {
    const c = DEFAULT_CATALOG.elder_visit
    must(
      await call('k-coord', 'catalog.upsert', {
        category: 'elder_visit',
        defaultMinutes: c.defaultMinutes,
        skills: [],
        minAge: c.minAge,
        risky: false,
        residentDirect: true,
        grabPool: false,
        enabled: true
      })
    )
    const o = must(await call('k-res', 'orders.create', orderInput(addr)))
    expect(must(await call('k-cook', 'orders.pool', { location: east(0) })).items.map((x) => x.id)).not.toContain(o.id)
    must(
      await call('k-coord', 'catalog.upsert', {
        category: 'elder_visit',
        defaultMinutes: c.defaultMinutes,
        skills: [],
        minAge: c.minAge,
        risky: false,
        residentDirect: true,
        grabPool: true,
        enabled: true
      })
    )
    const open = must(await call('k-res', 'orders.create', orderInput(addr)))
    expect(must(await call('k-cook', 'orders.pool', { location: east(0) })).items.map((x) => x.id)).toContain(open.id)
  })
})

describe('catalog.retire', () => {
  it('stops new orders, keeps old ones labelled, answers a replay the same, and restores', async () => {
    const old = must(await call('k-res', 'orders.create', orderInput(addr, { category: mealKey })))
    const n = audits('catalog.retire').length
    const retired = must(await call('k-coord', 'catalog.retire', { category: mealKey, retired: true }, { requestId: 'retire-meals-1' }))
    expect(retired).toMatchObject({ category: mealKey, retired: true, label: '老年助餐' })
    expect(must(await call('k-coord', 'catalog.retire', { category: mealKey, retired: true }, { requestId: 'retire-meals-1' }))).toEqual(retired)
    expect(audits('catalog.retire')).toHaveLength(n + 1)
    const refused = expectFail(await call('k-res', 'orders.create', orderInput(addr, { category: mealKey })))
    expect(refused).toMatchObject({ code: 'CATEGORY_UNAVAILABLE', fields: { category: '该服务已停用' } })
    expect(must(await call('k-res', 'orders.get', { orderId: old.id })).categoryLabel).toBe('老年助餐')
    expect(must(await call('k-res', 'catalog.list', {})).entries.find((e) => e.category === mealKey)).toMatchObject({ retired: true })
    // A volunteer keeps a retired skill they hold; nobody newly takes it up.
    must(await call('k-cook', 'volunteers.updateProfile', { skills: ['elder_visit', mealKey] }))
    expect(expectFail(await call('k-plain', 'volunteers.updateProfile', { skills: [mealKey] })).code).toBe('CATEGORY_UNKNOWN')
    // Its name stays taken while retired.
    expect(expectFail(await call('k-coord', 'catalog.add', { requestId: 'add-again', ...meals, label: '老年助餐' })).fields?.label).toBe(
      '已有名为「老年助餐」的服务（已停用，可恢复）'
    )
    must(await call('k-coord', 'catalog.retire', { category: mealKey, retired: false }))
    expect(must(await call('k-res', 'orders.create', orderInput(addr, { category: mealKey }))).categoryLabel).toBe('老年助餐')
  })

  it('refuses an unknown category, and residents', async () => {
    expect(expectFail(await call('k-coord', 'catalog.retire', { category: 'c_00000000', retired: true })).code).toBe('CATEGORY_UNKNOWN')
    expect(expectFail(await call('k-res', 'catalog.retire', { category: mealKey, retired: true })).code).toBe('FORBIDDEN')
  })
})
