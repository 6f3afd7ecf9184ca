// Intake for people without a phone (受助对象登记 + orders.createFor), through the router on the local cloud with the
// genuine SDK: a coordinator registers a 独居 elder who has no WeChat, records a phone request for her, and the order
// runs the whole normal path — dispatch, accept, check in, check out, the coordinator confirms on her behalf, the
// settle worker pays — with the minutes moved from the community pool to the volunteer (sum zero), one service
// record naming her, `onBehalf` on the timeline and every coordinator step audited. Her address and phone reach only
// the coordinators and the assigned volunteer while the order is open; the register stays in its community.
// The api clock is fixed (setClock), so the test holds on any date and in any time zone.
import { setClock } from '../../cloudfunctions/api/src/lib/clock'
import type { ActionInput } from '../../src/shared/contracts'
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectOk as must, present, runSettle } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'
import { aVolunteer, anAddress, HERE, orderInput } from '../fixtures/orders'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const all = (coll: string) => [...tc.store.all(coll).values()].map((r: any) => r.doc)
const stored = (coll: string, id: string) => tc.store.get(coll, id)?.doc as any
const MIN = 60000
// Just after the real now (tasks must lie in the future), fixed from here on.
const T0 = new Date(Math.ceil(Date.now() / MIN) * MIN)
let seq = 0
const rid = () => `bn-req-${++seq}-${T0.getTime().toString(36)}`
let volunteerId = ''

const elder = (over: Partial<ActionInput<'beneficiaries.add'>> = {}): ActionInput<'beneficiaries.add'> => ({
  requestId: rid(),
  name: '王秀英',
  phone: '0752-2345678',
  address: '文昌路12号2栋101',
  location: HERE,
  tags: ['living_alone', 'advanced_age'],
  ...over
})
const request = (beneficiaryId: string): ActionInput<'orders.createFor'> => ({
  requestId: rid(),
  beneficiaryId,
  category: 'elder_visit',
  description: '电话求助：帮忙量血压、陪聊天',
  windowStart: new Date(T0.getTime() + 60 * MIN).toISOString(),
  windowEnd: new Date(T0.getTime() + 240 * MIN).toISOString()
})

beforeAll(async () => {
  setClock(() => T0)
  await aCommunity(tc.db, 'cA', 'BENA01')
  await aCommunity(tc.db, 'cB', 'BENB02')
  await aUser(tc.db, 'coord-A', 'cA', ['resident', 'coordinator'])
  await aUser(tc.db, 'coord2-A', 'cA', ['resident', 'coordinator'])
  await aUser(tc.db, 'coord-B', 'cB', ['resident', 'coordinator'])
  await aUser(tc.db, 'res-A', 'cA')
  await aUser(tc.db, 'donor-A', 'cA')
  volunteerId = await aVolunteer(tc.db, 'vol-A', 'cA')
  await aVolunteer(tc.db, 'other-vol-A', 'cA')
  // The community pool has hours (a member's donation), so the pool — not the issuing account — pays.
  must(await call('coord-A', 'timebank.adjust', { requestId: rid(), userId: 'donor-A', minutes: 600, reason: '社区开户赠送' }))
  must(await call('donor-A', 'timebank.donate', { requestId: rid(), minutes: 300 }))
})
afterAll(() => setClock(null))

it('registers a beneficiary once per requestId, in the community only, with the priority rule applied', async () => {
  const input = elder()
  const b = must(await call('coord-A', 'beneficiaries.add', input))
  expect(b).toMatchObject({ communityId: 'cA', name: '王秀英', tags: ['living_alone', 'advanced_age'], tagLabels: ['独居', '高龄'], priority: true })
  expect(must(await call('coord-A', 'beneficiaries.add', input)).id).toBe(b.id) // a replay registers nobody twice
  expect(all('beneficiaries').filter((d) => d.name === '王秀英')).toHaveLength(1)
  expect(must(await call('coord-A', 'beneficiaries.add', elder({ name: '李建国', tags: ['empty_nest'] }))).priority).toBe(false)

  const page = must(await call('coord-A', 'beneficiaries.list', { limit: 1 }))
  expect(page).toMatchObject({ items: [{ communityId: 'cA' }], hasMore: true })
  expect(await call('coord-B', 'beneficiaries.list', { communityId: 'cA' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(must(await call('coord-B', 'beneficiaries.list', {})).items).toEqual([])
  for (const who of ['res-A', 'vol-A']) expect(await call(who, 'beneficiaries.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})

it('refuses bad input and stale edits with a Chinese message, changing nothing', async () => {
  const b = must(await call('coord-A', 'beneficiaries.add', elder({ name: '赵桂兰' })))
  const before = JSON.stringify(all('beneficiaries'))
  const bad = await call('coord-A', 'beneficiaries.add', elder({ phone: '12345' }))
  expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { phone: expect.stringMatching(/手机号码|固定电话/) } } })
  const stale = await call('coord-A', 'beneficiaries.update', { ...elder({ name: '赵桂兰' }), beneficiaryId: b.id, version: 7 })
  expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/[\u4e00-\u9fa5]/) } })
  const foreign = await call('coord-B', 'beneficiaries.update', { ...elder(), beneficiaryId: b.id, version: 1 })
  expect(foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(JSON.stringify(all('beneficiaries'))).toBe(before)

  const edit = { ...elder({ name: '赵桂兰', tags: ['disabled'] }), beneficiaryId: b.id, version: 1 }
  expect(must(await call('coord-A', 'beneficiaries.update', edit))).toMatchObject({ version: 2, tags: ['disabled'], priority: true })
  expect(must(await call('coord-A', 'beneficiaries.update', edit)).version).toBe(2) // a replayed edit
  const archived = must(await call('coord-A', 'beneficiaries.archive', { beneficiaryId: b.id, version: 2, reason: '已搬离本社区' }))
  expect(archived.status).toBe('archived')
  expect(await call('coord-A', 'orders.createFor', request(b.id))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  const entries = all('audit_logs').filter((e) => e.targetId === b.id)
  expect(entries.map((e) => e.action)).toEqual(['beneficiaries.add', 'beneficiaries.update', 'beneficiaries.archive'])
  expect(JSON.stringify(entries)).not.toMatch(/2345678|文昌路12号/) // masked: no phone, no address in the log
})

it('runs a request for a 独居 beneficiary without WeChat through the whole order path, paid by the community pool', async () => {
  const b = present(must(await call('coord-A', 'beneficiaries.list', {})).items.find((x) => x.name === '王秀英'))
  must(await call('res-A', 'orders.create', orderInput(await anAddress(tc.db, 'res-A'))))
  const input = request(b.id)
  const o = must(await call('coord-A', 'orders.createFor', input))
  expect(must(await call('coord-A', 'orders.createFor', input)).id).toBe(o.id) // a replay creates nothing
  expect(o).toMatchObject({ funding: 'community_pool', beneficiaryName: '王秀英', status: 'pending', viewer: expect.arrayContaining(['owner', 'coordinator']) })
  expect(o.address).toMatchObject({ detail: '文昌路12号2栋101', contactPhone: '0752-2345678' })
  expect(stored('orders', o.id)).toMatchObject({ onBehalfOf: `beneficiary:${b.id}`, beneficiaryId: b.id, priority: true })
  expect(stored('orders', o.id).ownerOpenids.sort()).toEqual(['coord-A', 'coord2-A'])
  // 调度台: the priority order first, ahead of the resident's earlier one.
  expect(must(await call('coord-A', 'orders.board', {})).items[0]).toMatchObject({ id: o.id, priority: true })
  // A community-pool order is never grabbed: dispatching is the coordinator's approval.
  expect(await call('vol-A', 'orders.grab', { orderId: o.id })).toMatchObject({ ok: false })
  const hidden = await call('other-vol-A', 'orders.get', { orderId: o.id })
  expect(hidden.ok ? hidden.data.address : null).toBeNull()

  must(await call('coord2-A', 'orders.dispatch', { orderId: o.id, volunteerId }))
  must(await call('vol-A', 'orders.accept', { orderId: o.id }))
  expect(must(await call('vol-A', 'orders.get', { orderId: o.id })).address).toMatchObject({ contactPhone: '0752-2345678' })
  expect(await call('other-vol-A', 'orders.get', { orderId: o.id })).toMatchObject({ ok: false, error: { code: 'NOT_YOUR_ORDER' } })
  expect(await call('coord-B', 'orders.get', { orderId: o.id })).toMatchObject({ ok: false, error: { code: 'NOT_YOUR_ORDER' } })

  // The coordinators (owners) hold the check-in code for the elder and read it out to the volunteer on the phone.
  const code = present(must(await call('coord-A', 'orders.get', { orderId: o.id })).checkInCode)
  setClock(() => new Date(T0.getTime() + 70 * MIN))
  must(await call('vol-A', 'orders.checkIn', { orderId: o.id, code }))
  setClock(() => new Date(T0.getTime() + 125 * MIN))
  must(await call('vol-A', 'orders.checkOut', { orderId: o.id }))
  expect(await call('res-A', 'orders.confirm', { orderId: o.id, stars: 5 })).toMatchObject({ ok: false, error: { code: 'NOT_YOUR_ORDER' } })
  const done = must(await call('coord2-A', 'orders.confirm', { orderId: o.id, stars: 5, tags: ['耐心细致'] }))
  expect(done.status).toBe('completed')
  expect(done.address).not.toBeNull() // coordinators keep seeing it …
  expect(must(await call('vol-A', 'orders.get', { orderId: o.id })).address).toBeNull() // … the volunteer no longer

  const pool = () => stored('ledger_accounts', 'pool:cA')?.balance ?? 0
  const poolBefore = pool()
  await runSettle()
  const minutes = present(stored('orders', o.id).finalMinutes)
  expect(minutes).toBeGreaterThan(0)
  expect(poolBefore - pool()).toBe(minutes)
  expect(must(await call('vol-A', 'timebank.account', {})).balance).toBe(minutes)
  const posting = stored('ledger_postings', `order:${o.id}:settle`)
  expect(posting.entries.sort((x: any, y: any) => x.minutes - y.minutes)).toEqual([
    { account: 'pool:cA', minutes: -minutes },
    { account: 'member:vol-A', minutes }
  ])
  expect(all('ledger_accounts').reduce((s, a) => s + a.balance, 0)).toBe(0)
  const records = all('service_records').filter((r) => r.orderId === o.id)
  expect(records).toHaveLength(1)
  expect(records[0]).toMatchObject({ volunteerOpenid: 'vol-A', minutes, beneficiaryId: b.id })

  const timeline = must(await call('coord-A', 'orders.get', { orderId: o.id })).events
  expect(timeline.filter((e) => e.onBehalf).map((e) => e.kind)).toEqual(['create', 'confirm'])
  const audited = all('audit_logs').filter((e) => e.targetId === o.id)
  expect(audited.map((e) => [e.action, e.actorOpenid, e.onBehalfOf])).toEqual([
    ['orders.createFor', 'coord-A', `beneficiary:${b.id}`],
    ['orders.dispatch', 'coord2-A', null],
    ['orders.confirm', 'coord2-A', `beneficiary:${b.id}`]
  ])

  // The coordinator's own data export lists the order as work done for a beneficiary, without the beneficiary's
  // name, address or phone: those are not the coordinator's personal data.
  const exported = must(await call('coord-A', 'me.export', { requestId: 'beneficiary-export' }))
  const text = (await tc.cloud.downloadFile({ fileID: exported.file.fileId })).fileContent.toString('utf8')
  const row = JSON.parse(text).collections.orders.find((d: { id: string }) => d.id === o.id)
  expect(row).toMatchObject({ iAm: 'coordinator' })
  for (const s of ['王秀英', '文昌路12号2栋101', '0752-2345678']) expect({ s, found: text.includes(s) }).toEqual({ s, found: false })
  const item = present(exported.sections.find((x) => x.key === 'orders')).items.find((i) => i.title.includes('代受助对象登记'))
  expect(item).toBeDefined()
})

it('pays a non-priority beneficiary as public service, and keeps another community out', async () => {
  const b = present(must(await call('coord-A', 'beneficiaries.list', {})).items.find((x) => x.name === '李建国'))
  const o = must(await call('coord-A', 'orders.createFor', request(b.id)))
  expect(o.funding).toBe('public_service')
  expect(stored('orders', o.id).priority).toBe(false)
  const before = all('orders').length
  expect(await call('coord-B', 'orders.createFor', request(b.id))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(await call('res-A', 'orders.createFor', request(b.id))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(all('orders').length).toBe(before)
})
