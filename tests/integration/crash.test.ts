// Crash suite (issue 7), fast variant: 3 rounds with a fixed seed of { concurrent orders, grabs, check-ins and
// -outs, confirmations (settlement), own-hours cancellations, transfers and donations → kill -9 of the gateway at
// a random moment → restart on the same data → cron once }. Straight after each kill every acknowledged write is
// there with what its reply claimed and the ledger is whole; after the restart and cron also no half-written unit
// is visible (finished orders paid, recorded and with points; holds only for open own-hours orders), and
// replaying acknowledged requests returns the same result and writes nothing. The full variant is `npm run test:crash` (tests/crash/full.mjs:
// many rounds, a random seed it prints; CRASH_SEED=<n> reruns one).
// Needs the bundled functions (`npm run build:functions`, which `npm test` runs first).
import { CrashRun, type RoundReport } from '../crash/harness'
import { checkAcknowledged, checkLedger, checkOrders } from '../crash/checks'
import { readStore, type Snapshot } from '../crash/storeView'

const SEED = process.env.CRASH_SEED ? Number(process.env.CRASH_SEED) : 20261123
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 3)

jest.setTimeout(60000 + ROUNDS * 40000)

let run: CrashRun

it(`keeps every acknowledged write and no half-write across ${ROUNDS} kill -9 rounds (seed ${SEED})`, async () => {
  console.info(`[crash] seed ${SEED}, ${ROUNDS} rounds (rerun: CRASH_SEED=${SEED} CRASH_ROUNDS=${ROUNDS} npx jest tests/integration/crash.test.ts)`)
  run = new CrashRun({ seed: SEED, rounds: ROUNDS, log: (line) => console.info(line) })
  const reports: RoundReport[] = []
  try {
    await run.setUp()
    for (let n = 1; n <= ROUNDS; n++) reports.push(await run.round(n))
  } finally {
    await run.tearDown()
  }
  expect(reports.map((r) => ({ round: r.round, problems: r.problems }))).toEqual(reports.map((r) => ({ round: r.round, problems: [] })))
  // Each kill really cut a burst short: writes were acknowledged before it and calls were cut off by it.
  for (const r of reports) {
    expect(Object.values(r.acked).reduce((a, b) => a + b, 0)).toBeGreaterThan(0)
    expect(r.cutOff).toBeGreaterThan(0)
  }
  // The mix reached every kind of write, settlements that moved hours included, and replays were tried.
  const acked = (op: string) => reports.reduce((a, r) => a + (r.acked[op] ?? 0), 0)
  expect(['create', 'grab', 'checkIn', 'checkOut', 'confirm'].filter((op) => acked(op) === 0)).toEqual([])
  expect(acked('transfer') + acked('donate')).toBeGreaterThan(0)
  const settlements = [...readStore(run.dataDir, ['ledger_postings']).ledger_postings.keys()].filter((id) => /^order:.*:settle$/.test(id))
  expect(settlements.length).toBeGreaterThan(0)
  expect(reports.reduce((a, r) => a + r.replayed, 0)).toBeGreaterThan(0)
})

it('has checks that see each kind of loss and half-write (the store of the run above, altered)', () => {
  const stored = readStore(run.dataDir)
  const problemsAfter = (alter: (s: Snapshot) => void) => {
    const s = structuredClone(stored)
    alter(s)
    return [...checkAcknowledged(s, run.acks), ...checkLedger(s), ...checkOrders(s)]
  }
  expect(problemsAfter(() => undefined)).toEqual([])
  const settled = [...stored.ledger_postings.values()].find((p) => /^order:.*:settle$/.test(p._id))!
  const transfer = run.acks.find((a) => a.op === 'transfer' || a.op === 'donate')!
  const finished = [...stored.orders.values()].find((o) => o.status === 'completed' && o.finalMinutes > 0)!
  const open = [...stored.orders.values()].find((o) => o.status === 'pending' && o.funding === 'own_hours')
  const alterations: Array<[string, (s: Snapshot) => void]> = [
    ['a posting without one of its entries', (s) => s.ledger_entries.delete(`${settled._id}#0`)],
    ['entries without their posting', (s) => s.ledger_postings.delete(settled._id)],
    ['an account not updated with its entry', (s) => (s.ledger_accounts.get(settled.entries[0].account).balance += 7)],
    ['an acknowledged transfer or donation lost', (s) => 'postingId' in transfer && s.ledger_postings.delete(transfer.postingId)],
    ['an acknowledged order lost', (s) => s.orders.delete(run.acks.find((a) => a.op === 'create' && 'orderId' in a)!.orderId as string)],
    ['an acknowledged move lost', (s) => (s.orders.get(finished._id).status = 'in_service')],
    ['a finished order left unsettled', (s) => delete s.orders.get(finished._id).settledAt],
    ['a service record lost', (s) => s.service_records.delete(`order-${finished._id}`)],
    [
      'a record without its points',
      (s) => delete s.points_accounts.get(`${finished.communityId}:${finished.volunteerOpenid}`).sources[`order-${finished._id}`]
    ],
    ['a hold left behind by a finished order', (s) => (s.ledger_accounts.get(`member:${finished.createdBy}`).holds[`order_${finished._id}`] = 60)],
    ...(open
      ? [
          [
            'an open own-hours order without its hold',
            (s: Snapshot) => delete s.ledger_accounts.get(`member:${open.createdBy}`).holds[`order_${open._id}`]
          ] as [string, (s: Snapshot) => void]
        ]
      : [])
  ]
  for (const [what, alter] of alterations) expect([what, problemsAfter(alter).length > 0]).toEqual([what, true])
})
