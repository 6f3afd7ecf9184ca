// communities.updateOrderRules through the router on the local cloud: bounds with Chinese messages, field-by-field
// changes, one audit entry per request (a replay adds none), and the new rules in force where orders read them.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectFail, expectOk as must, rawApiCaller } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'
import { anAddress, orderInput } from '../fixtures/orders'
import { DEFAULT_ORDER_RULES } from '../../src/shared/domain/order'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const callRaw = rawApiCaller()
const audits = () => [...tc.store.all('audit_logs').values()].map((r: any) => r.doc).filter((a: any) => a.action === 'communities.updateOrderRules')
const stored = () => tc.store.get('communities', 'cR')!.doc.orderRules

beforeAll(async () => {
  await aCommunity(tc.db, 'cR', 'RULE01')
  await aUser(tc.db, 'r-coord', 'cR', ['resident', 'coordinator'])
  await aUser(tc.db, 'r-res', 'cR')
})

describe('communities.updateOrderRules', () => {
  it('changes only the rules sent, returns the rules in force, and audits once per request', async () => {
    const extra = { requestId: 'rules-request-1' }
    const rules = must(await call('r-coord', 'communities.updateOrderRules', { slaMinutes: 45, rounding: { unit: 5 } }, extra))
    expect(rules).toEqual({ ...DEFAULT_ORDER_RULES, slaMinutes: 45, rounding: { unit: 5, mode: 'nearest' } })
    must(await call('r-coord', 'communities.updateOrderRules', { slaMinutes: 45, rounding: { unit: 5 } }, extra)) // a replay
    expect(audits()).toEqual([expect.objectContaining({ actorOpenid: 'r-coord', before: { slaMinutes: 30, rounding: DEFAULT_ORDER_RULES.rounding } })])
    must(await call('r-coord', 'communities.updateOrderRules', { fenceMeters: 800, streetEscalationMinutes: 60 }))
    expect(stored()).toEqual({ slaMinutes: 45, rounding: { unit: 5 }, fenceMeters: 800, streetEscalationMinutes: 60 })
    expect(must(await call('r-res', 'catalog.list', {})).rules).toMatchObject({ slaMinutes: 45, fenceMeters: 800, rounding: { unit: 5, mode: 'nearest' } })
  })

  it('puts the new SLA on orders created afterwards', async () => {
    const address = await anAddress(tc.db, 'r-res')
    const order = must(await call('r-res', 'orders.create', orderInput(address)))
    expect(new Date(order.slaDueAt).getTime() - new Date(order.createdAt).getTime()).toBe(45 * 60000)
  })

  it.each([
    [{ slaMinutes: 0 }, 'slaMinutes', '普通订单响应时限应在5到1440分钟之间'],
    [{ fenceMeters: 10 }, 'fenceMeters', '签到范围应在50到5000米之间'],
    [{ autoConfirmHours: 1000 }, 'autoConfirmHours', '自动确认时间应在1到720小时之间'],
    [{ urgentSlaMinutes: 60 }, 'urgentSlaMinutes', '紧急订单响应时限不能长于普通订单'],
    [{ streetEscalationMinutes: 1.5 }, 'streetEscalationMinutes', '上报街道时限应为整数'],
    [{ rounding: { unit: 7 } }, 'rounding.unit', '取整单位应为1、5、10、15或30分钟']
  ])('refuses %j with a Chinese message and changes nothing', async (input, field, message) => {
    const before = JSON.stringify(stored())
    const n = audits().length
    const e = expectFail(await callRaw('r-coord', 'communities.updateOrderRules', input))
    expect(e.code).toBe('BAD_INPUT')
    expect(e.fields?.[field]).toBe(message)
    expect(JSON.stringify(stored())).toBe(before)
    expect(audits()).toHaveLength(n)
  })

  it('is refused to a resident', async () => {
    expect(expectFail(await call('r-res', 'communities.updateOrderRules', { slaMinutes: 20 })).code).toBe('FORBIDDEN')
  })
})
