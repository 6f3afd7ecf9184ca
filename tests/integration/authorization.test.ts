// The authorization matrix: every action × every kind of caller × own/foreign community, from ONE table of
// expectations written from the issue (not read from the code). The code's declarations must agree with the
// table, and real calls through the router must be allowed or refused (FORBIDDEN) exactly as it says.
import type { ActionName } from '../../src/shared/contracts'
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller } from '../fixtures/api'
import { aCommunity, aUser, registration } from '../fixtures/people'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()

type Caller = 'newcomer' | 'resident' | 'volunteer' | 'coordinator' | 'admin'
const CALLERS: Caller[] = ['newcomer', 'resident', 'volunteer', 'coordinator', 'admin']
const ANYONE: Caller[] = CALLERS
const MEMBERS: Caller[] = ['resident', 'volunteer', 'coordinator', 'admin'] // anybody with a user record
const RESIDENTS: Caller[] = MEMBERS // every member keeps the resident role

type Row = { allow: Caller[]; scope: 'self' | 'community' | 'global'; input: () => unknown; foreign?: () => unknown }
let n = 0
const ids = { pendingA: '', pendingB: '', teamA: '', teamB: '', linkA: '', linkB: '' }
const location = { longitude: 114.41, latitude: 23.11 }

const MATRIX: Record<ActionName, Row> = {
  'system.ping': { allow: ANYONE, scope: 'global', input: () => ({}) },
  'users.me': { allow: ANYONE, scope: 'self', input: () => ({}) },
  'users.updateProfile': { allow: MEMBERS, scope: 'self', input: () => ({ nickname: '新昵称' }) },
  'users.bindPhone': { allow: MEMBERS, scope: 'self', input: () => ({ code: 'local-phone:13800000000' }) },
  'communities.create': { allow: ['admin'], scope: 'global', input: () => ({ name: '新建社区', code: `NEW${n++}`, address: '某街道1号', location }) },
  'communities.nearby': { allow: ANYONE, scope: 'global', input: () => ({ location }) },
  'communities.join': { allow: MEMBERS, scope: 'self', input: () => ({ code: 'AAAA01' }) },
  'communities.appointCoordinator': { allow: ['admin'], scope: 'global', input: () => ({ communityId: 'cA', userId: 'appointee' }) },
  'addresses.list': { allow: MEMBERS, scope: 'self', input: () => ({}) },
  'addresses.add': { allow: MEMBERS, scope: 'self', input: () => ({ label: '家', detail: '文昌路1号', contactName: '张三', contactPhone: '13800000001', location: null }) },
  'addresses.remove': { allow: MEMBERS, scope: 'self', input: () => ({ addressId: 'no-such-address' }) },
  'volunteers.register': { allow: RESIDENTS, scope: 'self', input: () => registration() },
  'volunteers.me': { allow: ANYONE, scope: 'self', input: () => ({}) },
  'volunteers.review': { allow: ['coordinator', 'admin'], scope: 'community', input: () => ({ volunteerId: ids.pendingA, decision: 'reject', reason: '测试' }), foreign: () => ({ volunteerId: ids.pendingB, decision: 'reject', reason: '测试' }) },
  'volunteers.list': { allow: ['coordinator', 'admin'], scope: 'community', input: () => ({}) },
  'teams.create': { allow: ['coordinator'], scope: 'community', input: () => ({ name: `服务队${n++}`, kind: 'general' }) },
  'teams.list': { allow: MEMBERS, scope: 'community', input: () => ({}) },
  'teams.join': { allow: ['volunteer'], scope: 'community', input: () => ({ teamId: ids.teamA }), foreign: () => ({ teamId: ids.teamB }) },
  'teams.leave': { allow: ['volunteer'], scope: 'community', input: () => ({ teamId: ids.teamA }), foreign: () => ({ teamId: ids.teamB }) },
  'family.link': { allow: RESIDENTS, scope: 'self', input: () => ({ relation: 'parent', memberName: '王桂兰', memberUsesPhone: true }) },
  'family.confirm': { allow: MEMBERS, scope: 'self', input: () => ({ code: '000000' }) },
  'family.approve': { allow: ['coordinator'], scope: 'community', input: () => ({ linkId: ids.linkA, decision: 'reject' }), foreign: () => ({ linkId: ids.linkB, decision: 'reject' }) },
  'family.list': { allow: MEMBERS, scope: 'community', input: () => ({}) }
}

/** The roles each kind of caller holds (an admin by ADMIN_OPENIDS, on top of the stored resident role). */
const ROLES_OF: Record<Exclude<Caller, 'newcomer'>, string[]> = { resident: ['resident'], volunteer: ['resident', 'volunteer'], coordinator: ['resident', 'coordinator'], admin: ['resident', 'admin'] }
const openidOf = (c: Caller, action: string) => (c === 'newcomer' ? `newcomer-${action}` : `${c}-A`)
const must = (r: any) => {
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.data
}

beforeAll(async () => {
  process.env.ADMIN_OPENIDS = 'admin-A'
  await aCommunity(tc.db, 'cA', 'AAAA01')
  await aCommunity(tc.db, 'cB', 'BBBB02')
  for (const [who, roles] of [['resident', ['resident']], ['volunteer', ['resident', 'volunteer']], ['coordinator', ['resident', 'coordinator']], ['admin', ['resident']]] as const) await aUser(tc.db, `${who}-A`, 'cA', [...roles])
  await aUser(tc.db, 'coordinator-B', 'cB', ['resident', 'coordinator'])
  for (const id of ['appointee', 'applicant-A', 'applicant-B', 'kin-A', 'kin-B']) await aUser(tc.db, id, id.endsWith('B') ? 'cB' : 'cA')
  ids.pendingA = must(await call('applicant-A', 'volunteers.register', registration())).id
  ids.pendingB = must(await call('applicant-B', 'volunteers.register', registration())).id
  ids.teamA = must(await call('coordinator-A', 'teams.create', { name: 'A队', kind: 'youth' })).id
  ids.teamB = must(await call('coordinator-B', 'teams.create', { name: 'B队', kind: 'youth' })).id
  ids.linkA = must(await call('kin-A', 'family.link', { relation: 'grandparent', memberName: '李秀英', memberUsesPhone: false })).id
  ids.linkB = must(await call('kin-B', 'family.link', { relation: 'grandparent', memberName: '赵秀英', memberUsesPhone: false })).id
})
afterAll(() => delete process.env.ADMIN_OPENIDS)

it('declares, for every action, the roles and scope the table expects', () => {
  const { actions } = require('../../cloudfunctions/api/src/actions')
  expect(Object.keys(actions).sort()).toEqual(Object.keys(MATRIX).sort())
  const expand = (allow: 'anyone' | string[]): Caller[] =>
    allow === 'anyone' ? ANYONE : CALLERS.filter((c) => c !== 'newcomer' && ROLES_OF[c].some((r) => allow.includes(r)))
  for (const [name, row] of Object.entries(MATRIX)) {
    expect({ name, allow: expand(actions[name].allow).sort(), scope: actions[name].scope }).toEqual({ name, allow: [...row.allow].sort(), scope: row.scope })
  }
})

describe.each(Object.entries(MATRIX))('%s', (action, row) => {
  it.each(CALLERS)('as %s: %s', async (caller) => {
    const r = await call(openidOf(caller, action), action, row.input())
    const forbidden = !r.ok && r.error.code === 'FORBIDDEN'
    expect({ caller, forbidden, code: r.ok ? 'OK' : r.error.code }).toEqual({ caller, forbidden: !row.allow.includes(caller), code: expect.any(String) })
  })

  if (row.foreign) {
    it("refuses the coordinator of one community on another community's data", async () => {
      const r = await call('coordinator-A', action, row.foreign!())
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    })
  }
})
