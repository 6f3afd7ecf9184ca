// The time-bank ledger domain (src/shared/domain/ledger) under random sequences of operations: grants, transfers,
// donations, holds, releases, settlements near the storage cap, reversals and replays of earlier steps, applied to
// an in-memory ledger built only from the domain functions (tests/fixtures/ledgerModel.ts). After every step: each
// applied posting is balanced, all balances sum to zero and equal the journal, nothing but an issuing account is
// below zero, nobody's available minutes are negative, a refusal changes nothing and is justified, an applied
// posting moves exactly its entries, a replay changes nothing, and a settlement never lifts a volunteer above the
// cap. Then examples for settlementPosting's edge cases and assertBalanced.
import fc from 'fast-check'
import { isDeepStrictEqual } from 'util'
import {
  accountId,
  applyPosting,
  assertBalanced,
  availableOf,
  emptyAccount,
  kindOf,
  LedgerRuleError,
  reversalOf,
  settlementPosting,
  type AccountState,
  type Entry,
  type Posting,
  type SettleFacts
} from '../../src/shared/domain/ledger'
import { DOMAIN, LedgerModel, type LedgerFns, type Outcome, type Snapshot, type Step, type StepResult } from '../fixtures/ledgerModel'

const MEMBERS = ['ann', 'bo', 'cai', 'dan']
const COMMUNITIES = ['c1', 'c2']
const ORDERS = 8
// Order n belongs to one resident and one community, whatever step mentions it.
const orderPayer = (n: number) => MEMBERS[n % MEMBERS.length]
const orderCommunity = (n: number) => COMMUNITIES[Math.floor(n / MEMBERS.length) % COMMUNITIES.length]
const holdKey = (n: number) => `order:o${n}`

const NUM_RUNS = 1000
const MAX_STEPS = 60

// ---------------------------------------------------------------------------------------------------------------
// Operations (intents; resolved against the model when they run, so shrinking keeps them meaningful)

type Amount = number | { toCap: number }
type Op =
  | { t: 'grant'; community: number; member: number; amount: Amount }
  | { t: 'transfer'; from: number; to: number; amount: number }
  | { t: 'donate'; from: number; community: number; to: 'pool' | 'donation'; amount: number }
  | { t: 'hold'; order: number; minutes: number }
  | { t: 'release'; order: number }
  | { t: 'settle'; order: number; funding: SettleFacts['funding']; volunteer: number; minutes: number }
  | { t: 'reverse'; pick: number }
  | { t: 'replay'; pick: number }

const member = fc.nat({ max: MEMBERS.length - 1 })
const community = fc.nat({ max: COMMUNITIES.length - 1 })
const order = fc.nat({ max: ORDERS - 1 })
// Mostly good minutes; now and then one the rules must refuse (zero, fractional, negative, NaN).
const badMinutes = fc.constantFrom(0, 1.5, -30, Number.NaN)
const minutes = fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 1, max: 300 }) }, { weight: 1, arbitrary: badMinutes })
const holdMinutes = fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 1, max: 120 }) }, { weight: 1, arbitrary: badMinutes })

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant('grant' as const),
      community,
      member,
      amount: fc.oneof({ weight: 2, arbitrary: minutes }, { weight: 1, arbitrary: fc.record({ toCap: fc.integer({ min: -30, max: 30 }) }) })
    })
  },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('transfer' as const), from: member, to: member, amount: minutes }) },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('donate' as const),
      from: member,
      community,
      to: fc.constantFrom('pool' as const, 'donation' as const),
      amount: minutes
    })
  },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('hold' as const), order, minutes: holdMinutes }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('release' as const), order }) },
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant('settle' as const),
      order,
      volunteer: member,
      funding: fc.constantFrom('own_hours' as const, 'community_pool' as const, 'public_service' as const),
      minutes: fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 1, max: 240 }) }, { weight: 1, arbitrary: fc.constantFrom(0, -15) })
    })
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('reverse' as const), pick: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('replay' as const), pick: fc.nat() }) }
)

// Storage caps small enough that grants and services reach them within a sequence.
const capArb = fc.integer({ min: 60, max: 600 })

interface Done {
  step: Step
  outcome: Outcome
}

const posting = (id: string, kind: Posting['kind'], entries: Entry[]): Posting => ({ id, kind, entries, memo: kind, reverses: null })

/** The concrete step an operation stands for now (null: nothing to do, e.g. no posting to reverse yet). */
function resolve(op: Op, model: LedgerModel, stepNo: number, history: Done[]): { step: Step; replayOf?: Done } | null {
  switch (op.t) {
    case 'grant': {
      const c = COMMUNITIES[op.community],
        to = accountId.member(MEMBERS[op.member])
      const a = typeof op.amount === 'number' ? op.amount : Math.max(1, model.capMinutes - model.account(to).balance + op.amount.toCap)
      return {
        step: {
          type: 'post',
          posting: posting(`grant:${c}:${stepNo}`, 'grant', [
            { account: accountId.issuing(c), minutes: -a },
            { account: to, minutes: a }
          ])
        }
      }
    }
    case 'transfer': {
      const from = MEMBERS[op.from]
      return {
        step: {
          type: 'post',
          posting: posting(`transfer:${from}:${stepNo}`, 'transfer', [
            { account: accountId.member(from), minutes: -op.amount },
            { account: accountId.member(MEMBERS[op.to]), minutes: op.amount }
          ])
        }
      }
    }
    case 'donate': {
      const from = MEMBERS[op.from],
        c = COMMUNITIES[op.community]
      const to = op.to === 'pool' ? accountId.pool(c) : accountId.donation(c)
      return {
        step: {
          type: 'post',
          posting: posting(`donate:${from}:${stepNo}`, 'donate', [
            { account: accountId.member(from), minutes: -op.amount },
            { account: to, minutes: op.amount }
          ])
        }
      }
    }
    case 'hold':
      return { step: { type: 'hold', openid: orderPayer(op.order), key: holdKey(op.order), minutes: op.minutes } }
    case 'release':
      return { step: { type: 'release', openid: orderPayer(op.order), key: holdKey(op.order) } }
    case 'settle':
      return {
        step: {
          type: 'settle',
          facts: {
            orderId: `o${op.order}`,
            communityId: orderCommunity(op.order),
            funding: op.funding,
            payerOpenid: orderPayer(op.order),
            volunteerOpenid: MEMBERS[op.volunteer],
            minutes: op.minutes,
            holdKey: holdKey(op.order)
          }
        }
      }
    case 'reverse': {
      const ids = [...model.applied.keys()]
      return ids.length === 0 ? null : { step: { type: 'reverse', target: ids[op.pick % ids.length] } }
    }
    case 'replay': {
      if (history.length === 0) return null
      const earlier = history[op.pick % history.length]
      return { step: earlier.step, replayOf: earlier }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Oracles: the rules restated independently of the domain code

const balanceIn = (s: Snapshot, id: string) => s.accounts[id]?.balance ?? 0
const holdsIn = (s: Snapshot, id: string) => s.accounts[id]?.holds ?? {}
const heldIn = (s: Snapshot, id: string, except?: string) => Object.entries(holdsIn(s, id)).reduce((sum, [k, m]) => (k === except ? sum : sum + m), 0)
const availableIn = (s: Snapshot, id: string) => balanceIn(s, id) - heldIn(s, id)
const isWholeNonZero = (m: number) => Number.isSafeInteger(m) && m !== 0

/** The rule a posting breaks in state `s` (consuming `consumes`), or null if it may be applied. */
function postingViolation(s: Snapshot, p: Posting, consumes: { account: string; key: string } | null | undefined): LedgerRuleError['code'] | null {
  if (p.entries.length < 2) return 'UNBALANCED'
  if (p.entries.some((e) => !isWholeNonZero(e.minutes)) || new Set(p.entries.map((e) => e.account)).size !== p.entries.length) return 'BAD_AMOUNT'
  if (p.entries.reduce((sum, e) => sum + e.minutes, 0) !== 0) return 'UNBALANCED'
  for (const e of p.entries) {
    if (e.minutes >= 0 || kindOf(e.account) === 'issuing') continue
    const freed = consumes?.account === e.account ? consumes.key : undefined
    if (balanceIn(s, e.account) + e.minutes - heldIn(s, e.account, freed) < 0) return 'INSUFFICIENT_HOURS'
  }
  return null
}

/** The accounts after applying `p` to `s`: exactly its entries move, and only the consumed hold goes. */
function expectedAfterPosting(s: Snapshot, p: Posting, consumes: { account: string; key: string } | null | undefined): Record<string, AccountState> {
  const out: Record<string, AccountState> = JSON.parse(JSON.stringify(s.accounts))
  for (const e of p.entries) {
    const cur = out[e.account] ?? emptyAccount()
    out[e.account] = { ...cur, balance: cur.balance + e.minutes }
  }
  if (consumes) {
    const cur = out[consumes.account] ?? emptyAccount()
    const holds = { ...cur.holds }
    delete holds[consumes.key]
    out[consumes.account] = { ...cur, holds }
  }
  return out
}

/** Balance changes a settlement should make (payer ≠ volunteer, or not paid from own hours). */
function expectedSettlementDeltas(s: Snapshot, f: SettleFacts, cap: number): Map<string, number> {
  const m = f.minutes,
    payer = accountId.member(f.payerOpenid),
    pool = accountId.pool(f.communityId),
    vol = accountId.member(f.volunteerOpenid)
  let paid = 0
  if (f.funding === 'own_hours') paid = Math.min(m, Math.max(0, availableIn(s, payer) + (holdsIn(s, payer)[f.holdKey] ?? 0)))
  if (f.funding === 'community_pool') paid = Math.min(m, Math.max(0, availableIn(s, pool)))
  const kept = Math.min(m, Math.max(0, cap - balanceIn(s, vol))) // up to the cap, never below what it was
  const d = new Map<string, number>()
  const add = (id: string, x: number) => x !== 0 && d.set(id, (d.get(id) ?? 0) + x)
  if (f.funding === 'own_hours') add(payer, -paid)
  if (f.funding === 'community_pool') add(pool, -paid)
  add(accountId.issuing(f.communityId), -(m - paid))
  add(vol, kept)
  add(accountId.donation(f.communityId), m - kept)
  return d
}

function deltas(before: Snapshot, after: Snapshot): Map<string, number> {
  const d = new Map<string, number>()
  for (const id of new Set([...Object.keys(before.accounts), ...Object.keys(after.accounts)])) {
    const x = balanceIn(after, id) - balanceIn(before, id)
    if (x !== 0) d.set(id, x)
  }
  return d
}

/** Accounts that hold something (whether an untouched account exists as an empty record is not the rule's business). */
const nonEmpty = (accounts: Record<string, AccountState>) =>
  Object.fromEntries(
    Object.entries(accounts)
      .filter(([, s]) => s.balance !== 0 || Object.keys(s.holds).length > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1))
  )

const sorted = (d: Map<string, number>) => Object.fromEntries([...d].sort(([a], [b]) => (a < b ? -1 : 1)))

// ---------------------------------------------------------------------------------------------------------------
// Checks (a plain comparison first: building a jest assertion per check would dominate the runtime; on a mismatch
// jest's toEqual reports the difference)

function same<T>(actual: T, expected: T): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected)
}
function ok(cond: boolean, message: () => string): void {
  if (!cond) throw new Error(message())
}

/** What must hold of the model at any time. */
function checkInvariants(model: LedgerModel): void {
  const journal = new Map<string, number>()
  for (const p of model.applied.values()) {
    ok(
      p.entries.length >= 2 && new Set(p.entries.map((e) => e.account)).size === p.entries.length,
      () => `posting ${p.id} has bad entries: ${JSON.stringify(p.entries)}`
    )
    for (const e of p.entries) {
      if (!isWholeNonZero(e.minutes)) throw new Error(`posting ${p.id} has a bad amount ${e.minutes}`)
      journal.set(e.account, (journal.get(e.account) ?? 0) + e.minutes)
    }
    if (p.entries.reduce((s, e) => s + e.minutes, 0) !== 0) throw new Error(`posting ${p.id} does not sum to zero: ${JSON.stringify(p.entries)}`)
  }
  let total = 0
  for (const [id, s] of model.accounts) {
    total += s.balance
    if (s.balance !== (journal.get(id) ?? 0)) throw new Error(`${id}: balance ${s.balance} but its postings sum to ${journal.get(id) ?? 0}`)
    const kind = kindOf(id)
    if (kind !== 'issuing' && s.balance < 0) throw new Error(`${id} is below zero: ${s.balance}`)
    if (kind !== 'issuing' && availableOf(s) < 0) throw new Error(`${id} has negative available minutes: ${JSON.stringify(s)}`)
    for (const [key, m] of Object.entries(s.holds)) {
      if (kind !== 'member') throw new Error(`hold ${key} on a ${kind} account ${id}`)
      if (!(Number.isSafeInteger(m) && m > 0)) throw new Error(`hold ${key} on ${id} is ${m}`)
      if (model.closed.has(key)) throw new Error(`hold ${key} on ${id} outlived its order (${model.closed.get(key)})`)
    }
  }
  for (const id of journal.keys()) if (!model.accounts.has(id)) throw new Error(`posted to ${id} but it has no account`)
  if (total !== 0) throw new Error(`balances sum to ${total}`)
}

const counts: Record<string, number> = {}
const count = (what: string) => (counts[what] = (counts[what] ?? 0) + 1)

/** What must hold of one step, given the model before and after it. */
function checkStep(model: LedgerModel, step: Step, before: Snapshot, res: StepResult, replayOf?: Done): void {
  const after = model.snapshot()
  count(`${step.type}:${res.outcome}${replayOf ? ':replay' : ''}`)

  // A refusal or a no-op changes nothing at all (the domain must not have touched the state it was given).
  if (res.outcome !== 'applied') same(after, before)
  // Replaying a step that took effect (or was already a no-op) changes nothing.
  if (replayOf && replayOf.outcome !== 'refused') {
    same(after, before)
    ok(res.outcome !== 'applied', () => `replay of ${JSON.stringify(step)} applied again`)
  }

  // A posting went to applyPosting: refused exactly when it breaks a rule, and then with that rule's code;
  // applied, it moves exactly its entries and releases only the consumed hold.
  if (res.posting && (res.ruleError || res.outcome === 'applied')) {
    const violation = postingViolation(before, res.posting, res.consumes)
    same({ posting: res.posting, refused: res.ruleError?.code ?? null }, { posting: res.posting, refused: violation })
    if (res.outcome === 'applied') same(nonEmpty(after.accounts), nonEmpty(expectedAfterPosting(before, res.posting, res.consumes)))
  }

  if (step.type === 'hold' && res.reason === undefined) {
    const acc = accountId.member(step.openid)
    const bad = !(Number.isSafeInteger(step.minutes) && step.minutes > 0)
    const already = holdsIn(before, acc)[step.key] !== undefined
    const expected = bad ? 'BAD_AMOUNT' : already ? null : availableIn(before, acc) < step.minutes ? 'INSUFFICIENT_HOURS' : null
    same({ step, refused: res.ruleError?.code ?? null }, { step, refused: expected })
    if (res.outcome === 'applied') same(holdsIn(after, acc), { ...holdsIn(before, acc), [step.key]: step.minutes })
    if (!bad && already) same(res.outcome, 'noop')
  }

  if (step.type === 'release') ok(holdsIn(after, accountId.member(step.openid))[step.key] === undefined, () => `${step.key} still held after release`)

  // settlementPosting only takes what the payer or pool has (the issuing account the rest), so it always applies.
  if (step.type === 'settle') ok(!res.ruleError, () => `settlement ${JSON.stringify(step.facts)} refused: ${res.ruleError?.code} on ${res.ruleError?.account}`)
  if (step.type === 'settle' && res.outcome === 'applied') {
    const f = step.facts,
      vol = accountId.member(f.volunteerOpenid)
    const self = f.funding === 'own_hours' && f.payerOpenid === f.volunteerOpenid
    // The order's hold is gone either way.
    ok(holdsIn(after, accountId.member(f.payerOpenid))[f.holdKey] === undefined, () => `${f.holdKey} still held after settlement`)
    // Never credited above the cap: the volunteer ends at most at the cap (or where they already were above it).
    ok(
      balanceIn(after, vol) <= Math.max(model.capMinutes, balanceIn(before, vol)),
      () => `${vol} went from ${balanceIn(before, vol)} to ${balanceIn(after, vol)}, cap ${model.capMinutes}`
    )
    if (self) count('settle:self')
    // Serving oneself from one's own hours moves nothing at all (not even cap overflow).
    if (self && f.funding === 'own_hours') ok(res.posting === null, () => `self-service own-hours settlement moved minutes: ${JSON.stringify(res.posting)}`)
    if (res.posting === null) {
      count('settle:nothing-moved')
      // Nothing moves only for no minutes, or a volunteer paying themself.
      ok(f.minutes <= 0 || self, () => `settlement of ${JSON.stringify(f)} moved nothing`)
    } else {
      same(
        { id: res.posting!.id, kind: res.posting!.kind, reverses: res.posting!.reverses },
        { id: `order:${f.orderId}:settle`, kind: 'settle', reverses: null }
      )
      if (!self) {
        // Payer (own hours, then issuing) or pool (then issuing) or issuing pays; volunteer up to the cap, rest to donation.
        same(sorted(deltas(before, after)), sorted(expectedSettlementDeltas(before, f, model.capMinutes)))
      }
      const overflow = balanceIn(after, accountId.donation(f.communityId)) - balanceIn(before, accountId.donation(f.communityId))
      if (overflow > 0) count(balanceIn(before, vol) >= model.capMinutes ? 'settle:all-overflow' : 'settle:some-overflow')
    }
  }

  if (step.type === 'reverse' && res.outcome === 'applied') {
    const target = model.applied.get(step.target)!
    same(res.posting, {
      id: `reverse:${target.id}`,
      kind: 'reverse',
      entries: target.entries.map((e) => ({ account: e.account, minutes: -e.minutes })),
      memo: res.posting!.memo,
      reverses: target.id
    })
  }
  if (step.type === 'reverse' && res.outcome === 'noop') count('reverse:twice')
  if (res.ruleError) count(`refused:${res.ruleError.code}`)
}

/** Runs a sequence of operations on a fresh model, checking after every step. */
function runSequence(cap: number, ops: Op[], fns: LedgerFns = DOMAIN): void {
  const model = new LedgerModel(cap, fns)
  const history: Done[] = []
  ops.forEach((op, stepNo) => {
    const r = resolve(op, model, stepNo, history)
    if (!r) return
    const before = model.snapshot()
    const res = model.run(r.step)
    checkStep(model, r.step, before, res, r.replayOf)
    checkInvariants(model)
    history.push({ step: r.step, outcome: res.outcome })
  })
}

describe('ledger under random operations (property)', () => {
  it(`keeps its invariants over ${NUM_RUNS} sequences of up to ${MAX_STEPS} steps`, () => {
    fc.assert(
      fc.property(capArb, fc.array(opArb, { minLength: 1, maxLength: MAX_STEPS, size: 'max' }), (cap, ops) => runSequence(cap, ops)),
      { numRuns: NUM_RUNS }
    )
    // The generator reaches the interesting cases (otherwise the properties above would be vacuous).
    for (const what of [
      'post:applied',
      'post:refused',
      'post:noop:replay',
      'hold:applied',
      'hold:refused',
      'release:applied',
      'settle:applied',
      'settle:noop:replay',
      'settle:nothing-moved',
      'settle:all-overflow',
      'settle:some-overflow',
      'settle:self',
      'reverse:applied',
      'reverse:refused',
      'reverse:twice',
      'refused:INSUFFICIENT_HOURS',
      'refused:BAD_AMOUNT'
    ]) {
      expect({ what, seen: (counts[what] ?? 0) > 0 }).toEqual({ what, seen: true })
    }
  })
})

// ---------------------------------------------------------------------------------------------------------------
// Examples

describe('settlementPosting', () => {
  const CAP = 1000
  const facts = (over: Partial<SettleFacts> = {}): SettleFacts => ({
    orderId: 'o1',
    communityId: 'c1',
    funding: 'own_hours',
    payerOpenid: 'res',
    volunteerOpenid: 'vol',
    minutes: 60,
    holdKey: 'order:o1',
    ...over
  })
  const acc = (balance: number, holds: Record<string, number> = {}): AccountState => ({ balance, holds })
  const entriesOf = (p: Posting | null) => (p ? Object.fromEntries(p.entries.map((e) => [e.account, e.minutes])) : null)

  it('makes no posting for zero (or negative) minutes', () => {
    expect(settlementPosting(facts({ minutes: 0 }), acc(500, { 'order:o1': 60 }), acc(500), acc(0), CAP)).toBeNull()
    expect(settlementPosting(facts({ minutes: -5, funding: 'public_service' }), acc(500), acc(500), acc(0), CAP)).toBeNull()
  })

  it('pays from the hold plus what is available, once, under a fixed id', () => {
    const p = settlementPosting(facts(), acc(100, { 'order:o1': 60 }), acc(0), acc(0), CAP)
    expect(p).toMatchObject({ id: 'order:o1:settle', kind: 'settle', reverses: null })
    expect(entriesOf(p)).toEqual({ 'member:res': -60, 'member:vol': 60 })
  })

  it('payer short: the issuing account pays the rest, and other holds are not touched', () => {
    // 70 minutes, 30 of them held for other orders and 20 for this one: the payer can pay 20 available + 20 held = 40.
    const payer = acc(70, { 'order:o1': 20, 'order:o2': 10, 'order:o3': 20 })
    const p = settlementPosting(facts(), payer, acc(0), acc(0), CAP)
    expect(entriesOf(p)).toEqual({ 'member:res': -40, 'issuing:c1': -20, 'member:vol': 60 })
    const after = applyPosting(new Map([['member:res', payer]]), p!, { account: 'member:res', key: 'order:o1' })
    expect(after.get('member:res')).toEqual({ balance: 30, holds: { 'order:o2': 10, 'order:o3': 20 } })
  })

  it('payer with nothing: the issuing account pays it all', () => {
    expect(entriesOf(settlementPosting(facts(), acc(0), acc(0), acc(0), CAP))).toEqual({ 'issuing:c1': -60, 'member:vol': 60 })
  })

  it('pool short: the pool pays what it has, the issuing account the rest; an empty pool pays nothing', () => {
    expect(entriesOf(settlementPosting(facts({ funding: 'community_pool' }), acc(500), acc(25), acc(0), CAP))).toEqual({
      'pool:c1': -25,
      'issuing:c1': -35,
      'member:vol': 60
    })
    expect(entriesOf(settlementPosting(facts({ funding: 'community_pool' }), acc(500), acc(0), acc(0), CAP))).toEqual({ 'issuing:c1': -60, 'member:vol': 60 })
    expect(entriesOf(settlementPosting(facts({ funding: 'community_pool' }), acc(0), acc(500), acc(0), CAP))).toEqual({ 'pool:c1': -60, 'member:vol': 60 })
  })

  it('public service: the issuing account pays even when the resident could', () => {
    expect(entriesOf(settlementPosting(facts({ funding: 'public_service' }), acc(500, { 'order:o1': 60 }), acc(500), acc(0), CAP))).toEqual({
      'issuing:c1': -60,
      'member:vol': 60
    })
  })

  it('volunteer near the cap: credited up to it, the rest to the donation pool', () => {
    expect(entriesOf(settlementPosting(facts(), acc(100), acc(0), acc(CAP - 10), CAP))).toEqual({ 'member:res': -60, 'member:vol': 10, 'donation:c1': 50 })
  })

  it('volunteer at (or above) the cap: everything to the donation pool', () => {
    expect(entriesOf(settlementPosting(facts(), acc(100), acc(0), acc(CAP), CAP))).toEqual({ 'member:res': -60, 'donation:c1': 60 })
    expect(entriesOf(settlementPosting(facts({ funding: 'public_service' }), acc(0), acc(0), acc(CAP + 500), CAP))).toEqual({
      'issuing:c1': -60,
      'donation:c1': 60
    })
  })

  it('volunteer paying themself with room under the cap: nothing moves', () => {
    const me = acc(200, { 'order:o1': 60 })
    expect(settlementPosting(facts({ volunteerOpenid: 'res' }), me, acc(0), me, CAP)).toBeNull()
  })

  // Found by the property test: the cap used to be worked out before the volunteer's own payment, so a volunteer
  // at the cap paying themself lost minutes to the donation pool.
  it('volunteer paying themself at the cap: nothing moves either', () => {
    const me = acc(CAP, { 'order:o1': 60 })
    expect(settlementPosting(facts({ volunteerOpenid: 'res' }), me, acc(0), me, CAP)).toBeNull()
  })
})

describe('assertBalanced', () => {
  const code = (entries: Entry[]) => {
    try {
      assertBalanced(entries)
      return null
    } catch (e) {
      expect(e).toBeInstanceOf(LedgerRuleError)
      return (e as LedgerRuleError).code
    }
  }

  it('accepts whole non-zero minutes on distinct accounts that sum to zero', () => {
    expect(
      code([
        { account: 'issuing:c1', minutes: -90 },
        { account: 'member:a', minutes: 60 },
        { account: 'donation:c1', minutes: 30 }
      ])
    ).toBeNull()
  })

  it('refuses non-integer minutes', () => {
    expect(
      code([
        { account: 'member:a', minutes: -1.5 },
        { account: 'member:b', minutes: 1.5 }
      ])
    ).toBe('BAD_AMOUNT')
    expect(
      code([
        { account: 'member:a', minutes: Number.NaN },
        { account: 'member:b', minutes: 1 }
      ])
    ).toBe('BAD_AMOUNT')
    expect(
      code([
        { account: 'member:a', minutes: -Infinity },
        { account: 'member:b', minutes: Infinity }
      ])
    ).toBe('BAD_AMOUNT')
    expect(
      code([
        { account: 'member:a', minutes: -(2 ** 53) },
        { account: 'member:b', minutes: 2 ** 53 }
      ])
    ).toBe('BAD_AMOUNT')
  })

  it('refuses a zero entry', () => {
    expect(
      code([
        { account: 'member:a', minutes: 0 },
        { account: 'member:b', minutes: 0 }
      ])
    ).toBe('BAD_AMOUNT')
    expect(
      code([
        { account: 'member:a', minutes: -5 },
        { account: 'member:b', minutes: 5 },
        { account: 'member:c', minutes: 0 }
      ])
    ).toBe('BAD_AMOUNT')
  })

  it('refuses the same account twice', () => {
    expect(
      code([
        { account: 'member:a', minutes: -5 },
        { account: 'member:a', minutes: 5 }
      ])
    ).toBe('BAD_AMOUNT')
    expect(
      code([
        { account: 'member:a', minutes: -5 },
        { account: 'member:b', minutes: 3 },
        { account: 'member:b', minutes: 2 }
      ])
    ).toBe('BAD_AMOUNT')
  })

  it('refuses entries that do not sum to zero, and fewer than two entries', () => {
    expect(
      code([
        { account: 'member:a', minutes: -5 },
        { account: 'member:b', minutes: 6 }
      ])
    ).toBe('UNBALANCED')
    expect(code([{ account: 'member:a', minutes: 5 }])).toBe('UNBALANCED')
    expect(code([])).toBe('UNBALANCED')
  })

  it('is what applyPosting checks first: a refused posting leaves the state untouched', () => {
    const states = new Map([['member:a', { balance: 10, holds: {} }]])
    const bad: Posting = {
      id: 'x',
      kind: 'transfer',
      entries: [
        { account: 'member:a', minutes: -5 },
        { account: 'member:b', minutes: 4 }
      ],
      memo: '',
      reverses: null
    }
    expect(() => applyPosting(states, bad)).toThrow(LedgerRuleError)
    expect(states).toEqual(new Map([['member:a', { balance: 10, holds: {} }]]))
  })
})

describe('reversalOf', () => {
  it('negates every entry under reverse:<id>, so a second reversal of the same posting is the same posting', () => {
    const p: Posting = {
      id: 'transfer:ann:1',
      kind: 'transfer',
      entries: [
        { account: 'member:ann', minutes: -30 },
        { account: 'member:bo', minutes: 30 }
      ],
      memo: '',
      reverses: null
    }
    const r = reversalOf(p, '冲正')
    expect(r).toEqual({
      id: 'reverse:transfer:ann:1',
      kind: 'reverse',
      entries: [
        { account: 'member:ann', minutes: 30 },
        { account: 'member:bo', minutes: -30 }
      ],
      memo: '冲正',
      reverses: 'transfer:ann:1'
    })
    expect(reversalOf(p, 'again').id).toBe(r.id)
  })
})
