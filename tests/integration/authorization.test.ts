// The authorization matrix, complete: every action the router serves has exactly one row in one domain's table
// (tests/integration/authorization/<domain>.ts), and each table runs in its own file (authorization.<domain>.test.ts)
// against the shared world (tests/fixtures/authWorld.ts): every action × caller (a new user, resident, volunteer,
// coordinator, street admin, platform admin) × own community / another community of the street / another street.
// A new action fails the first test below, by name, until its row is written — one line in its domain's table,
// e.g. `'teams.get': { allow: MEMBERS, scope: 'community', sides: true, input: (e, s) => ({ teamId: e.w.team[s] }) }`.
import { contracts, type ActionName } from '../../src/shared/contracts'
import { ACCESS } from './authorization/access'
import { ACTIVITIES } from './authorization/activities'
import { expected, MANAGERS, STAFF, type Table } from './authorization/matrix'
import { ORDERS } from './authorization/orders'
import { RECORDS } from './authorization/records'
import { VOLUNTEERS } from './authorization/volunteers'

const TABLES: Record<string, Table> = { access: ACCESS, volunteers: VOLUNTEERS, orders: ORDERS, records: RECORDS, activities: ACTIVITIES }
const rowsOf = (name: string) => Object.keys(TABLES[name].rows)

it('has a row for every action of the router (the contracts registry, which the router must serve exactly)', () => {
  const covered = new Set(Object.keys(TABLES).flatMap(rowsOf))
  expect({ withoutRow: Object.keys(contracts).filter((a) => !covered.has(a)) }).toEqual({ withoutRow: [] })
})

it('has no row for an action the router does not serve, and no action in two tables', () => {
  const all = Object.keys(TABLES).flatMap(rowsOf)
  expect({ unknown: all.filter((a) => !(a in contracts)), twice: all.filter((a, i) => all.indexOf(a) !== i) }).toEqual({ unknown: [], twice: [] })
})

describe('what a row means', () => {
  const table = {
    rows: {
      'stats.dashboard': { allow: MANAGERS, scope: 'community', sides: true, street: true, input: () => ({}) },
      'orders.resolve': { allow: STAFF, scope: 'community', sides: true, input: () => ({}) }
    },
    refusals: { 'orders.resolve': { 'admin@B': 'ORDER_MOVE_NOT_ALLOWED', why: 'example' } }
  } as Table
  const of = (action: ActionName, caller: Parameters<typeof expected>[2], side: Parameters<typeof expected>[3]) => expected(table, action, caller, side)[0]

  it('refuses, at the router, every caller without one of its roles', () => {
    expect(['newcomer', 'resident', 'volunteer'].map((c) => of('stats.dashboard', c as never, 'A'))).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'])
    expect(of('orders.resolve', 'streetAdmin', 'A2')).toBe('FORBIDDEN')
  })

  it('serves the allowed callers on their own community', () => {
    expect(MANAGERS.map((c) => of('stats.dashboard', c, 'A'))).toEqual(['OK', 'OK', 'OK'])
  })

  it('lets a street admin reach the other communities of their street (street rows only), never another street', () => {
    expect([of('stats.dashboard', 'streetAdmin', 'A2'), of('stats.dashboard', 'streetAdmin', 'B')]).toEqual(['OK', 'FORBIDDEN'])
    expect([of('stats.dashboard', 'coordinator', 'A2'), of('stats.dashboard', 'coordinator', 'B')]).toEqual(['FORBIDDEN', 'FORBIDDEN'])
    expect([of('stats.dashboard', 'admin', 'A2'), of('stats.dashboard', 'admin', 'B')]).toEqual(['OK', 'OK'])
  })

  it('gives a listed refusal instead, for that caller and side only', () => {
    expect([of('orders.resolve', 'admin', 'A2'), of('orders.resolve', 'admin', 'B')]).toEqual(['OK', 'ORDER_MOVE_NOT_ALLOWED'])
  })
})
