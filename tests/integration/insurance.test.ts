// Insurance records (条例 art 17) through the router on the local cloud: a policy for one or many volunteers,
// insuredUntil derived from their policies, and the eligibility rule it feeds — only an insured volunteer can grab
// a 家电维修 (repair, risky) order, and once the policy's period has ended they are refused and the pool hides it.
// The clock is moved with setClock; every date is computed from it in China time, so this holds on any date and zone.
import { setClock } from '../../cloudfunctions/api/src/lib/clock'
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectFail, expectOk as must } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'
import { aVolunteer, anAddress, orderInput } from '../fixtures/orders'
import { shanghaiDay } from '../../src/shared/time'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const DAY = 86400000
const T0 = new Date()
const today = shanghaiDay(T0)
const inDays = (n: number) => shanghaiDay(new Date(T0.getTime() + n * DAY))
const policies = () => [...tc.store.all('insurance_policies').values()].map((r: any) => r.doc)
const vol = (id: string) => tc.store.get('volunteers', id)!.doc
let insured = ''
let uninsured = ''
let foreign = ''
let address = ''

/** A repair order created at `at` (its window starts an hour later). */
async function repairOrder(at: Date) {
  const start = new Date(at.getTime() + 3600000)
  const input = orderInput(address, { category: 'repair', windowStart: start.toISOString(), windowEnd: new Date(start.getTime() + 3 * 3600000).toISOString() })
  return must(await call('i-res', 'orders.create', input)).id
}
const poolIds = async (openid: string) => must(await call(openid, 'orders.pool', {})).items.map((o) => o.id)

beforeAll(async () => {
  await aCommunity(tc.db, 'cI', 'INS001')
  await aCommunity(tc.db, 'cJ', 'INS002')
  await aUser(tc.db, 'i-coord', 'cI', ['resident', 'coordinator'])
  await aUser(tc.db, 'i-res', 'cI')
  insured = await aVolunteer(tc.db, 'i-vol-ins', 'cI')
  uninsured = await aVolunteer(tc.db, 'i-vol-none', 'cI')
  foreign = await aVolunteer(tc.db, 'j-vol', 'cJ')
  address = await anAddress(tc.db, 'i-res')
})
afterEach(() => setClock(null))

describe('volunteers.addInsurance', () => {
  it('records a policy, derives insuredUntil as the latest cover end, and is replay-safe', async () => {
    const input = { requestId: 'policy-request-1', insurer: '平安保险', policyNo: 'PA-001', from: today, to: inDays(30), volunteerIds: [insured] }
    const first = must(await call('i-coord', 'volunteers.addInsurance', input))
    expect(first.volunteers).toEqual([{ id: insured, insuredUntil: new Date(`${inDays(30)}T23:59:59.999+08:00`).toISOString() }])
    expect(must(await call('i-coord', 'volunteers.addInsurance', input))).toEqual(first)
    expect(policies()).toHaveLength(1)
    const audits = [...tc.store.all('audit_logs').values()].filter((r: any) => r.doc.action === 'volunteers.addInsurance')
    expect(audits).toHaveLength(1)
    // A bulk policy ending sooner covers the uninsured volunteer and leaves the other's later end alone.
    const bulk = { requestId: 'policy-request-2', insurer: '人保财险', policyNo: 'PICC-7', from: today, to: inDays(10), volunteerIds: [insured, uninsured] }
    must(await call('i-coord', 'volunteers.addInsurance', bulk))
    expect(new Date(vol(insured).insuredUntil).toISOString()).toBe(first.volunteers[0].insuredUntil)
    expect(shanghaiDay(vol(uninsured).insuredUntil)).toBe(inDays(10))
    must(await call('i-coord', 'volunteers.setInsurance', { volunteerId: uninsured, insuredUntil: null })) // the override: ended early
  })

  it('lets only the insured volunteer grab a repair order, and refuses them once the policy has ended', async () => {
    const now = await repairOrder(T0)
    expect(await poolIds('i-vol-none')).not.toContain(now)
    expect(expectFail(await call('i-vol-none', 'orders.grab', { orderId: now })).code).toBe('NOT_ELIGIBLE')
    expect(await poolIds('i-vol-ins')).toContain(now)
    must(await call('i-vol-ins', 'orders.grab', { orderId: now }))

    const after = new Date(new Date(`${inDays(30)}T23:59:59.999+08:00`).getTime() + 60000)
    setClock(() => after)
    const later = await repairOrder(after)
    expect(await poolIds('i-vol-ins')).not.toContain(later)
    expect(expectFail(await call('i-vol-ins', 'orders.grab', { orderId: later })).code).toBe('NOT_ELIGIBLE')
  })

  it('refuses bad input, another community and unknown volunteers, changing nothing', async () => {
    const base = { insurer: '平安保险', policyNo: 'PA-9', from: today, to: inDays(5), volunteerIds: [insured] }
    const n = policies().length
    const bad = expectFail(await call('i-coord', 'volunteers.addInsurance', { ...base, requestId: 'policy-bad-1', from: inDays(5), to: today }))
    expect(bad).toMatchObject({ code: 'BAD_INPUT', fields: { to: '保险止期不能早于起期' } })
    expect(expectFail(await call('i-coord', 'volunteers.addInsurance', { ...base, requestId: 'policy-bad-2', volunteerIds: [insured, foreign] })).code).toBe(
      'FORBIDDEN'
    )
    expect(expectFail(await call('i-coord', 'volunteers.addInsurance', { ...base, requestId: 'policy-bad-3', volunteerIds: ['nobody'] })).code).toBe(
      'NOT_FOUND'
    )
    expect(expectFail(await call('i-res', 'volunteers.addInsurance', { ...base, requestId: 'policy-bad-4' })).code).toBe('FORBIDDEN')
    expect(policies()).toHaveLength(n)
  })
})
