// The authorization matrix's engine. A domain's table (tests/integration/authorization/<domain>.ts) has one row per
// action, written from the issues (not read from the code): who may call it and its scope. Each row is called by
// every kind of caller — all of community A and street A: a brand-new WeChat user, resident-A, volunteer-A,
// coordinator-A, sadmin-A (the admin of street A) and the platform admin — with input naming data of their own
// community (A) and, for rows with `sides`, of another community of their own street (A2) and of another street
// (B) (the shared world: tests/fixtures/authWorld.ts). Expected:
// - a caller without one of the row's roles: FORBIDDEN (the router);
// - a caller with one, on A: OK — or exactly the refusal the table's `refusals` gives it, with its reason;
// - on A2 / B: OK for whoever reaches that data (the platform admin; sadmin-A on A2 where the row says `street`),
//   `foreignCodes` (default FORBIDDEN) for everyone else, unless `refusals` names `caller@A2` / `caller@B`.
// Every refusal leaves the whole store byte-identical (tests/fuzz/storeSnapshot.ts). A crash (INTERNAL), a generic
// BAD_INPUT or any code not written in the table fails: "allowed" must mean "served".
import type { ActionName } from '../../../src/shared/contracts'
import { startTestCloud, type TestCloud } from '../../fixtures/localCloud'
import { apiCaller, rawApiCaller } from '../../fixtures/api'
import { orderOf, PLATFORM_ADMIN, seedAuthWorld, SIDES, type AuthWorld, type Call, type SeededStatus, type Side } from '../../fixtures/authWorld'
import { changes, digest, storeWatch } from '../../fuzz/storeSnapshot'

export type Caller = 'newcomer' | 'resident' | 'volunteer' | 'coordinator' | 'streetAdmin' | 'admin'
export const CALLERS: Caller[] = ['newcomer', 'resident', 'volunteer', 'coordinator', 'streetAdmin', 'admin']
export const ANYONE: Caller[] = CALLERS
/** Anybody with a user record: every member keeps the resident role. */
export const MEMBERS: Caller[] = ['resident', 'volunteer', 'coordinator', 'streetAdmin', 'admin']
export const RESIDENTS: Caller[] = MEMBERS
export const STAFF: Caller[] = ['coordinator', 'admin']
/** Coordinators, street admins and platform admins: who manages a community (lib/scope.ts assertManages). */
export const MANAGERS: Caller[] = ['coordinator', 'streetAdmin', 'admin']
export const STREET: Caller[] = ['streetAdmin', 'admin']

/** The roles each kind of caller holds (the platform admin by ADMIN_OPENIDS, on top of the stored resident role). */
export const ROLES_OF: Record<Exclude<Caller, 'newcomer'>, string[]> = {
  resident: ['resident'],
  volunteer: ['resident', 'volunteer'],
  coordinator: ['resident', 'coordinator'],
  streetAdmin: ['resident', 'street_admin'],
  admin: ['resident', 'admin']
}
const OPENID: Record<Caller, string> = {
  newcomer: 'newcomer-A',
  resident: 'resident-A',
  volunteer: 'volunteer-A',
  coordinator: 'coordinator-A',
  streetAdmin: 'sadmin-A',
  admin: PLATFORM_ADMIN
}
/** The caller's openid (a brand-new user: one that has no user document). */
export const openidOf = (caller: Caller) => OPENID[caller]

/** What a row's input may use: the world, a counter for unique request ids, and fresh orders. */
export type Env = {
  tc: TestCloud
  w: AuthWorld
  call: Call
  n: () => number
  /** A new order of a side's community (owned by resident-X, held by volunteer-X once assigned). */
  order: (side: Side, status: SeededStatus, over?: Record<string, unknown>) => Promise<{ id: string; code: string }>
}

export type Row = {
  allow: Caller[]
  scope: 'self' | 'community' | 'street' | 'global'
  /** A valid input naming data of `side` (A unless the row has `sides`); may make a fresh target for this call. */
  input: (e: Env, side: Side, caller: Caller) => unknown
  /** Also call it with input naming A2's and B's data. */
  sides?: true
  /** The admin of the data's street manages it through this action: sadmin-A reaches A2 (never B). */
  street?: true
  /** Who answers a caller that does not reach another side's data (default FORBIDDEN). */
  foreignCodes?: string[]
}
export type CallerAt = Caller | `${Caller}@${'A2' | 'B'}`
export type Refusals = Partial<Record<ActionName, Partial<Record<CallerAt, string>> & { why: string }>>
export type Rows = { rows: Partial<Record<ActionName, Row>>; refusals: Refusals }
/** variants: more rows for actions of `rows`, under another name (the same action on targets in another state). */
export type Table = Rows & { variants?: Array<Rows & { name: string }> }

/** The outcomes a call may have, per the table. */
export function expected(table: Rows, action: ActionName, caller: Caller, side: Side): string[] {
  const row = table.rows[action]!
  if (!row.allow.includes(caller)) return ['FORBIDDEN']
  const key: CallerAt = side === 'A' ? caller : `${caller}@${side}`
  const listed = table.refusals[action]?.[key]
  if (listed) return [listed]
  if (side === 'A') return ['OK']
  const reaches = caller === 'admin' || (caller === 'streetAdmin' && !!row.street && side === 'A2')
  return reaches ? ['OK'] : (row.foreignCodes ?? ['FORBIDDEN'])
}

/** The roles an action's `allow` declares, as the kinds of caller holding one. */
export function callersAllowed(allow: 'anyone' | readonly string[]): Caller[] {
  if (allow === 'anyone') return ANYONE
  return MEMBERS.filter((c) => ROLES_OF[c as Exclude<Caller, 'newcomer'>].some((r) => allow.includes(r)))
}

/** A reply as the table writes it: OK, or the error code with the input fields it names. */
const outcome = (r: { ok: boolean; error?: { code: string; fields?: Record<string, string> } }) =>
  r.ok ? 'OK' : `${r.error!.code}${r.error!.fields ? `(${Object.keys(r.error!.fields).sort().join(',')})` : ''}`

/** Defines the tests of one domain's table: its own local cloud and world, then every row × caller × side. */
export function runMatrix(table: Table): void {
  const tc = startTestCloud({ manifest: true })
  const call = apiCaller()
  // The matrix covers every action: its inputs are untyped per action.
  const callRaw = rawApiCaller()
  const watch = storeWatch(tc.store as any)
  let counter = 0
  const env = { tc, call, n: () => counter++, order: (side: Side, status: SeededStatus, over = {}) => orderOf(tc, side, status, over) } as Env
  beforeAll(async () => {
    process.env.ADMIN_OPENIDS = PLATFORM_ADMIN
    env.w = await seedAuthWorld(tc, call)
  }, 120000)
  afterAll(() => delete process.env.ADMIN_OPENIDS)

  it('declares, for every action of the table, the roles and scope the table expects', () => {
    // Required here: the actions initialise wx-server-sdk, which must happen after the local cloud is installed.
    const { actions } = require('../../../cloudfunctions/api/src/actions')
    for (const [name, row] of Object.entries(table.rows)) {
      const declared = actions[name] ? { allow: callersAllowed(actions[name].allow).sort(), scope: actions[name].scope } : 'not served'
      expect({ name, declared }).toEqual({ name, declared: { allow: [...row!.allow].sort(), scope: row!.scope } })
    }
  })

  it('lists refusals only for callers the row allows', () => {
    for (const part of [table, ...(table.variants ?? [])])
      for (const [action, refusals] of Object.entries(part.refusals)) {
        const row = part.rows[action as ActionName]!
        const named = Object.keys(refusals!).filter((k) => k !== 'why')
        expect({ action, stray: named.filter((k) => !row.allow.includes(k.split('@')[0] as Caller)) }).toEqual({ action, stray: [] })
      }
  })

  const parts: Array<[string, ActionName, Rows]> = [table, ...(table.variants ?? [])].flatMap((part) =>
    (Object.keys(part.rows) as ActionName[]).map((action): [string, ActionName, Rows] => ['name' in part ? `${action} (${part.name})` : action, action, part])
  )
  describe.each(parts)('%s', (_label, action, part) => {
    const row = part.rows[action]!
    const cases = (row.sides ? SIDES : (['A'] as Side[])).flatMap((side) => CALLERS.map((caller) => [caller, side] as const))
    it.each(cases)('as %s on %s', async (caller, side) => {
      const openid = caller === 'newcomer' ? `newcomer-${action}-${side}` : OPENID[caller]
      const input = await row.input(env, side, caller)
      const before = watch.now()
      const r = await callRaw(openid, action, input)
      const after = watch.now()
      const got = outcome(r)
      const want = expected(part, action, caller, side)
      expect({ caller, side, outcome: want.includes(got) ? want[0] : got }).toEqual({ caller, side, outcome: want[0] })
      // A refusal changes nothing at all.
      if (got !== 'OK')
        expect({ caller, side, changed: digest(after) === digest(before) ? [] : [...changes(before, after).keys()] }).toEqual({ caller, side, changed: [] })
    })
  })
}
