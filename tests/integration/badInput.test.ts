// The bad-input suite (issue 7): every action, called through the real router by a caller holding the role it
// needs, with hostile inputs made from its zod contract (tests/fuzz/hostile.ts) against a seeded world with real
// targets in the caller's community A and a foreign community B (tests/fuzz/world.ts).
//
// The split — the contract itself is the oracle (`contracts[action].input.safeParse` on the very JSON sent):
// - INVALID per the contract (wrong types, missing fields, 1 MB strings, operator objects, injected keys under a
//   strict schema, negative/fractional minutes, 1900/2100 dates out of range…): the reply is
//   `{ ok:false, error:{ code:'BAD_INPUT', message } }` and the whole store is byte-identical before and after.
// - FOREIGN (valid shape, but B's order/report/project/station/reward… ids or community): the reply is a coded
//   refusal and the store is byte-identical.
// - VALID per the contract although hostile-looking (emoji or RTL text, `$where` as text, a 1900 date where the
//   contract allows it): the action may succeed. Then only the collections the action documents (WRITES) may
//   change, no stored document may hold a `$…`, `__proto__`, `constructor` or `prototype` key or an unbounded
//   string. If it refuses, it is a coded error and the store is byte-identical (a refusal writes nothing).
// For every call: never INTERNAL, a Chinese message, a known code, Object.prototype untouched.
// Valid inputs of state-changing actions get a fresh target of A in the needed state (world.ts `fresh`), so each
// reaches the write path. "Byte-identical" = every collection's stored SQLite text (storeSnapshot.ts), re-read
// whenever SQLite's total_changes() moved. Also: the communityId field as an admin (who may name any community),
// and hostile envelopes (prototype-named actions, operator requestIds).
// Fast variant in `npm test` (fixed seed; per action the core hand-written cases — every field missing, null, -1,
// 0.5, 1 MB, emoji, RTL, operator and prototype objects, edge dates, its own bounds — plus FUZZ_CASES=12 more of them
// and FUZZ_RUNS=8 generated ones). Full variant: `npm run test:fuzz` (FUZZ_FULL=1: every hand-written case, also
// one level down, and FUZZ_RUNS=100 generated ones per action; FUZZ_SEED picks another seed).
import { contracts, type ActionName } from '../../src/shared/contracts'
import { ERROR_MESSAGES } from '../../src/shared/errors/codes'
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, rawApiCaller } from '../fixtures/api'
import { missingTargets, seedWorld, type Target } from '../fuzz/world'
import { generated, handWritten, objectShape, pick, type Case } from '../fuzz/hostile'
import { changes, digest, snapshot, storedProblems, storeWatch } from '../fuzz/storeSnapshot'
import { DOCUMENTED_WRITES, WRITES } from '../fuzz/writes'
import { SYSTEM_COLLECTIONS } from '../../localcloud/src/openapi'

const FULL = process.env.FUZZ_FULL === '1'
const HAND = Number(process.env.FUZZ_CASES ?? (FULL ? Infinity : 12))
const RUNS = Number(process.env.FUZZ_RUNS ?? (FULL ? 100 : 8))
const SEED = Number(process.env.FUZZ_SEED ?? 20261123)

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
// Hostile input for every action, and malformed envelopes: only the untyped caller can send them.
const callRaw = rawApiCaller()
const watch = storeWatch(tc.store as any)
let targets: Record<ActionName, Target>
/** Local stand-ins for WeChat's own queues (media checks of user text and images, subscribe messages): a successful
 *  write may enqueue there; they are still scanned for injected keys, and a refusal must leave them untouched too. */
const PLATFORM = SYSTEM_COLLECTIONS
/** Actions designed to answer another's id with ok and no effect rather than disclose that it exists. */
const NON_DISCLOSING: string[] = ['addresses.remove']
const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort().join(',')

beforeAll(async () => {
  process.env.ADMIN_OPENIDS = 'admin-A'
  targets = await seedWorld(tc, call)
}, 120000)
afterAll(() => delete process.env.ADMIN_OPENIDS)

const seedOf = (action: string) => [...action].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, SEED)

/** The cases for one action: a bounded deterministic pick of the hand-written ones, generated ones, the foreign one. */
function casesFor(action: ActionName, t: Target, base: Record<string, unknown>): Case[] {
  const schema = contracts[action].input
  const hand = handWritten(schema, base)
  const cases = [
    ...hand.filter((c) => c.core),
    ...pick(
      hand.filter((c) => !c.core),
      HAND,
      seedOf(action)
    ),
    ...generated(schema, base, RUNS, seedOf(action))
  ]
  if (t.foreign) {
    const foreign = t.foreign()
    cases.push({ label: 'foreign community target', json: JSON.stringify(foreign), kind: 'foreign' })
    // Each of B's ids alone in an otherwise valid input of A (an order of A dispatched to B's volunteer…).
    // A fresh valid input each (a new requestId: a replay of an earlier success would rightly answer ok).
    const swapped = Object.keys(foreign).filter((k) => k !== 'requestId' && /Id$/.test(k) && JSON.stringify(foreign[k]) !== JSON.stringify(base[k]))
    if (swapped.length > 1 || (swapped.length === 1 && Object.keys(foreign).some((k) => k !== 'requestId' && !swapped.includes(k))))
      for (const k of swapped) cases.push({ label: `foreign ${k} only`, json: JSON.stringify({ ...t.input(), [k]: foreign[k] }), kind: 'foreign' })
  }
  return cases
}

/** One call and its checks; returns the problems found (empty = fine). */
async function check(action: ActionName, t: Target, base: Record<string, unknown>, c: Case): Promise<string[]> {
  const input = JSON.parse(c.json)
  const valid = contracts[action].input.safeParse(JSON.parse(c.json) ?? {}).success
  if (valid && t.fresh && c.kind !== 'foreign') {
    // A new target in the needed state; its ids replace the base's wherever the case kept them.
    for (const [k, v] of Object.entries(await t.fresh())) if (input[k] === base[k]) input[k] = v
  }
  const before = watch.now()
  const r = await callRaw(t.as, action, input)
  const after = watch.now()
  const problems: string[] = []
  if (({} as any).polluted !== undefined || Object.getOwnPropertyNames(Object.prototype).sort().join(',') !== protoKeys)
    problems.push('Object.prototype polluted')
  if (!r.ok) {
    const { code, message } = r.error
    if (code === 'INTERNAL' || !(code in ERROR_MESSAGES)) problems.push(`code ${code}`)
    if (!/[\u4e00-\u9fa5]/.test(message ?? '')) problems.push(`message not Chinese: ${message}`)
    if (!valid && code !== 'BAD_INPUT') problems.push(`invalid input answered ${code}, not BAD_INPUT`)
    if (digest(after) !== digest(before)) problems.push(`refused (${code}) but changed ${[...changes(before, after).keys()].join(', ')}`)
  } else {
    if (!valid) problems.push('invalid input succeeded')
    const same = digest(after) === digest(before)
    if (c.kind === 'foreign' && !(NON_DISCLOSING.includes(action) && same)) problems.push('foreign target succeeded')
    const allowed = [...WRITES[action], ...PLATFORM]
    for (const [key, text] of changes(before, after)) {
      if (!allowed.includes(key.split('/')[0])) problems.push(`wrote ${key} outside its effect (${allowed.join(',') || 'read-only'})`)
      if (text !== null) for (const p of storedProblems(text)) problems.push(`stored ${key}${p}`)
    }
  }
  return problems.map((p) => `${c.label} [${c.kind}${valid ? ', valid' : ''}]: ${p}`)
}

// Completeness: every action the router serves (the contracts' registry, which the router's table must match) has a target in the world (tests/fuzz/targets.ts) and a documented
// effect (tests/fuzz/writes.ts). A new action fails here, by name, until its rows are written.
it('has a fuzz target and a documented effect for every action of the router', () => {
  const served = Object.keys(contracts).sort()
  expect({ withoutTarget: missingTargets(targets, served), withoutEffect: served.filter((a) => !DOCUMENTED_WRITES[a as ActionName]) }).toEqual({
    withoutTarget: [],
    withoutEffect: []
  })
})

/** The actions the suite attacks: those with a documented effect (the rest are named by the completeness test). */
const ATTACKED = (Object.keys(contracts) as ActionName[]).filter((a) => DOCUMENTED_WRITES[a])

describe.each(ATTACKED)('%s', (action) => {
  it(
    'answers every hostile input with a coded error and changes nothing it should not',
    async () => {
      const t = targets[action]
      expect(t).toBeDefined()
      const failures: string[] = []
      const base = t.input()
      const cases = casesFor(action, t, base)
      for (const c of cases) failures.push(...(await check(action, t, base, c)))
      if (FULL)
        console.log(
          `${action}: ${cases.length} cases, ${cases.filter((c) => contracts[action].input.safeParse(JSON.parse(c.json) ?? {}).success).length} valid per the contract`
        )
      expect(failures.slice(0, 20)).toEqual([])
    },
    FULL ? 600000 : 60000
  )
})

describe('the checks themselves', () => {
  it('see a stored operator or prototype key, an unbounded string and any write', async () => {
    expect(storedProblems('{"a":{"$where":"1"},"b":[{"__proto__":{}}],"c":{"constructor":1},"d":{"$date":"2024-01-01T00:00:00Z"}}')).toEqual([
      '.a: key $where',
      '.b.0: key __proto__',
      '.c: key constructor'
    ])
    expect(storedProblems(JSON.stringify({ s: 'a'.repeat(20001) }))).toEqual(['.s: string of 20001 chars'])
    const before = watch.now()
    await tc.db
      .collection('users')
      .doc('resident-A')
      .update({ data: { nickname: '改过' } })
    const after = watch.now()
    expect([...changes(before, after).keys()]).toEqual(['users/resident-A'])
    expect(digest(after)).not.toBe(digest(before))
  })
})

// An admin may name any community (exports, dashboard, stations): the communityId field's hostile values as admin.
const ADMIN_SCOPED = ATTACKED.filter((a) => a !== 'communities.appointCoordinator' && objectShape(contracts[a].input)?.communityId !== undefined)
describe.each(ADMIN_SCOPED)('%s as an admin', (action) => {
  it(
    'answers every hostile communityId with a coded error and changes nothing it should not',
    async () => {
      const t = { ...targets[action], as: 'admin-A' }
      const base = t.input()
      const failures: string[] = []
      for (const c of handWritten(contracts[action].input, base).filter((c) => c.label.startsWith('communityId:')))
        failures.push(...(await check(action, t, base, c)))
      expect(failures.slice(0, 20)).toEqual([])
    },
    FULL ? 600000 : 60000
  )
})

describe('the envelope', () => {
  // The event around the input: unknown, prototype-named and non-string actions, hostile requestIds.
  const EVENTS: Array<[string, Record<string, unknown>, string]> = [
    ['action __proto__', { action: '__proto__', input: {} }, 'UNKNOWN_ACTION'],
    ['action constructor', { action: 'constructor', input: {} }, 'UNKNOWN_ACTION'],
    ['action toString', { action: 'toString', input: {} }, 'UNKNOWN_ACTION'],
    ['action hasOwnProperty', { action: 'hasOwnProperty', input: {} }, 'UNKNOWN_ACTION'],
    ['action system.ping.__proto__', { action: 'system.ping.__proto__', input: {} }, 'UNKNOWN_ACTION'],
    ['action as operator object', JSON.parse('{"action":{"$gt":""},"input":{}}'), 'BAD_INPUT'],
    ['action 1 MB', { action: 'a'.repeat(1024 * 1024), input: {} }, 'BAD_INPUT'],
    ['no action', { input: {} }, 'BAD_INPUT'],
    [
      'requestId as operator object',
      JSON.parse('{"action":"timebank.donate","input":{"requestId":"env-donate-1","minutes":1},"requestId":{"$ne":null}}'),
      'BAD_INPUT'
    ],
    ['requestId 1 MB', { action: 'system.ping', input: {}, requestId: 'a'.repeat(1024 * 1024) }, 'BAD_INPUT'],
    ['requestId with $where', { action: 'system.ping', input: {}, requestId: '$where:1==1' }, 'BAD_INPUT'],
    ['__proto__ beside the action', JSON.parse('{"action":"users.me","input":{},"__proto__":{"polluted":"yes"}}'), 'OK']
  ]
  it.each(EVENTS)('%s', async (_label, event, code) => {
    const before = digest(snapshot(tc.store as any))
    const { action, input, ...extra } = event
    const r = await callRaw('resident-A', action as string, input, extra)
    expect(r.ok ? 'OK' : r.error.code).toBe(code)
    if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(digest(snapshot(tc.store as any))).toBe(before)
    expect(({} as any).polluted).toBeUndefined()
  })
})
