// Three places the volunteer lifecycle and the beneficiary register had to reach, through the router on the local
// cloud: (1) projects.signUp asks the lifecycle rulebook — a paused, suspended, revoked or departed volunteer signs
// up for nothing; (2) the 工作台's registered volunteers stop counting one who left or was revoked, live and in the
// nightly rebuild alike; (3) an order recorded for a beneficiary (orders.createFor) is owned by whoever coordinates
// the community now: a coordinator appointed afterwards is told when it is accepted and confirms it, one whose role
// ended no longer can.
// The api clock is fixed (setClock) just after the real now, so this holds on any date and in any time zone.
import { setClock } from '../../cloudfunctions/api/src/lib/clock'
import type { ActionInput } from '../../src/shared/contracts'
import { NOTICE_TEMPLATES } from '../../src/shared/notifications'
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectFail, expectOk as must, present } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'
import { aVolunteer, HERE } from '../fixtures/orders'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const { rebuildRollups } = require('../../cloudfunctions/api/src/repos/statsRebuild')
const MIN = 60000
const T0 = new Date(Math.ceil(Date.now() / MIN) * MIN)
const ADMIN = 'gap-admin'
let seq = 0
const rid = () => `gap-req-${++seq}-${T0.getTime().toString(36)}`
const at = (minutes: number) => new Date(T0.getTime() + minutes * MIN).toISOString()
const registered = async () => must(await call('g-coord', 'stats.dashboard', {})).volunteers.registered

beforeAll(async () => {
  setClock(() => T0)
  process.env.ADMIN_OPENIDS = ADMIN
  await aCommunity(tc.db, 'cG', 'GAPS01')
  await aUser(tc.db, 'g-coord', 'cG', ['resident', 'coordinator'])
  await aUser(tc.db, 'g-new', 'cG')
  await aUser(tc.db, ADMIN, null)
  for (const v of ['g-vol', 'g-vol2', 'g-vol3', 'g-vol4']) await aVolunteer(tc.db, v, 'cG')
})
afterAll(() => {
  setClock(null)
  delete process.env.ADMIN_OPENIDS
})

describe('projects.signUp follows the lifecycle rulebook', () => {
  const declare = (): ActionInput<'projects.declare'> => ({
    requestId: rid(),
    title: '周末义诊服务',
    description: '社区卫生站义诊，协助排队登记',
    category: 'elder_visit',
    place: '社区党群服务中心',
    sessions: [{ startsAt: at(24 * 60), minutes: 120 }],
    capacity: 5
  })

  it('refuses a paused, suspended, revoked or departed volunteer with a Chinese reason, and takes them back once active', async () => {
    const p = must(await call('g-coord', 'projects.declare', declare()))
    must(await call('g-coord', 'projects.review', { projectId: p.id, decision: 'approve' }))
    const signUps = () => [...tc.store.all('project_signups').values()].length

    must(await call('g-vol', 'volunteers.pause', {}))
    const paused = expectFail(await call('g-vol', 'projects.signUp', { projectId: p.id }))
    expect(paused).toMatchObject({ code: 'NOT_ELIGIBLE', fields: { projectId: '您当前暂停接单，不能报名项目' } })
    const vol2 = must(await call('g-coord', 'volunteers.list', { status: 'approved', limit: 50 })).items.find((v) => v.userId === 'g-vol2')
    must(await call('g-coord', 'volunteers.suspend', { volunteerId: present(vol2).id, reason: '多次爽约' }))
    expect(expectFail(await call('g-vol2', 'projects.signUp', { projectId: p.id })).code).toBe('NOT_ELIGIBLE')
    must(await call('g-vol3', 'volunteers.leave', { reason: '搬家' }))
    expect(expectFail(await call('g-vol3', 'projects.signUp', { projectId: p.id })).code).toBe('NOT_ELIGIBLE')
    expect(signUps()).toBe(0)

    must(await call('g-vol', 'volunteers.resume', {}))
    expect(must(await call('g-vol', 'projects.signUp', { projectId: p.id })).status).toBe('confirmed')
    expect(signUps()).toBe(1)
  })
})

describe('the 工作台 counts registered volunteers that have not left or been revoked', () => {
  it('drops one who leaves or is revoked (not a paused or suspended one), and the nightly rebuild agrees', async () => {
    await rebuildRollups('cG', T0) // fixtures wrote past the live counters: the baseline from raw data
    const before = await registered()
    expect(before).toBe(3) // g-vol3 left in the test above
    const vol4 = present(must(await call('g-coord', 'volunteers.list', { status: 'approved', limit: 50 })).items.find((v) => v.userId === 'g-vol4'))
    must(await call('g-vol4', 'volunteers.pause', {}))
    expect(await registered()).toBe(before)
    must(await call('g-coord', 'volunteers.revoke', { volunteerId: vol4.id, reason: '违反服务守则' }))
    expect(await registered()).toBe(before - 1)
    // A refused move (revoked already) changes no figure.
    expect(expectFail(await call('g-coord', 'volunteers.revoke', { volunteerId: vol4.id, reason: '再次撤销' })).code).toBe('VOLUNTEER_MOVE_NOT_ALLOWED')
    expect(await registered()).toBe(before - 1)
    expect((await rebuildRollups('cG', T0)).fields).toBe(0) // no drift between the live count and raw data
  })
})

describe('orders.createFor: the community coordinators of the moment own the order', () => {
  it('lets a coordinator appointed after the order was made confirm it, and not one whose role ended', async () => {
    const b = must(
      await call('g-coord', 'beneficiaries.add', {
        requestId: rid(),
        name: '周桂芳',
        phone: null,
        address: '文昌路8号1栋201',
        location: HERE,
        tags: ['living_alone']
      })
    )
    const o = must(
      await call('g-coord', 'orders.createFor', {
        requestId: rid(),
        beneficiaryId: b.id,
        category: 'elder_visit',
        description: '上门求助：陪同聊天、量血压',
        windowStart: at(60),
        windowEnd: at(240)
      })
    )
    expect(tc.store.get('orders', o.id)!.doc.ownerOpenids).toEqual(['g-coord'])
    must(await call(ADMIN, 'communities.appointCoordinator', { communityId: 'cG', userId: 'g-new' }))
    const seen = must(await call('g-new', 'orders.get', { orderId: o.id }))
    expect(seen.viewer).toEqual(expect.arrayContaining(['owner', 'coordinator']))
    expect(seen.checkInCode).toMatch(/^\d{4}$/) // to read out to the volunteer for the person without a phone

    const vol = present(must(await call('g-coord', 'volunteers.list', { status: 'approved', limit: 50 })).items.find((v) => v.userId === 'g-vol'))
    must(await call('g-new', 'orders.dispatch', { orderId: o.id, volunteerId: vol.id }))
    must(await call('g-vol', 'orders.accept', { orderId: o.id }))
    // 志愿者已接单 goes to the community's coordinators of the moment, the one appointed later included.
    const told = [...tc.store.all('_local_outbox').values()]
      .map((r: any) => r.doc)
      .filter((m: any) => m.page.includes(o.id) && m.templateId === NOTICE_TEMPLATES.accepted)
    expect(told.map((m: any) => m.touser).sort()).toEqual(['g-coord', 'g-new'])
    setClock(() => new Date(T0.getTime() + 70 * MIN))
    must(await call('g-vol', 'orders.checkIn', { orderId: o.id, code: present(seen.checkInCode) }))
    setClock(() => new Date(T0.getTime() + 130 * MIN))
    const served = must(await call('g-vol', 'orders.checkOut', { orderId: o.id }))
    expect(served.status).toBe('awaiting_confirmation')
    expect(must(await call('g-new', 'orders.get', { orderId: o.id })).moves).toContain('confirm')

    // The creator is no longer a coordinator (the role was taken away): no longer an owner of the order.
    await tc.db
      .collection('users')
      .doc('g-coord')
      .update({ data: { roles: ['resident'] } })
    expect(expectFail(await call('g-coord', 'orders.confirm', { orderId: o.id, stars: 5 })).code).toBe('NOT_YOUR_ORDER')
    const done = must(await call('g-new', 'orders.confirm', { orderId: o.id, stars: 5, tags: [] }))
    expect(done.status).toBe('completed')
    const confirm = [...tc.store.all('audit_logs').values()].map((r: any) => r.doc).find((a: any) => a.targetId === o.id && a.action === 'orders.confirm')
    expect(confirm).toMatchObject({ actorOpenid: 'g-new', onBehalfOf: `beneficiary:${b.id}` })
  })
})
