// 积分商城 through the router on the local cloud (genuine SDK): the catalogue (replay-safe create, version-checked
// edits, content security, withdrawn rewards hidden from members); redemption with stock under concurrency (50
// members at once for 5 units: exactly 5 succeed, nobody else pays), replays answering the first redemption, points
// short → no unit taken; pickup and 已领取 by a coordinator; scoping to the caller's community.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectOk as must } from '../fixtures/api'
import type { ActionInput } from '../../src/shared/contracts'
import { aCommunity, aUser } from '../fixtures/people'
import { shanghaiYear } from '../../src/shared/domain/points'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const stored = (coll: string) => [...tc.store.all(coll).values()].map((r) => r.doc as any)
const crowd = Array.from({ length: 50 }, (_, i) => `member-${String(i + 1).padStart(2, '0')}`)
let seq = 0
const rewardInput = (over: Partial<ActionInput<'rewards.upsert'>> = {}): ActionInput<'rewards.upsert'> => ({
  requestId: `req-reward-${++seq}`,
  name: '超市购物卡',
  kind: 'goods',
  cost: 10,
  stock: 5,
  description: '社区超市50元购物卡',
  ...over
})

/** Points for `openid` in `communityId`, earned as a record of `minutes` would earn them (10 per hour by default). */
async function givePoints(openid: string, communityId: string, minutes: number): Promise<void> {
  const { inTransaction } = require('../../cloudfunctions/api/src/repos/transaction')
  const { earnPointsIn } = require('../../cloudfunctions/api/src/repos/points')
  await inTransaction((t: any) =>
    earnPointsIn(
      t,
      { recordId: `test-${openid}-${++seq}`, volunteerOpenid: openid, communityId, source: 'order', date: '2026-01-01', minutesDelta: minutes },
      new Date()
    )
  )
}
const balance = async (openid: string) => must(await call(openid, 'points.account', {})).balance as number
const reward = (id: string) => stored('rewards').find((r) => r._id === id)

beforeAll(async () => {
  await aCommunity(tc.db, 'c1', 'RWD001', '文昌社区')
  await aCommunity(tc.db, 'c2', 'RWD002', '江北社区')
  await aUser(tc.db, 'coord', 'c1', ['resident', 'coordinator'])
  await aUser(tc.db, 'coord-2', 'c2', ['resident', 'coordinator'])
  for (const m of [...crowd, 'poor', 'twice', 'replayer', 'outsider']) await aUser(tc.db, m, m === 'outsider' ? 'c2' : 'c1')
  for (const m of crowd) await givePoints(m, 'c1', 120) // 20 points each
})

describe('the catalogue', () => {
  it('adds once per requestId, edits only at the version read, refuses risky text, hides withdrawn rewards from members', async () => {
    const input = rewardInput({ name: '优先预约体检', kind: 'privilege', cost: 50, stock: 100 })
    const r = must(await call('coord', 'rewards.upsert', input))
    expect(r).toMatchObject({ name: '优先预约体检', kind: 'privilege', kindLabel: '特权', cost: 50, stock: 100, redeemed: 0, active: true, version: 1 })
    expect(must(await call('coord', 'rewards.upsert', { ...input, name: '改过的名字' })).id).toBe(r.id) // a retried submit
    expect(stored('rewards').filter((d) => d.requestId === input.requestId)).toHaveLength(1)

    const edited = must(await call('coord', 'rewards.upsert', { rewardId: r.id, version: 1, name: '优先预约体检', kind: 'privilege', cost: 40, stock: 80 }))
    expect(edited).toMatchObject({ cost: 40, stock: 80, version: 2 })
    expect(await call('coord', 'rewards.upsert', { rewardId: r.id, version: 1, name: '过期的编辑', kind: 'privilege', cost: 1, stock: 1 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })
    expect(await call('coord', 'rewards.upsert', rewardInput({ name: '代开发票服务' }))).toMatchObject({
      ok: false,
      error: { code: 'CONTENT_RISKY', fields: { name: expect.any(String) } }
    })
    expect(await call('coord-2', 'rewards.upsert', { rewardId: r.id, version: 2, name: '越权', kind: 'goods', cost: 1, stock: 1 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(await call('member-01', 'rewards.upsert', rewardInput())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })

    must(await call('coord', 'rewards.upsert', { rewardId: r.id, version: 2, name: '优先预约体检', kind: 'privilege', cost: 40, stock: 80, active: false }))
    expect(must(await call('member-01', 'rewards.list', {})).items.map((i: any) => i.id)).not.toContain(r.id)
    expect(must(await call('coord', 'rewards.list', { all: true })).items.find((i: any) => i.id === r.id)).toMatchObject({ active: false })
    expect(await call('member-01', 'rewards.list', { all: true })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call('member-01', 'rewards.redeem', { rewardId: r.id, requestId: 'redeem-withdrawn' })).toMatchObject({
      ok: false,
      error: { code: 'REWARD_UNAVAILABLE' }
    })
    expect(must(await call('outsider', 'rewards.list', {})).items.map((i: any) => i.id)).not.toContain(r.id)
  })
})

describe('redemption', () => {
  it('lets exactly 5 of 50 concurrent members redeem a 5-unit reward, and charges only those 5', async () => {
    const r = must(await call('coord', 'rewards.upsert', rewardInput({ name: '理发优惠券', cost: 10, stock: 5 })))
    const replies = await Promise.all(crowd.map((m) => call(m, 'rewards.redeem', { rewardId: r.id, requestId: `crowd-${m}` })))
    const won = crowd.filter((_, i) => replies[i].ok)
    expect(won).toHaveLength(5)
    expect(replies.filter((x) => !x.ok).map((x: any) => x.error.code)).toEqual(Array(45).fill('SOLD_OUT'))
    expect(reward(r.id)).toMatchObject({ stock: 0, redeemed: 5 })
    const balances = await Promise.all(crowd.map(balance))
    expect(crowd.filter((_, i) => balances[i] === 10).sort()).toEqual([...won].sort())
    expect(balances.filter((b) => b === 20)).toHaveLength(45)
    expect(
      stored('reward_redemptions')
        .filter((d) => d.rewardId === r.id)
        .map((d) => d.openid)
        .sort()
    ).toEqual([...won].sort())
    expect(stored('points_entries').filter((e) => e.kind === 'redeem' && e.memo.includes('理发优惠券'))).toHaveLength(5)
    // Each winner has a six-digit pickup code in their list.
    const mine = must(await call(won[0], 'rewards.redemptions', {})).items
    expect(mine).toEqual([
      expect.objectContaining({
        rewardName: '理发优惠券',
        cost: 10,
        status: 'issued',
        statusLabel: '待领取',
        pickupCode: expect.stringMatching(/^\d{6}$/),
        memberName: null
      })
    ])
  })

  it('answers a replay with the first redemption, even when the replays arrive together', async () => {
    await givePoints('replayer', 'c1', 60) // 10 points
    const r = must(await call('coord', 'rewards.upsert', rewardInput({ cost: 4, stock: 10 })))
    const input = { rewardId: r.id, requestId: 'replay-redeem-1' }
    const replies = (await Promise.all([1, 2, 3, 4, 5].map(() => call('replayer', 'rewards.redeem', input)))).map(must)
    expect(new Set(replies.map((x) => x.redemption.id)).size).toBe(1)
    expect(new Set(replies.map((x) => x.redemption.pickupCode)).size).toBe(1)
    expect(await balance('replayer')).toBe(6)
    expect(reward(r.id)).toMatchObject({ stock: 9, redeemed: 1 })
    expect(must(await call('replayer', 'rewards.redeem', input))).toMatchObject({ redemption: replies[0].redemption, balance: 6 })
    expect(reward(r.id)).toMatchObject({ stock: 9, redeemed: 1 })
  })

  it('refuses a member short of points without touching stock, also when the points ran out meanwhile', async () => {
    await givePoints('poor', 'c1', 30) // 5 points
    const r = must(await call('coord', 'rewards.upsert', rewardInput({ cost: 10, stock: 5 })))
    expect(await call('poor', 'rewards.redeem', { rewardId: r.id, requestId: 'poor-redeem-1' })).toMatchObject({
      ok: false,
      error: { code: 'INSUFFICIENT_POINTS' }
    })
    expect(reward(r.id)).toMatchObject({ stock: 5, redeemed: 0 })
    // Points for one unit, three different redemptions at once: each may pass the first check; only one is paid.
    await givePoints('twice', 'c1', 60) // 10 points
    const replies = await Promise.all([1, 2, 3].map((i) => call('twice', 'rewards.redeem', { rewardId: r.id, requestId: `twice-redeem-${i}` })))
    expect(replies.filter((x) => x.ok)).toHaveLength(1)
    expect(replies.filter((x) => !x.ok).map((x: any) => x.error.code)).toEqual(['INSUFFICIENT_POINTS', 'INSUFFICIENT_POINTS'])
    expect(reward(r.id)).toMatchObject({ stock: 4, redeemed: 1 })
    expect(await balance('twice')).toBe(0)
  })

  it('spends the oldest unexpired lot first', async () => {
    const { inTransaction } = require('../../cloudfunctions/api/src/repos/transaction')
    const { earnPointsIn } = require('../../cloudfunctions/api/src/repos/points')
    const year = shanghaiYear(new Date())
    await aUser(tc.db, 'saver', 'c1')
    const earn = (id: string, minutes: number, at: string) =>
      inTransaction((t: any) =>
        earnPointsIn(
          t,
          { recordId: id, volunteerOpenid: 'saver', communityId: 'c1', source: 'project', date: '2025-01-01', minutesDelta: minutes },
          new Date(at)
        )
      )
    await earn('saver-1', 60, `${year - 1}-06-01T10:00:00+08:00`) // 10 in last year's lot
    await earn('saver-2', 300, `${year}-03-01T10:00:00+08:00`) // 50 in this year's lot
    const r = must(await call('coord', 'rewards.upsert', rewardInput({ cost: 25, stock: 5 })))
    expect(must(await call('saver', 'rewards.redeem', { rewardId: r.id, requestId: 'saver-redeem' })).balance).toBe(35)
    const lots = must(await call('saver', 'points.account', {})).lots
    expect(lots.map((l: any) => [l.year, l.used, l.left])).toEqual([
      [year, 15, 35],
      [year - 1, 10, 0]
    ])
  })

  it('hands the reward over once: coordinators see the community list with names and mark it 已领取', async () => {
    const pending = must(await call('coord', 'rewards.redemptions', { as: 'community', status: 'issued', limit: 50 })).items
    expect(pending.length).toBeGreaterThanOrEqual(5)
    expect(pending[0].memberName).toEqual(expect.any(String))
    const done = must(await call('coord', 'rewards.fulfil', { redemptionId: pending[0].id }))
    expect(done).toMatchObject({ status: 'fulfilled', statusLabel: '已领取', fulfilledAt: expect.any(String) })
    expect(await call('coord', 'rewards.fulfil', { redemptionId: pending[0].id })).toMatchObject({ ok: false, error: { code: 'ALREADY_FULFILLED' } })
    expect(await call('coord-2', 'rewards.fulfil', { redemptionId: pending[1].id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call('member-01', 'rewards.redemptions', { as: 'community' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call('member-01', 'rewards.fulfil', { redemptionId: pending[1].id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it("refuses another community's reward", async () => {
    const r = must(await call('coord', 'rewards.upsert', rewardInput({ cost: 1, stock: 5 })))
    await givePoints('outsider', 'c2', 60)
    expect(await call('outsider', 'rewards.redeem', { rewardId: r.id, requestId: 'outsider-redeem-1' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(reward(r.id)).toMatchObject({ stock: 5, redeemed: 0 })
  })
})
