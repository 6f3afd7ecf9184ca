// The matrix for volunteers (registration, review, insurance, the lifecycle), teams and family links. The volunteer
// acts about themself; coordinators and admins on their community's volunteers (another community's, in the same
// street or not: FORBIDDEN — a street admin holds no role here); volunteers join their own community's teams.
import { registration } from '../../fixtures/people'
import { DEFAULT_TEAM_KINDS } from '../../../src/shared/domain/teams'
import { ANYONE, MANAGERS, MEMBERS, openidOf, RESIDENTS, STAFF, type Table } from './matrix'
import { freshApplicant, freshClaim, freshRoster, freshTeamWithMember, freshVolunteer } from './fresh'

const policy = (e: { n: () => number }, volunteerId: string) => ({
  requestId: `auth-policy-${e.n()}`,
  insurer: '平安保险',
  policyNo: 'PA-1',
  from: '2030-01-01',
  to: '2030-12-31',
  volunteerIds: [volunteerId]
})
const HOLDS_ORDERS = 'volunteer-A holds open orders of the world (dispatched, accepted, in service)'

export const VOLUNTEERS: Table = {
  rows: {
    'volunteers.register': { allow: RESIDENTS, scope: 'self', input: () => registration() },
    'volunteers.me': { allow: ANYONE, scope: 'self', input: () => ({}) },
    'volunteers.review': {
      allow: STAFF,
      scope: 'community',
      sides: true,
      input: async (e, s) => ({ volunteerId: await freshApplicant(e, s), decision: 'reject', reason: '测试' })
    },
    'volunteers.list': { allow: STAFF, scope: 'community', input: () => ({}) },
    'volunteers.setInsurance': {
      allow: STAFF,
      scope: 'community',
      sides: true,
      input: (e, s) => ({ volunteerId: e.w.volunteer[s], insuredUntil: '2030-12-31' })
    },
    'volunteers.addInsurance': { allow: STAFF, scope: 'community', sides: true, input: (e, s) => policy(e, e.w.volunteer[s]) },
    // Lifecycle: pause and resume run one after the other (volunteer-A ends active).
    'volunteers.updateProfile': { allow: ['volunteer'], scope: 'self', input: () => ({ serviceArea: '文昌' }) },
    'volunteers.pause': { allow: ['volunteer'], scope: 'self', input: () => ({}) },
    'volunteers.resume': { allow: ['volunteer'], scope: 'self', input: () => ({}) },
    'volunteers.leave': { allow: ['volunteer'], scope: 'self', input: () => ({ reason: '搬家' }) },
    'volunteers.suspend': {
      allow: STAFF,
      scope: 'community',
      sides: true,
      input: async (e, s) => ({ volunteerId: await freshVolunteer(e, s), reason: '多次爽约' })
    },
    'volunteers.reinstate': {
      allow: STAFF,
      scope: 'community',
      sides: true,
      input: async (e, s) => ({ volunteerId: await freshVolunteer(e, s, { lifecycle: 'suspended', lifecycleReason: '测试' }), reason: '已核实' })
    },
    'volunteers.revoke': {
      allow: STAFF,
      scope: 'community',
      sides: true,
      input: async (e, s) => ({ volunteerId: await freshVolunteer(e, s), reason: '违反服务守则' })
    },
    'teams.create': { allow: ['coordinator'], scope: 'community', input: (e) => ({ name: `服务队${e.n()}`, kind: 'general' }) },
    'teams.list': { allow: MEMBERS, scope: 'community', input: () => ({}) },
    // join before leave: volunteer-A joins A's team, then leaves it.
    'teams.join': { allow: ['volunteer'], scope: 'community', sides: true, input: (e, s) => ({ teamId: e.w.team[s] }) },
    'teams.leave': { allow: ['volunteer'], scope: 'community', sides: true, input: (e, s) => ({ teamId: e.w.team[s] }) },
    // Reading a team is membership-scoped like joining it: only the caller's own community's, even for an admin.
    'teams.get': { allow: MEMBERS, scope: 'community', sides: true, input: (e, s) => ({ teamId: e.w.team[s] }) },
    // A new slogan each call: the coordinator may set it; volunteer-A does not lead A's team (its coordinator does).
    'teams.update': {
      allow: ['volunteer', 'coordinator'],
      scope: 'community',
      sides: true,
      input: (e, s) => ({ teamId: e.w.team[s], slogan: `口号${e.n()}` })
    },
    'teams.handOver': { allow: ['volunteer', 'coordinator'], scope: 'community', sides: true, input: (e, s) => freshTeamWithMember(e, s) },
    'teams.assignCategories': { allow: ['coordinator'], scope: 'community', sides: true, input: (e, s) => ({ teamId: e.w.team[s], categories: ['shopping'] }) },
    // Another community's project, to A's team: that project is not found from A (never FORBIDDEN: no disclosure).
    'teams.assignProject': {
      allow: ['coordinator'],
      scope: 'community',
      sides: true,
      foreignCodes: ['NOT_FOUND(projectId)'],
      input: (e, s) => ({ projectId: e.w.project[s].declared, teamId: e.w.team.A })
    },
    'teams.saveKinds': {
      allow: ['coordinator'],
      scope: 'community',
      input: () => ({ kinds: [...DEFAULT_TEAM_KINDS, { key: null, label: '应急队', retired: false }] })
    },
    // Coordinators their own community; the street admin their street's; the platform admin any.
    'teams.stats': { allow: MANAGERS, scope: 'community', sides: true, street: true, input: (e, s) => ({ communityId: e.w.community[s], year: 2026 }) },
    'family.link': { allow: RESIDENTS, scope: 'self', input: () => ({ relation: 'parent', memberName: '王桂兰', memberUsesPhone: true }) },
    'family.confirm': { allow: MEMBERS, scope: 'self', input: () => ({ code: '000000' }) },
    'family.approve': {
      allow: ['coordinator'],
      scope: 'community',
      sides: true,
      input: (e, s) => ({ linkId: e.w.link[s], decision: 'reject' })
    },
    'family.list': { allow: MEMBERS, scope: 'community', input: () => ({}) },
    // 名册导入: the caller's own community, from a file in the caller's own roster folder (a new person each call).
    'volunteers.importRoster': {
      allow: STAFF,
      scope: 'community',
      input: async (e, _s, caller) => ({ requestId: `auth-import-${e.n()}`, fileId: (await freshRoster(e, openidOf(caller))).fileId, dryRun: false })
    },
    // A person just imported into A, per call: the refusal is about the caller's own record, not a mismatch.
    'volunteers.claim': { allow: MEMBERS, scope: 'self', input: (e) => freshClaim(e, 'A') }
  },
  refusals: {
    'teams.get': { 'admin@A2': 'FORBIDDEN', 'admin@B': 'FORBIDDEN', why: "teams are membership-scoped: nobody, an admin included, reads another community's" },
    'teams.update': { volunteer: 'FORBIDDEN', why: "only the coordinator or the team's leader sets the slogan; volunteer-A does not lead A's team" },
    'teams.handOver': { volunteer: 'FORBIDDEN', why: "only the coordinator or the team's current leader hands it over; volunteer-A does not lead it" },
    'volunteers.claim': {
      resident: 'ROSTER_CLAIM_HAS_RECORD',
      volunteer: 'ROSTER_CLAIM_HAS_RECORD',
      coordinator: 'ROSTER_CLAIM_HAS_RECORD',
      streetAdmin: 'ROSTER_CLAIM_HAS_RECORD',
      admin: 'ROSTER_CLAIM_HAS_RECORD',
      why: 'every member holds a volunteer record by then (volunteer-A approved, the others registered by the volunteers.register row): one person, one record'
    },
    'volunteers.register': { volunteer: 'CONFLICT(idNumber)', why: 'volunteer-A is registered with another ID number than the new one registration() makes' },
    'volunteers.leave': { volunteer: 'VOLUNTEER_HAS_OPEN_ORDERS', why: HOLDS_ORDERS },
    'family.confirm': {
      resident: 'CONFIRM_CODE_INVALID(code)',
      volunteer: 'CONFIRM_CODE_INVALID(code)',
      coordinator: 'CONFIRM_CODE_INVALID(code)',
      streetAdmin: 'CONFIRM_CODE_INVALID(code)',
      admin: 'CONFIRM_CODE_INVALID(code)',
      why: "000000 is nobody's confirmation code"
    }
  }
}
