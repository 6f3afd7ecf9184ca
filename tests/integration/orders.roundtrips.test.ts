// Round-trip budgets per action (CloudBase charges and rate-limits every database round trip). Counts, never
// wall time: the local cloud counts each SDK request of one function call (localcloud/src/transport.ts), the
// router's caller read included. The scenario is `npm run trips`'s (scripts/roundtrips.ts), which prints the
// same figures as a table.
import { startTestCloud } from '../fixtures/localCloud'
import { rawApiCaller } from '../fixtures/api'
import { measureAll, type TripRow } from '../../scripts/roundtrips'

// Rate limits on, as deployed (tests/fixtures/setupEnv.ts switches them off elsewhere): their round trip counts.
process.env.API_RATE_LIMITS = ''
const tc = startTestCloud({ manifest: true })
// scripts/roundtrips.ts drives any transport (the gateway too), so it takes the untyped caller.
const call = rawApiCaller()

const BUDGET: Record<string, number> = {
  // caller + (order or address or nothing) + at most one write
  'catalog.list': 3, // measured 1: the catalogue comes with the caller's community
  // Order actions name their order: the router joins it into the caller read (needs: ['order']), so a move is
  // caller + conditional update, +1 where the move changes a 工作台 figure (the rollup increment right after it).
  // create: caller, insert (+ the rate limit's counter, issue 8). The 工作台 counts the new order a few seconds
  // later (the settle worker's tallyCreated), so no rollup write — nor the year's first-order rollup insert — is
  // on the resident's request.
  'orders.create': 3,
  // The first limited write of a community's hour also opens the rate window (an insert after the update finds
  // none) — once per community, action and hour.
  "orders.create (opens the hour's rate window)": 4,
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
  // confirm: caller with the order, the move, the completion/rating rollup. Paying and recording the service (a
  // ledger transaction, the record transaction with its totals, rollups and 爱心积分: 22 round trips) is the settle
  // worker's, seconds later (cloudfunctions/settle); it was on this request until issue 7 (25 round trips).
  'orders.confirm': 3,
  // Explicit exception — resolve of an order already paid at the same minutes: caller with the order, update,
  // service record check (3 in its transaction), settled mark, audit entry. A ruling that changes paid minutes adds
  // a reversal and a new settlement posting (see timebank tests): the correction must be applied BEFORE the move,
  // so a correction the ledger refuses (the volunteer spent the hours) leaves the dispute open — it cannot wait for
  // the worker. A coordinator's rare action.
  'orders.resolve': 7,
  // upsert writes an audit entry; the community came with the caller: caller, conditional update, audit.
  'catalog.upsert': 3,
  // The bench's other main actions (issue 7).
  'users.me': 3,
  'volunteers.register': 3, // caller with their own record, rate limit, insert
  'timebank.statement': 3,
  'stats.dashboard': 3,
  // Explicit exceptions, at their measured figure. certificates.issue: caller, rate limit, the sums of the
  // volunteer's records by content (one aggregate), insert — 4 (5 where the community has not set who signs).
  'certificates.issue': 4,
  // timebank.transfer: caller, rate limit, the recipient with their community, then ONE ledger transaction —
  // start, posting-id check, recipient's and sender's accounts, both accounts written, posting, entries, commit.
  // CloudBase carries each transaction step as its own request. Fewer would need the transfer to become an intent
  // that the settle worker posts (as confirm is), trading the on-the-spot balance and overspend check for seconds.
  'timebank.transfer': 12
}

let rows: TripRow[] = []
beforeAll(async () => {
  rows = await measureAll(tc.db, call)
})

it("measures every order action, both catalogue actions and the bench's other main actions, each succeeding", () => {
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
  for (const r of rows) expect(r.indexes.length).toBeGreaterThanOrEqual(['catalog.list', 'users.me'].includes(r.action) ? 3 : 4)
})
