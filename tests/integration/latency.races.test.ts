// Races through the HTTP gateway with the latency model on (LOCALCLOUD_LATENCY, localcloud/src/latency.ts): every
// database round trip waits 2–20 ms, so concurrent calls interleave at each round trip as on CloudBase instead of
// running one after another in microtasks. Setup runs with latency off; each race turns it on for itself.
// - 6 members each send ONE rewards.redeem 4 times at once (a weak network's retries, same requestId) for a
//   reward with 3 units: every copy of one request gets the same answer, 3 members win, stock ends at 0;
// - a transaction's add of an id committed since its snapshot conflicts (retried), as two copies of teams.join need;
// - 50 volunteers grab one order at once: exactly one wins. (Checked by hand: with `status: from` taken out of
//   moveOrder's conditional update in repos/orders.ts this test fails — several volunteers "win".)
import { callGateway } from '../fixtures/gatewayProcess'
import { startInProcessGateway, type InProcessGateway } from '../fixtures/inProcessGateway'
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectOk as must } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'
import { aVolunteer, anAddress, east, orderInput } from '../fixtures/orders'
import { parseLatency } from '../../localcloud/src/latency'
import { isDuplicateKey, isTransactionConflict } from '../../cloudfunctions/api/src/lib/dbErrors'

jest.setTimeout(60000)

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const stored = (coll: string) => [...tc.store.all(coll).values()].map((r) => r.doc as any)
const members = Array.from({ length: 6 }, (_, i) => `member-${i + 1}`)
const volunteers = Array.from({ length: 50 }, (_, i) => `vol-${i}`)
let gw: InProcessGateway
let addressId = ''

/** Runs `race` with every round trip costing `spec` ms (2–20 unless told), then turns latency off again. */
async function withLatency<T>(race: () => Promise<T>, spec = '2-20'): Promise<T> {
  tc.latency.set(spec)
  try {
    return await race()
  } finally {
    tc.latency.set(undefined)
  }
}

beforeAll(async () => {
  gw = await startInProcessGateway(tc)
  await aCommunity(tc.db, 'c1', 'LAT001')
  await aUser(tc.db, 'coord', 'c1', ['resident', 'coordinator'])
  await aUser(tc.db, 'res-1', 'c1')
  addressId = await anAddress(tc.db, 'res-1')
  const { inTransaction } = require('../../cloudfunctions/api/src/repos/transaction')
  const { earnPointsIn } = require('../../cloudfunctions/api/src/repos/points')
  for (const m of members) {
    await aUser(tc.db, m, 'c1')
    const earn = { recordId: `earn-${m}`, volunteerOpenid: m, communityId: 'c1', source: 'order', date: '2026-01-01', minutesDelta: 120 }
    await inTransaction((t: any) => earnPointsIn(t, earn, new Date())) // 20 points each
  }
  for (const [i, v] of volunteers.entries()) await aVolunteer(tc.db, v, 'c1', { at: east(200 + i * 100) })
})

afterAll(() => gw.close())

describe('the latency model', () => {
  it('reads LOCALCLOUD_LATENCY as ms or a range, off when unset or 0, and refuses anything else', () => {
    expect(parseLatency('5')).toEqual({ min: 5, max: 5 })
    expect(parseLatency('2-20')).toEqual({ min: 2, max: 20 })
    expect([undefined, '', '0', '0-0'].map(parseLatency)).toEqual([null, null, null, null])
    for (const bad of ['fast', '20-2', '-5', '5ms']) expect(() => parseLatency(bad)).toThrow(/LOCALCLOUD_LATENCY/)
  })

  it('makes each round trip yield to the event loop (where the gateway reads other requests) only when on', async () => {
    const firstDone = async () => {
      const seen: string[] = []
      setImmediate(() => seen.push('event loop'))
      await tc.db.collection('communities').doc('c1').get()
      seen.push('round trip')
      return seen[0]
    }
    expect(await firstDone()).toBe('round trip') // served in microtasks: nothing else runs meanwhile
    expect(await withLatency(firstDone, '5')).toBe('event loop')
  })
})

it("a transaction's add of an id another writer committed after its snapshot is a write conflict (retried), not E11000", async () => {
  // Two copies of one teams.join under latency hit this: the loser's add must conflict so inTransaction retries
  // and then finds the membership, instead of answering CONFLICT from a duplicate key.
  const t = await tc.db.startTransaction()
  expect(
    await t
      .collection('team_members')
      .doc('snap-1')
      .get()
      .catch(() => 'absent')
  ).toBe('absent')
  await tc.db.collection('team_members').add({ data: { _id: 'snap-1', teamId: 't', openid: 'o' } })
  const err = await t
    .collection('team_members')
    .add({ data: { _id: 'snap-1', teamId: 't', openid: 'o' } })
    .catch((e: unknown) => e)
  await t.rollback().catch(() => undefined)
  expect(isTransactionConflict(err)).toBe(true)
  expect(isDuplicateKey(err)).toBe(false)
  // Visible in the snapshot, it is still a duplicate key.
  const later = await tc.db.startTransaction()
  expect(
    isDuplicateKey(
      await later
        .collection('team_members')
        .add({ data: { _id: 'snap-1' } })
        .catch((e: unknown) => e)
    )
  ).toBe(true)
  await later.rollback().catch(() => undefined)
})

it('6 members × 4 simultaneous copies of one redemption (3 units): every copy agrees, 3 win, stock ends at 0', async () => {
  const r = must(await call('coord', 'rewards.upsert', { requestId: 'lat-reward', name: '理发优惠券', kind: 'goods', cost: 10, stock: 3, description: '' }))
  const copies = members.flatMap((m) => [1, 2, 3, 4].map(() => m))
  const replies = await withLatency(() =>
    Promise.all(copies.map((m) => callGateway(gw.url, m, { action: 'rewards.redeem', input: { rewardId: r.id, requestId: `redeem-${m}` } })))
  )
  const answerOf = (x: any) => (x.ok ? `ok ${x.data.redemption.id} ${x.data.redemption.pickupCode}` : x.error.code)
  const byMember = members.map((m) => [...new Set(replies.filter((_, i) => copies[i] === m).map(answerOf))])
  expect(byMember.map((answers) => answers.length)).toEqual(Array(6).fill(1)) // one answer per member, whatever the copy
  const winners = members.filter((_, i) => byMember[i][0].startsWith('ok'))
  expect(winners).toHaveLength(3)
  expect(byMember.filter((a) => !a[0].startsWith('ok')).map((a) => a[0])).toEqual(Array(3).fill('SOLD_OUT'))
  expect(stored('rewards').find((d) => d._id === r.id)).toMatchObject({ stock: 0, redeemed: 3 })
  const redemptions = stored('reward_redemptions').filter((d) => d.rewardId === r.id)
  expect(redemptions.map((d) => d.openid).sort()).toEqual([...winners].sort())
  const balances = await Promise.all(members.map(async (m) => must(await call(m, 'points.account', {})).balance))
  expect(balances).toEqual(members.map((m) => (winners.includes(m) ? 10 : 20)))
})

it('50 volunteers grab one order through the gateway at once: exactly one wins', async () => {
  const o = must(await call('res-1', 'orders.create', orderInput(addressId)))
  const replies = await withLatency(() => Promise.all(volunteers.map((v) => callGateway(gw.url, v, { action: 'orders.grab', input: { orderId: o.id } }))))
  const won = replies.filter((x) => x.ok)
  expect(won).toHaveLength(1)
  expect(replies.filter((x) => !x.ok).map((x) => x.error.code)).toEqual(Array(49).fill('ORDER_TAKEN'))
  const order = stored('orders').find((d) => d._id === o.id)
  expect(order).toMatchObject({ status: 'accepted', volunteerName: won[0].data.volunteer.name })
  expect(order.events.filter((e: any) => e.kind === 'grab')).toHaveLength(1)
})
