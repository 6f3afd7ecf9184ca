// The volunteer lifecycle through the router on the local cloud: pause/resume/leave by the volunteer, suspend/
// reinstate/revoke by a coordinator with a reason (audited), reflected at once in the pool, grab, candidates and
// dispatch; leaving or suspension is refused while the volunteer holds an open order; profile edits apply at once.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectFail, expectOk as must } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'
import { aVolunteer, anAddress, orderInput } from '../fixtures/orders'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
let vid = ''
let address = ''
const newOrder = async () => must(await call('l-res', 'orders.create', orderInput(address))).id
const pool = async () => must(await call('l-vol', 'orders.pool', {})).items.map((o) => o.id)
const candidates = async (orderId: string) => must(await call('l-coord', 'orders.candidates', { orderId })).candidates.map((c) => c.volunteerId)

beforeAll(async () => {
  await aCommunity(tc.db, 'cA', 'LIFE01')
  await aUser(tc.db, 'l-coord', 'cA', ['resident', 'coordinator'])
  await aUser(tc.db, 'l-res', 'cA')
  vid = await aVolunteer(tc.db, 'l-vol', 'cA')
  address = await anAddress(tc.db, 'l-res')
})

describe('volunteer lifecycle', () => {
  it('a paused volunteer is offered nothing and cannot grab or be dispatched; resuming restores it', async () => {
    const order = await newOrder()
    expect(await pool()).toContain(order)
    expect(must(await call('l-vol', 'volunteers.pause', {})).lifecycle).toBe('paused')
    expect(await pool()).toEqual([])
    expect(await candidates(order)).not.toContain(vid)
    expect(expectFail(await call('l-vol', 'orders.grab', { orderId: order })).code).toBe('NOT_ELIGIBLE')
    expect(expectFail(await call('l-coord', 'orders.dispatch', { orderId: order, volunteerId: vid })).code).toBe('NOT_ELIGIBLE')
    expect(expectFail(await call('l-vol', 'volunteers.pause', {})).code).toBe('VOLUNTEER_MOVE_NOT_ALLOWED')
    must(await call('l-vol', 'volunteers.resume', {}))
    expect(await candidates(order)).toContain(vid)
    must(await call('l-vol', 'orders.grab', { orderId: order }))
  })

  it('refuses leaving and suspension while the volunteer holds an open order, changing nothing', async () => {
    expect(expectFail(await call('l-vol', 'volunteers.leave', {})).code).toBe('VOLUNTEER_HAS_OPEN_ORDERS')
    expect(expectFail(await call('l-coord', 'volunteers.suspend', { volunteerId: vid, reason: '多次爽约' })).code).toBe('VOLUNTEER_HAS_OPEN_ORDERS')
    expect(tc.store.get('volunteers', vid)!.doc.lifecycle).toBe('active') // as resume left it
  })

  it('a coordinator suspends with a reason (audited), the volunteer sees why, and reinstating restores eligibility', async () => {
    const other = await aVolunteer(tc.db, 'l-vol2', 'cA')
    const suspended = must(await call('l-coord', 'volunteers.suspend', { volunteerId: other, reason: '多次爽约' }))
    expect(suspended).toMatchObject({ lifecycle: 'suspended', lifecycleReason: '多次爽约' })
    expect(must(await call('l-vol2', 'volunteers.me', {})).volunteer).toMatchObject({ lifecycle: 'suspended', lifecycleReason: '多次爽约' })
    expect(expectFail(await call('l-vol2', 'volunteers.resume', {})).code).toBe('VOLUNTEER_MOVE_NOT_ALLOWED')
    const order = await newOrder()
    expect(await candidates(order)).not.toContain(other)
    must(await call('l-coord', 'volunteers.reinstate', { volunteerId: other, reason: '已核实' }))
    expect(await candidates(order)).toContain(other)
    must(await call('l-coord', 'volunteers.revoke', { volunteerId: other, reason: '违反服务守则' }))
    expect(await candidates(order)).not.toContain(other)
    expect(expectFail(await call('l-vol2', 'volunteers.updateProfile', { serviceArea: '江北' })).code).toBe('VOLUNTEER_MOVE_NOT_ALLOWED')
    const audits = [...tc.store.all('audit_logs').values()].map((r: any) => r.doc).filter((a: any) => a.targetId === other)
    expect(audits.map((a: any) => [a.action, a.after.lifecycle, a.after.lifecycleReason])).toEqual([
      ['volunteers.suspend', 'suspended', '多次爽约'],
      ['volunteers.reinstate', 'active', '已核实'],
      ['volunteers.revoke', 'revoked', '违反服务守则']
    ])
  })

  it('a volunteer with no open order leaves; profile edits apply at once', async () => {
    await aVolunteer(tc.db, 'l-vol3', 'cA', { skills: ['shopping'] })
    const order = await newOrder() // elder_visit: needs a skill l-vol3 lacks
    expect(expectFail(await call('l-vol3', 'orders.grab', { orderId: order })).code).toBe('NOT_ELIGIBLE')
    const me = must(await call('l-vol3', 'volunteers.updateProfile', { skills: ['shopping', 'elder_visit'], availability: ['weekday_morning'] }))
    expect(me).toMatchObject({ skills: ['shopping', 'elder_visit'], availability: ['weekday_morning'], serviceArea: '文昌' })
    expect(must(await call('l-vol3', 'volunteers.leave', { reason: '搬家' })).lifecycle).toBe('left')
    expect(expectFail(await call('l-vol3', 'orders.grab', { orderId: order })).code).toBe('NOT_ELIGIBLE')
  })
})
