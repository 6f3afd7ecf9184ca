// 保险登记 in bulk (volunteers.addInsurance with a selected list, as the coordinator's page sends it), through the
// router on the local cloud: one policy covers every selected volunteer; the whole list is checked before anything
// is written (one foreign or unknown volunteer → nothing at all); it is audited once with each volunteer's end before
// and after; a replay — also of a call cut off after the policy was stored, and many at once — records one policy and
// heals the derived ends. The clock is computed from the real now in China time, so it holds on any date and zone.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectFail, expectOk as must } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'
import { aVolunteer } from '../fixtures/orders'
import { shanghaiDay } from '../../src/shared/time'
import { insuranceStatus } from '../../src/shared/domain/insurance'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const { policyIdOf } = require('../../cloudfunctions/api/src/repos/insurance')
const DAY = 86400000
const T0 = new Date()
const inDays = (n: number) => shanghaiDay(new Date(T0.getTime() + n * DAY))
const endOf = (day: string) => new Date(`${day}T23:59:59.999+08:00`).toISOString()
const docs = (coll: string) => [...tc.store.all(coll).values()].map((r: any) => r.doc)
const volunteerDocs = () => JSON.stringify(docs('volunteers').sort((a, b) => a._id.localeCompare(b._id)))
const ids: string[] = []
let foreign = ''

beforeAll(async () => {
  await aCommunity(tc.db, 'cK', 'BULK01')
  await aCommunity(tc.db, 'cL', 'BULK02')
  await aUser(tc.db, 'k-coord', 'cK', ['resident', 'coordinator'])
  for (const v of ['k-vol1', 'k-vol2', 'k-vol3']) ids.push(await aVolunteer(tc.db, v, 'cK'))
  foreign = await aVolunteer(tc.db, 'l-vol', 'cL')
})

const policy = (requestId: string, volunteerIds: string[], to = inDays(365)) => ({
  requestId,
  insurer: '中国人寿',
  policyNo: 'GL-2024-001',
  from: inDays(0),
  to,
  volunteerIds
})

it('covers every selected volunteer with one policy, audited once with each end before and after', async () => {
  const out = must(await call('k-coord', 'volunteers.addInsurance', policy('bulk-policy-1', ids)))
  expect(out.volunteers).toEqual(ids.map((id) => ({ id, insuredUntil: endOf(inDays(365)) })))
  expect(docs('insurance_policies')).toHaveLength(1)
  const list = must(await call('k-coord', 'volunteers.list', { status: 'approved', limit: 50 })).items
  for (const v of list) expect(insuranceStatus(v.insuredUntil, T0)).toBe('covered')
  const audits = docs('audit_logs').filter((a) => a.action === 'volunteers.addInsurance')
  expect(audits).toHaveLength(1)
  expect(audits[0].after.volunteers.map((v: any) => [v.id, v.previous, v.insuredUntil])).toEqual(ids.map((id) => [id, null, endOf(inDays(365))]))
})

it('is all-or-nothing: one volunteer of another community or unknown refuses the whole list, writing nothing', async () => {
  const before = volunteerDocs()
  const policies = docs('insurance_policies').length
  const audits = docs('audit_logs').length
  expect(expectFail(await call('k-coord', 'volunteers.addInsurance', policy('bulk-policy-2', [...ids, foreign], inDays(800)))).code).toBe('FORBIDDEN')
  expect(expectFail(await call('k-coord', 'volunteers.addInsurance', policy('bulk-policy-3', [...ids, 'no-such-volunteer'], inDays(800)))).code).toBe(
    'NOT_FOUND'
  )
  const tooMany = Array.from({ length: 101 }, (_, i) => `v${i}`)
  expect(expectFail(await call('k-coord', 'volunteers.addInsurance', policy('bulk-policy-4', tooMany))).fields).toEqual({
    volunteerIds: '一张保单最多登记100名志愿者'
  })
  expect(volunteerDocs()).toBe(before)
  expect(docs('insurance_policies')).toHaveLength(policies)
  expect(docs('audit_logs')).toHaveLength(audits)
})

it('heals a call cut off after the policy was stored, and many replays at once record one policy', async () => {
  // The first attempt stored the policy and died before deriving the volunteers' ends: the retry (same requestId)
  // finds it and derives them.
  const input = policy('bulk-policy-5', ids.slice(0, 2), inDays(500))
  await tc.db.collection('insurance_policies').add({
    data: {
      _id: policyIdOf('k-coord', input.requestId),
      communityId: 'cK',
      insurer: input.insurer,
      policyNo: input.policyNo,
      from: new Date(`${input.from}T00:00:00.000+08:00`),
      to: new Date(endOf(input.to)),
      volunteerIds: input.volunteerIds,
      createdBy: 'k-coord',
      createdAt: T0
    }
  })
  const replies = await Promise.all(Array.from({ length: 5 }, () => call('k-coord', 'volunteers.addInsurance', input)))
  for (const r of replies) expect(must(r).volunteers).toEqual(input.volunteerIds.map((id) => ({ id, insuredUntil: endOf(inDays(500)) })))
  expect(docs('insurance_policies').filter((p) => p._id === policyIdOf('k-coord', input.requestId))).toHaveLength(1)
  expect(docs('audit_logs').filter((a) => a.targetId === policyIdOf('k-coord', input.requestId))).toHaveLength(1)
  expect(shanghaiDay(tc.store.get('volunteers', ids[2])!.doc.insuredUntil)).toBe(inDays(365)) // not on this policy
})
