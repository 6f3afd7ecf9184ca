// Round-trip budgets per action (CloudBase charges and rate-limits every database round trip). Counts, never
// wall time: the local cloud counts each SDK request of one function call (localcloud/src/transport.ts), the
// router's caller read included. The scenario is `npm run trips`'s (scripts/roundtrips.ts), which prints the
// same figures as a table.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller } from '../fixtures/api'
import { measureAll, type TripRow } from '../../scripts/roundtrips'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()

const BUDGET: Record<string, number> = {
  // caller + (order or address or nothing) + at most one write
  'catalog.list': 3, // measured 1: the catalogue comes with the caller's community
  // Order actions name their order: the router joins it into the caller read (needs: ['order']), so a move is
  // caller + conditional update, +1 where the move changes a 工作台 figure (the rollup increment right after it).
  // create: caller, insert, rollup — and the scenario's first order of the year also creates the year's rollup
  // (an update that finds nothing, then the insert): 4 here, 3 for every later order.
  'orders.create': 4,
  'orders.get': 3,
  'orders.listMine': 3,
  'orders.pool': 3,
  'orders.grab': 3, // first acceptance: response time
  'orders.accept': 3,
  'orders.decline': 3,
  'orders.checkIn': 3,
  'orders.checkOut': 3,
  'orders.dispute': 3,
  'orders.cancel': 3, // cancellation count
  'orders.cancel (withdraw)': 3,
  'orders.board': 3,
  'orders.candidates': 3,
  // Explicit exceptions, at their measured figure so any extra round trip fails here:
  // dispatch/reassign: caller, order with the chosen volunteer joined (one aggregate), conditional update.
  'orders.dispatch': 3,
  'orders.reassign': 3,
  // confirm pays and records the service right after the move (actions/orders/settle.ts): caller, order, move (3);
  // the posting transaction — start, posting-id check, volunteer and issuing accounts, posting, entries, two
  // accounts, commit (9); the service-record transaction — start, record, record, total, total, commit (6); the
  // settled mark (1). CloudBase bills each transaction step; issue 7 revisits this (one transaction, fewer reads).
  // Since issue 6: −1 the order joined into the caller read, +1 the completion/rating rollup after the move, +2 the
  // served-minutes rollup inside the record transaction (read, update), +4 爱心积分 earned inside it (settings,
  // points account read and write, entry).
  'orders.confirm': 25,
  // resolve of an order already paid at the same minutes: caller, order, update, service record check (3 + 3 in
  // its transaction), settled mark, audit entry. A ruling that changes paid minutes adds a reversal and a new
  // settlement posting (see timebank tests).
  'orders.resolve': 7, // the order now comes with the caller read
  // upsert writes an audit entry; the community came with the caller: caller, conditional update, audit.
  'catalog.upsert': 3
}

let rows: TripRow[] = []
beforeAll(async () => {
  rows = await measureAll(tc.db, call)
})

it('measures every order action and both catalogue actions, each succeeding', () => {
  expect(rows.map((r) => r.action).sort()).toEqual(Object.keys(BUDGET).sort())
  expect(rows.filter((r) => r.outcome !== 'ok')).toEqual([])
})

it.each(Object.entries(BUDGET))('%s stays within %i round trips', (action, budget) => {
  const row = rows.find((r) => r.action === action)!
  expect(row.roundTrips).toBeLessThanOrEqual(budget)
})

it('returns no more documents than it examines, and examines few on a small store', () => {
  for (const r of rows) {
    expect(r.returned).toBeLessThanOrEqual(r.examined)
    expect(r.examined).toBeLessThan(20)
  }
})

it('serves every query of every action through an index declared in the database manifest', () => {
  expect(rows.filter((r) => r.unindexed.length).map((r) => `${r.action}: ${r.unindexed.join('; ')}`)).toEqual([])
  // and it does look: each action made at least the caller's read plus one more query
  for (const r of rows) expect(r.indexes.length).toBeGreaterThanOrEqual(r.action === 'catalog.list' ? 3 : 4)
})
