// The bad-input suite's per-action targets in the shared world (tests/fixtures/authWorld.ts): for every action the
// caller holding the role it needs (in community A / street A) and a VALID input naming A's real targets; `foreign`
// swaps in B's (community B, street B). A missing action is named by tests/integration/badInput.test.ts.
import type { ActionName } from '../../src/shared/contracts'
import type { TestCloud } from '../fixtures/localCloud'
import { registration } from '../fixtures/people'
import { orderInput } from '../fixtures/orders'
import { LOCATION, PLATFORM_ADMIN, type AuthWorld } from '../fixtures/authWorld'
import { beneficiaryInput, beneficiaryOrder } from '../fixtures/authWorldActivities'
import { activityTargets } from './targetsActivities'

/**
 * as: the caller; input: a valid input naming A's targets; foreign: the same naming B's;
 * fresh: a new target of A in the state the action needs (its ids replace the base's), so that every valid
 * hostile input reaches the action's write path instead of meeting a target an earlier success already moved.
 */
export type Target = {
  as: string
  input: () => Record<string, unknown>
  foreign?: () => Record<string, unknown>
  fresh?: () => Promise<Record<string, unknown>>
}

let n = 0
const R = 'resident-A',
  V = 'volunteer-A',
  C = 'coordinator-A',
  SA = 'sadmin-A'

export function targetsOf(tc: TestCloud, w: AuthWorld): Partial<Record<ActionName, Target>> {
  return {
    'system.ping': { as: R, input: () => ({ echo: 'hi' }) },
    'users.me': { as: R, input: () => ({}) },
    'users.updateProfile': { as: R, input: () => ({ nickname: '新昵称', avatarUrl: 'https://example.com/a.png' }) },
    'users.bindPhone': { as: R, input: () => ({ code: 'local-phone:13800000000' }) },
    // Street-level actions as the street admin of street A (sadmin-A): their own street's, and street B's as foreign.
    'communities.create': {
      as: SA,
      input: () => ({ name: '新建社区', code: `NEW${n++}`, address: '某街道1号', location: LOCATION }),
      foreign: () => ({ name: '越权社区', code: `NEW${n++}`, address: '某街道1号', location: LOCATION, streetId: w.street.B })
    },
    'communities.nearby': { as: R, input: () => ({ location: LOCATION, radiusMeters: 5000 }) },
    'communities.join': { as: R, input: () => ({ code: 'AAAA01' }) },
    // As the platform admin: the street admin's own/foreign street calls are the authorization matrix's (its reply
    // carries the appointee's openid, which tests/integration/exposure.test.ts allows the platform admin only).
    'communities.appointCoordinator': { as: PLATFORM_ADMIN, input: () => ({ communityId: 'cA', userId: 'appointee-A' }) },
    'communities.updateRules': { as: C, input: () => ({ storageCapMinutes: 6000, dailyTransferCapMinutes: 600 }) },
    'communities.updateOrderRules': { as: C, input: () => ({ slaMinutes: 45, fenceMeters: 500, rounding: { unit: 5 } }) },
    'communities.updateCertificateInfo': { as: C, input: () => ({ personInCharge: '张主任', handler: '李干事', contact: '0752-1234567' }) },
    'addresses.list': { as: R, input: () => ({}) },
    'addresses.add': { as: R, input: () => ({ label: '家', detail: '文昌路1号', contactName: '张三', contactPhone: '13800000001', location: LOCATION }) },
    'addresses.remove': { as: R, input: () => ({ addressId: w.address.A }), foreign: () => ({ addressId: w.address.B }) },
    'volunteers.register': { as: 'kin-A', input: () => registration() },
    'volunteers.me': { as: V, input: () => ({}) },
    'volunteers.review': {
      as: C,
      input: () => ({ volunteerId: w.pendingVolunteer.A, decision: 'reject', reason: '测试' }),
      foreign: () => ({ volunteerId: w.pendingVolunteer.B, decision: 'reject', reason: '测试' })
    },
    'volunteers.list': { as: C, input: () => ({ status: 'approved', offset: 0, limit: 20 }) },
    'volunteers.setInsurance': {
      as: C,
      input: () => ({ volunteerId: w.volunteer.A, insuredUntil: '2030-12-31' }),
      foreign: () => ({ volunteerId: w.volunteer.B, insuredUntil: '2030-12-31' })
    },
    'volunteers.addInsurance': {
      as: C,
      input: () => ({
        requestId: `fuzz-policy-${n++}`,
        insurer: '平安保险',
        policyNo: 'PA-2030-001',
        from: '2030-01-01',
        to: '2030-12-31',
        volunteerIds: [w.volunteer.A]
      }),
      foreign: () => ({
        requestId: `fuzz-policy-${n++}`,
        insurer: '平安保险',
        policyNo: 'PA-2030-001',
        from: '2030-01-01',
        to: '2030-12-31',
        volunteerIds: [w.volunteer.B]
      })
    },
    'volunteers.updateProfile': {
      as: 'mover-A',
      input: () => ({ skills: ['repair'], availability: ['weekend_morning'], serviceArea: '文昌', serviceLocation: LOCATION })
    },
    'volunteers.pause': { as: 'mover-A', input: () => ({}) },
    'volunteers.resume': { as: 'mover-A', input: () => ({}) },
    'volunteers.leave': { as: 'mover-A', input: () => ({ reason: '搬家' }) },
    'volunteers.suspend': {
      as: C,
      input: () => ({ volunteerId: w.volunteer.A, reason: '多次爽约' }),
      foreign: () => ({ volunteerId: w.volunteer.B, reason: '多次爽约' })
    },
    'volunteers.reinstate': {
      as: C,
      input: () => ({ volunteerId: w.volunteer.A, reason: '已核实' }),
      foreign: () => ({ volunteerId: w.volunteer.B, reason: '已核实' })
    },
    'volunteers.revoke': {
      as: C,
      input: () => ({ volunteerId: w.volunteer.A, reason: '违反守则' }),
      foreign: () => ({ volunteerId: w.volunteer.B, reason: '违反守则' })
    },
    'teams.create': { as: C, input: () => ({ name: `服务队${n++}`, kind: 'general', slogan: '一起来' }) },
    'teams.list': { as: R, input: () => ({}) },
    'teams.join': { as: V, input: () => ({ teamId: w.team.A }), foreign: () => ({ teamId: w.team.B }) },
    'teams.leave': { as: V, input: () => ({ teamId: w.team.A }), foreign: () => ({ teamId: w.team.B }) },
    'family.link': { as: R, input: () => ({ relation: 'parent', memberName: '王桂兰', memberUsesPhone: true, memberPhone: '13900000000' }) },
    'family.confirm': { as: R, input: () => ({ code: '000000' }) },
    'family.approve': { as: C, input: () => ({ linkId: w.link.A, decision: 'reject' }), foreign: () => ({ linkId: w.link.B, decision: 'reject' }) },
    'family.list': { as: R, input: () => ({}) },
    'catalog.list': { as: R, input: () => ({}) },
    'catalog.upsert': {
      as: C,
      input: () => ({ category: 'shopping', defaultMinutes: 45, skills: ['shopping'], minAge: 16, risky: false, residentDirect: true, enabled: true })
    },
    'orders.create': { as: R, input: () => orderInput(w.address.A), foreign: () => orderInput(w.address.B) },
    'orders.createFor': { as: C, input: () => beneficiaryOrder(w.beneficiary.A), foreign: () => beneficiaryOrder(w.beneficiary.B) },
    'beneficiaries.add': { as: C, input: () => beneficiaryInput() },
    'beneficiaries.update': {
      as: C,
      input: () => ({ ...beneficiaryInput(), beneficiaryId: w.beneficiary.A, version: 1 }),
      foreign: () => ({ ...beneficiaryInput(), beneficiaryId: w.beneficiary.B, version: 1 })
    },
    'beneficiaries.list': { as: C, input: () => ({}), foreign: () => ({ communityId: 'cB' }) },
    'beneficiaries.archive': {
      as: C,
      input: () => ({ beneficiaryId: w.beneficiary.A, version: 1, reason: '已搬离本社区' }),
      foreign: () => ({ beneficiaryId: w.beneficiary.B, version: 1, reason: '越权归档' })
    },
    'orders.get': { as: R, input: () => ({ orderId: w.orders.A.accepted.id }), foreign: () => ({ orderId: w.orders.B.accepted.id }) },
    'orders.listMine': { as: R, input: () => ({ as: 'resident', open: true, offset: 0, limit: 20 }) },
    'orders.pool': { as: V, input: () => ({ location: LOCATION, radiusMeters: 5000, limit: 20 }) },
    'orders.grab': { as: V, input: () => ({ orderId: w.orders.A.pending.id }), foreign: () => ({ orderId: w.orders.B.pending.id }) },
    'orders.candidates': { as: C, input: () => ({ orderId: w.orders.A.pending.id }), foreign: () => ({ orderId: w.orders.B.pending.id }) },
    'orders.dispatch': {
      as: C,
      input: () => ({ orderId: w.orders.A.pending.id, volunteerId: w.volunteer.A }),
      foreign: () => ({ orderId: w.orders.B.pending.id, volunteerId: w.volunteer.B })
    },
    'orders.reassign': {
      as: C,
      input: () => ({ orderId: w.orders.A.dispatched.id, volunteerId: w.helperA, reason: '调整' }),
      foreign: () => ({ orderId: w.orders.B.dispatched.id, volunteerId: w.volunteer.B, reason: '调整' })
    },
    'orders.accept': { as: V, input: () => ({ orderId: w.orders.A.dispatched.id }), foreign: () => ({ orderId: w.orders.B.dispatched.id }) },
    'orders.decline': {
      as: V,
      input: () => ({ orderId: w.orders.A.dispatched.id, reason: '时间冲突' }),
      foreign: () => ({ orderId: w.orders.B.dispatched.id, reason: '时间冲突' })
    },
    'orders.checkIn': {
      as: V,
      input: () => ({ orderId: w.orders.A.accepted.id, code: w.orders.A.accepted.code }),
      foreign: () => ({ orderId: w.orders.B.accepted.id, code: w.orders.B.accepted.code })
    },
    'orders.checkOut': { as: V, input: () => ({ orderId: w.orders.A.in_service.id, note: '已完成' }), foreign: () => ({ orderId: w.orders.B.in_service.id }) },
    'orders.confirm': {
      as: R,
      input: () => ({ orderId: w.orders.A.awaiting_confirmation.id, stars: 5, tags: ['耐心细致'], comment: '很好' }),
      foreign: () => ({ orderId: w.orders.B.awaiting_confirmation.id, stars: 5 })
    },
    'orders.dispute': {
      as: R,
      input: () => ({ orderId: w.orders.A.completed.id, reason: '时长不对' }),
      foreign: () => ({ orderId: w.orders.B.completed.id, reason: '时长不对' })
    },
    'orders.resolve': {
      as: C,
      input: () => ({ orderId: w.orders.A.disputed.id, minutes: 60, reason: '按60分钟计' }),
      foreign: () => ({ orderId: w.orders.B.disputed.id, minutes: 0, reason: '裁定' })
    },
    'orders.cancel': {
      as: R,
      input: () => ({ orderId: w.orders.A.pending.id, reason: '不需要了' }),
      foreign: () => ({ orderId: w.orders.B.pending.id, reason: '不需要了' })
    },
    'orders.board': { as: C, input: () => ({}) },
    'timebank.account': { as: R, input: () => ({}) },
    'timebank.statement': { as: R, input: () => ({ kind: 'adjust', month: '2026-01', offset: 0, limit: 5 }) },
    'timebank.transfer': {
      as: R,
      input: () => ({ requestId: `fuzz-transfer-${n++}`, toUserId: 'kin-A', minutes: 1, note: '给家人' }),
      foreign: () => ({ requestId: `fuzz-transfer-${n++}`, toUserId: 'kin-B', minutes: 1 })
    },
    'timebank.donate': { as: R, input: () => ({ requestId: `fuzz-donate-${n++}`, minutes: 1 }) },
    'timebank.adjust': {
      as: C,
      input: () => ({ requestId: `fuzz-adjust-${n++}`, userId: 'resident-A', minutes: 5, reason: '补录服务' }),
      foreign: () => ({ requestId: `fuzz-adjust-${n++}`, userId: 'kin-B', minutes: 5, reason: '补录服务' })
    },
    'timebank.reverse': {
      as: C,
      input: () => ({ postingId: w.posting.A, reason: '重复录入' }),
      foreign: () => ({ postingId: w.posting.B, reason: '重复录入' })
    },
    ...activityTargets(tc, w)
  }
}
