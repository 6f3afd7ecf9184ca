// `npm run trips` — what each order and catalogue action costs in database round trips (CloudBase bills and
// rate-limits per round trip), documents examined and documents returned, counted by the local cloud per call
// (localcloud/src/transport.ts). The router's caller read (one aggregate with $lookup) is included.
// It builds a small scenario on a throw-away data folder, runs every orders.* action plus catalog.list and
// catalog.upsert once through the real `api` entry point, prints a table and flags anything above 3 round trips.
// tests/integration/orders.roundtrips.test.ts runs the same scenario and holds the per-action budgets.
import { openScriptCloud } from './scriptCloud'
import { aCommunity, aUser } from '../tests/fixtures/people'
import { aVolunteer, anAddress, east, orderInput } from '../tests/fixtures/orders'

export const TRIP_LIMIT = 3

export interface TripRow { action: string; roundTrips: number; examined: number; returned: number; joined: number; outcome: string; indexes: string[]; unindexed: string[] }
type Counters = { roundTrips: number; examined: number; returned: number; joined: number; queries: Array<{ coll: string; kind: string; fields: string[]; index: string | null }> }
type Reply = { ok: boolean; data?: any; error?: { code: string } } & { counters: Counters }
export type Call = (openid: string, action: string, input?: unknown) => Promise<Reply>

/** The scenario: a community, its coordinator, a resident with an address, four approved volunteers nearby. */
async function scenario(db: any): Promise<{ addressId: string; volunteers: string[] }> {
  await aCommunity(db, 'trip-c1', 'TRIP01')
  await aUser(db, 'trip-coord', 'trip-c1', ['resident', 'coordinator'])
  await aUser(db, 'trip-res', 'trip-c1')
  const addressId = await anAddress(db, 'trip-res')
  const volunteers: string[] = []
  for (let i = 1; i <= 4; i++) volunteers.push(await aVolunteer(db, `trip-vol-${i}`, 'trip-c1', { at: east(200 * i) }))
  return { addressId, volunteers }
}

/** Runs the scenario and every measured action once; setup calls between them are not measured. */
export async function measureAll(db: any, call: Call): Promise<TripRow[]> {
  const { addressId, volunteers } = await scenario(db)
  const rows: TripRow[] = []
  const step = async (label: string, openid: string, action: string, input?: unknown, measured = true) => {
    const r = await call(openid, action, input)
    if (measured) {
      const { roundTrips, examined, returned, joined, queries } = r.counters
      const indexes = queries.map((q) => `${q.coll}.${q.index ?? '?'}`)
      const unindexed = queries.filter((q) => !q.index).map((q) => `${q.coll} ${q.kind} (${q.fields.join(', ') || 'no filter'})`)
      rows.push({ action: label, roundTrips, examined, returned, joined, outcome: r.ok ? 'ok' : r.error!.code, indexes, unindexed })
    }
    if (!r.ok) throw new Error(`${label} by ${openid} failed: ${r.error!.code}`)
    return r.data
  }
  const [res, coord, v1, v2, v3] = ['trip-res', 'trip-coord', 'trip-vol-1', 'trip-vol-2', 'trip-vol-3']

  await step('catalog.list', res, 'catalog.list', {})
  await step('catalog.upsert', coord, 'catalog.upsert', { category: 'shopping', defaultMinutes: 60, skills: ['shopping'], minAge: 16, risky: false, residentDirect: true, enabled: true })
  const a = await step('orders.create', res, 'orders.create', orderInput(addressId))
  await step('orders.get', res, 'orders.get', { orderId: a.id })
  await step('orders.listMine', res, 'orders.listMine', { as: 'resident' })
  await step('orders.pool', v1, 'orders.pool', {})
  await step('orders.board', coord, 'orders.board', {})
  await step('orders.candidates', coord, 'orders.candidates', { orderId: a.id })
  await step('orders.dispatch', coord, 'orders.dispatch', { orderId: a.id, volunteerId: volunteers[0] })
  await step('orders.decline', v1, 'orders.decline', { orderId: a.id, reason: '临时有事' })
  await step('(setup) dispatch', coord, 'orders.dispatch', { orderId: a.id, volunteerId: volunteers[1] }, false)
  await step('orders.reassign', coord, 'orders.reassign', { orderId: a.id, volunteerId: volunteers[2], reason: '志愿者生病' })
  await step('orders.accept', v3, 'orders.accept', { orderId: a.id })
  await step('orders.checkIn', v3, 'orders.checkIn', { orderId: a.id, code: a.checkInCode })
  // (setup) an hour of service, so confirm pays real minutes through the ledger
  await db.collection('orders').doc(a.id).update({ data: { checkInAt: new Date(Date.now() - 3600000) } })
  await step('orders.checkOut', v3, 'orders.checkOut', { orderId: a.id })
  await step('orders.confirm', res, 'orders.confirm', { orderId: a.id, stars: 5, tags: ['耐心细致'] })
  await step('orders.dispute', res, 'orders.dispute', { orderId: a.id, reason: '时长记录不对' })
  await step('orders.resolve', coord, 'orders.resolve', { orderId: a.id, minutes: 60, reason: '按实际一小时计' })
  const b = await step('(setup) create', res, 'orders.create', orderInput(addressId), false)
  await step('orders.grab', v2, 'orders.grab', { orderId: b.id })
  await step('orders.cancel (withdraw)', v2, 'orders.cancel', { orderId: b.id, reason: '临时要加班' })
  await step('orders.cancel', res, 'orders.cancel', { orderId: b.id, reason: '家人已帮忙' })
  return rows
}

export function formatTable(rows: TripRow[]): string {
  const head = ['action', 'round trips', 'examined', 'joined', 'returned', 'ok/code', 'indexes used', '']
  const flag = (r: TripRow) => [r.roundTrips > TRIP_LIMIT ? `⚠ above ${TRIP_LIMIT}` : '', r.unindexed.length ? `⚠ no index: ${r.unindexed.join('; ')}` : ''].filter(Boolean).join(' ')
  const body = rows.map((r) => [r.action, String(r.roundTrips), String(r.examined), String(r.joined), String(r.returned), r.outcome, r.indexes.join(' '), flag(r)])
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)))
  const line = (cells: string[]) => cells.map((c, i) => (i >= 1 && i <= 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd()
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n')
}

async function main(): Promise<void> {
  const sc = await openScriptCloud('roundtrips')
  const call: Call = async (openid, action, input) => {
    const { result, counters } = await sc.call(openid, action, input)
    return Object.assign(result as Reply, { counters })
  }
  try {
    const rows = await measureAll(sc.db, call)
    console.log(formatTable(rows))
    const over = rows.filter((r) => r.roundTrips > TRIP_LIMIT)
    console.log(over.length ? `\n${over.length} action(s) above ${TRIP_LIMIT} round trips: ${over.map((r) => r.action).join(', ')}` : `\nevery action within ${TRIP_LIMIT} round trips`)
  } finally {
    sc.close()
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e)
    process.exit(1)
  })
}
