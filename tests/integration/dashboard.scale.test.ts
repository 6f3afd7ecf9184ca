// The 工作台 costs the same whatever the data size: the dashboard call reads the caller's user document (the
// router's read, every action makes it) and three documents of its own — two rollups and the community's issuing
// account — at 10 k and at 100 k stored records alike (counted by the local cloud). `npm run scale:dashboard`
// repeats this at 1 M (too much memory for a test run).
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'
import { bulkRecords } from '../../scripts/bulkRecords'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const { rebuildRollups } = require('../../cloudfunctions/api/src/repos/statsRebuild')

beforeAll(async () => {
  await aCommunity(tc.db, 'cA', 'SCALE1', '文昌社区')
  await aUser(tc.db, 'coord-A', 'cA', ['resident', 'coordinator'])
  // The community's issuing account: what it has put out is the time bank's circulation (a third document).
  tc.store.commit([
    { coll: 'ledger_accounts', id: 'issuing:cA', doc: { _id: 'issuing:cA', ownerOpenid: null, communityId: 'cA', balance: -1200, holds: {}, version: 1 } }
  ] as never)
})

async function measuredAt(total: number) {
  bulkRecords(tc.store, 'cA', total - tc.store.all('orders').size - tc.store.all('service_records').size, new Date())
  await rebuildRollups('cA', new Date())
  const r = await call('coord-A', 'stats.dashboard', {})
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  expect(r.data.timebank.circulationMinutes).toBe(1200)
  return { counters: r.counters, created: r.data.orders.created, served: r.data.hours.servedMinutes }
}

it('reads 1 caller document + 3 dashboard documents in 3 round trips at 10 k and at 100 k records', async () => {
  const small = await measuredAt(10_000)
  const large = await measuredAt(100_000)
  for (const m of [small, large]) {
    expect(m.counters.roundTrips).toBe(3)
    expect(m.counters.examined).toBe(4)
    expect(m.counters.joined).toBe(1) // the caller read joins the coordinator's community (no volunteer record)
    expect(m.counters.returned).toBeLessThanOrEqual(4)
  }
  // The figures did grow with the data: the same reads serve ten times the records.
  expect(large.created).toBeGreaterThan(small.created * 5)
  expect(large.served).toBeGreaterThan(small.served * 5)
}, 300000)
