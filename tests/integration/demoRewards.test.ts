// The demo 积分商城 (localcloud/src/demo/seedRewards.ts): the catalogue is on the shelf, and every demo volunteer's
// 爱心积分 match their demo service records (10 per hour, honorary top-ups earn none) less what they redeemed.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, sourceRuntime, expectOk as must } from '../fixtures/api'
import { seedDemo } from '../../localcloud/src/demo/seed'
import { seedVolunteers } from '../../localcloud/src/demo/seedVolunteers'
import { seedOrders } from '../../localcloud/src/demo/seedOrders'
import { seedTimebank } from '../../localcloud/src/demo/seedTimebank'
import { DEMO_REWARDS, seedRewards } from '../../localcloud/src/demo/seedRewards'
import { DEMO_COORDINATOR, demoVolunteer } from '../../localcloud/src/demo/ids'
import { pointsFor } from '../../src/shared/domain/points'

const tc = startTestCloud({ manifest: true })
// The demo's instant (the seeds take it; the api function stamps its own, real, clock meanwhile).
const now = new Date()
const call = apiCaller()
const runtime = sourceRuntime()
const stored = (coll: string) => [...tc.store.all(coll).values()].map((r) => r.doc as any)
let made = 0

beforeAll(async () => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined)
  await seedDemo(tc.db, now)
  await seedVolunteers(runtime, now)
  await seedOrders(runtime, tc.db, now)
  await seedTimebank(runtime, now)
  made = await seedRewards(runtime)
}, 120000)

it('puts the catalogue on the shelf once', async () => {
  expect(made).toBe(DEMO_REWARDS.length)
  const items = must(await call(demoVolunteer(1), 'rewards.list', {})).items
  expect(items.map((r: any) => r.name).sort()).toEqual(DEMO_REWARDS.map((r) => r.name).sort())
  expect(items.filter((r: any) => r.kind === 'privilege').length).toBeGreaterThanOrEqual(2)
  expect(await seedRewards(runtime)).toBe(0)
})

it('gives every demo volunteer the points their service records earned, less what they redeemed', async () => {
  const records = stored('service_records')
  const redemptions = stored('reward_redemptions')
  expect(redemptions).toHaveLength(1)
  expect(records.some((r) => r.source === 'honorary')).toBe(true)
  let total = 0
  for (let n = 1; n <= 17; n++) {
    const openid = demoVolunteer(n)
    const earned = records.filter((r) => r.volunteerOpenid === openid && r.source !== 'honorary').reduce((s, r) => s + pointsFor(r.minutes, 10), 0)
    const spent = redemptions.filter((d) => d.openid === openid).reduce((s, d) => s + d.cost, 0)
    const a = must(await call(openid, 'points.account', {}))
    expect({ openid, earned: a.lots.reduce((s: number, l: any) => s + l.earned, 0), balance: a.balance }).toEqual({ openid, earned, balance: earned - spent })
    total += earned
  }
  expect(total).toBeGreaterThan(0)
  expect(must(await call(DEMO_COORDINATOR, 'rewards.redemptions', { as: 'community', status: 'issued' })).items).toHaveLength(1)
})
