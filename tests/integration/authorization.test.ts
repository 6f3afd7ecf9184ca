// The authorization matrix: every action × every kind of caller × own/foreign community, from ONE table of
// expectations written from the issue (not read from the code). The code's declarations must agree with the
// table, and real calls through the router must be allowed or refused (FORBIDDEN) exactly as it says.
import type { ActionName } from '../../src/shared/contracts'
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectOk as must, rawApiCaller } from '../fixtures/api'
import { aCommunity, aUser, registration } from '../fixtures/people'
import { aVolunteer, anAddress, anOrder, orderInput, storedOrder } from '../fixtures/orders'
import fs from 'fs'
import path from 'path'
import { uploadKeyOf } from '../../localcloud/src/upload'
import { PRIVACY_VERSION } from '../../src/shared/privacy/guide'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
/** The matrix covers every action: its inputs are untyped per action. */
const callRaw = rawApiCaller()

type Caller = 'newcomer' | 'resident' | 'volunteer' | 'coordinator' | 'admin'
const CALLERS: Caller[] = ['newcomer', 'resident', 'volunteer', 'coordinator', 'admin']
const ANYONE: Caller[] = CALLERS
const MEMBERS: Caller[] = ['resident', 'volunteer', 'coordinator', 'admin'] // anybody with a user record
const RESIDENTS: Caller[] = MEMBERS // every member keeps the resident role

/** foreign: input naming another community's data, tried by `foreignAs` (default the coordinator), refused with one of `foreignCodes` (default FORBIDDEN). */
/** ok: the caller (with standing) whose call must succeed. */
type Row = {
  allow: Caller[]
  scope: 'self' | 'community' | 'street' | 'global'
  input: () => unknown
  ok?: Caller
  foreign?: () => unknown
  foreignAs?: Caller
  foreignCodes?: string[]
}
let n = 0
const ids = {
  pendingA: '',
  pendingB: '',
  teamA: '',
  teamB: '',
  linkA: '',
  linkB: '',
  volunteerA: '',
  volunteerB: '',
  helperA: '',
  addressA: '',
  postingsA: [] as string[],
  postingB: '',
  street: ''
}
/** Orders for the order rows: in community A one per action (so calls do not disturb each other), in B one per status. */
const orderA: Record<string, { id: string; code: string }> = {}
const orderB: Record<string, { id: string; code: string }> = {}
const A = (action: string) => orderA[action].id
const B = (status: string) => orderB[status].id
const MINE = ['FORBIDDEN', 'NOT_YOUR_ORDER'] // refused for standing: either code (see the report on resolve/accept/…)
const catalogEntry = { category: 'shopping', defaultMinutes: 45, skills: [], minAge: 16, risky: false, residentDirect: true, enabled: true }
const location = { longitude: 114.41, latitude: 23.11 }

const MATRIX: Record<ActionName, Row> = {
  'system.ping': { allow: ANYONE, scope: 'global', input: () => ({}) },
  'users.me': { allow: ANYONE, scope: 'self', input: () => ({}) },
  'users.updateProfile': { allow: MEMBERS, scope: 'self', input: () => ({ nickname: '新昵称' }) },
  'users.bindPhone': { allow: MEMBERS, scope: 'self', input: () => ({ code: 'local-phone:13800000000' }) },
  // Anyone, a brand-new WeChat user included: the guide is agreed to before anything else (privacy.consent.test.ts).
  'me.consent': { allow: ANYONE, scope: 'self', input: () => ({ version: PRIVACY_VERSION, requestId: `auth-consent-${n++}` }) },
  // 我的数据 and 注销: every member, about themself only (requested before cancelled: the rows run in this order).
  'me.export': { allow: MEMBERS, scope: 'self', input: () => ({ requestId: `auth-mydata-${n++}` }), ok: 'resident' },
  'me.deletionStatus': { allow: MEMBERS, scope: 'self', input: () => ({}), ok: 'resident' },
  'me.requestDeletion': {
    allow: MEMBERS,
    scope: 'self',
    input: () => ({ requestId: `auth-delete-${n++}`, disposal: 'donate_pool', confirmText: '确认注销' }),
    ok: 'resident'
  },
  'me.cancelDeletion': { allow: MEMBERS, scope: 'self', input: () => ({}), ok: 'resident' },
  'communities.create': { allow: ['admin'], scope: 'global', input: () => ({ name: '新建社区', code: `NEW${n++}`, address: '某街道1号', location }) },
  'audit.list': { allow: ['admin'], scope: 'global', input: () => ({ communityId: 'cA' }) },
  // 街道: platform admins create streets and appoint their admins; a street admin (no caller here holds the role:
  // tests/integration/streets.test.ts covers them, own street vs another) lists and compares their own street.
  'streets.create': { allow: ['admin'], scope: 'global', input: () => ({ requestId: `auth-street-${n++}`, name: '新建街道' }) },
  'streets.appointAdmin': { allow: ['admin'], scope: 'global', input: () => ({ streetId: ids.street, userId: 'street-appointee' }) },
  'streets.removeAdmin': { allow: ['admin'], scope: 'global', input: () => ({ streetId: ids.street, userId: 'street-appointee' }) },
  'streets.list': { allow: ['admin'], scope: 'street', input: () => ({}) },
  'stats.compare': { allow: ['admin'], scope: 'street', input: () => ({ streetId: ids.street }) },
  'streets.assignCommunity': { allow: ['admin'], scope: 'global', input: () => ({ streetId: ids.street, communityId: 'cA' }) },
  'communities.updatePopulation': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ population: 5000 }),
    foreign: () => ({ communityId: 'cB', population: 1 }),
    ok: 'coordinator'
  },
  'communities.nearby': { allow: ANYONE, scope: 'global', input: () => ({ location }) },
  'communities.join': { allow: MEMBERS, scope: 'self', input: () => ({ code: 'AAAA01' }) },
  'communities.appointCoordinator': { allow: ['admin'], scope: 'global', input: () => ({ communityId: 'cA', userId: 'appointee' }) },
  'addresses.list': { allow: MEMBERS, scope: 'self', input: () => ({}) },
  'addresses.add': {
    allow: MEMBERS,
    scope: 'self',
    input: () => ({ label: '家', detail: '文昌路1号', contactName: '张三', contactPhone: '13800000001', location: null })
  },
  'addresses.remove': { allow: MEMBERS, scope: 'self', input: () => ({ addressId: 'no-such-address' }) },
  'volunteers.register': { allow: RESIDENTS, scope: 'self', input: () => registration() },
  'volunteers.me': { allow: ANYONE, scope: 'self', input: () => ({}) },
  'volunteers.review': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ volunteerId: ids.pendingA, decision: 'reject', reason: '测试' }),
    foreign: () => ({ volunteerId: ids.pendingB, decision: 'reject', reason: '测试' })
  },
  'volunteers.list': { allow: ['coordinator', 'admin'], scope: 'community', input: () => ({}) },
  'teams.create': { allow: ['coordinator'], scope: 'community', input: () => ({ name: `服务队${n++}`, kind: 'general' }) },
  'teams.list': { allow: MEMBERS, scope: 'community', input: () => ({}) },
  'teams.join': { allow: ['volunteer'], scope: 'community', input: () => ({ teamId: ids.teamA }), foreign: () => ({ teamId: ids.teamB }) },
  'teams.leave': { allow: ['volunteer'], scope: 'community', input: () => ({ teamId: ids.teamA }), foreign: () => ({ teamId: ids.teamB }) },
  'family.link': { allow: RESIDENTS, scope: 'self', input: () => ({ relation: 'parent', memberName: '王桂兰', memberUsesPhone: true }) },
  'family.confirm': { allow: MEMBERS, scope: 'self', input: () => ({ code: '000000' }) },
  'family.approve': {
    allow: ['coordinator'],
    scope: 'community',
    input: () => ({ linkId: ids.linkA, decision: 'reject' }),
    foreign: () => ({ linkId: ids.linkB, decision: 'reject' })
  },
  'family.list': { allow: MEMBERS, scope: 'community', input: () => ({}) },
  // Orders: residents create, confirm and dispute their own; volunteers grab, accept, decline, check in and out;
  // coordinators (and admins) rank candidates, dispatch, reassign, resolve and watch the board; anyone with a stake
  // reads and cancels (the assigned volunteer's cancel is a withdrawal).
  'orders.create': { allow: RESIDENTS, scope: 'self', input: () => orderInput(ids.addressA), ok: 'resident' },
  // Intake for people without a phone: coordinators (admins: of any community) keep their community's register of
  // beneficiaries; only a coordinator records an order for one (orders.createFor); another community's register
  // or beneficiary is refused.
  'orders.createFor': {
    allow: ['coordinator'],
    scope: 'community',
    input: () => beneficiaryOrder(beneficiaryIds.a),
    foreign: () => beneficiaryOrder(beneficiaryIds.b),
    ok: 'coordinator'
  },
  'beneficiaries.add': { allow: ['coordinator', 'admin'], scope: 'community', input: () => beneficiaryInput(), ok: 'coordinator' },
  'beneficiaries.update': {
    // One requestId for every caller: the admin's call replays the coordinator's edit (the register keeps version 2).
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ ...beneficiaryInput(), requestId: 'auth-beneficiary-edit', beneficiaryId: beneficiaryIds.a, version: 1 }),
    foreign: () => ({ ...beneficiaryInput(), beneficiaryId: beneficiaryIds.b, version: 1 }),
    ok: 'coordinator'
  },
  'beneficiaries.list': { allow: ['coordinator', 'admin'], scope: 'community', input: () => ({}), foreign: () => ({ communityId: 'cB' }), ok: 'coordinator' },
  'beneficiaries.archive': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ beneficiaryId: beneficiaryIds.archivedA, version: 1, reason: '已搬离本社区' }),
    foreign: () => ({ beneficiaryId: beneficiaryIds.b, version: 1, reason: '越权归档' }),
    ok: 'coordinator'
  },
  'orders.get': {
    allow: MEMBERS,
    scope: 'self',
    input: () => ({ orderId: A('orders.get') }),
    foreign: () => ({ orderId: B('pending') }),
    foreignCodes: ['NOT_YOUR_ORDER'],
    ok: 'resident'
  },
  'orders.listMine': { allow: MEMBERS, scope: 'self', input: () => ({ as: 'resident' }), ok: 'resident' },
  'orders.pool': { allow: ['volunteer'], scope: 'community', input: () => ({}), ok: 'volunteer' },
  'orders.grab': {
    allow: ['volunteer'],
    scope: 'community',
    input: () => ({ orderId: A('orders.grab') }),
    foreign: () => ({ orderId: B('pending') }),
    foreignAs: 'volunteer',
    foreignCodes: MINE,
    ok: 'volunteer'
  },
  'orders.candidates': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ orderId: A('orders.candidates') }),
    foreign: () => ({ orderId: B('pending') }),
    ok: 'coordinator'
  },
  'orders.dispatch': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ orderId: A('orders.dispatch'), volunteerId: ids.volunteerA }),
    foreign: () => ({ orderId: B('pending'), volunteerId: ids.volunteerB }),
    ok: 'coordinator'
  },
  'orders.reassign': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ orderId: A('orders.reassign'), volunteerId: ids.helperA, reason: '调整' }),
    foreign: () => ({ orderId: B('accepted'), volunteerId: ids.volunteerB, reason: '调整' }),
    ok: 'coordinator'
  },
  'orders.accept': {
    allow: ['volunteer'],
    scope: 'community',
    input: () => ({ orderId: A('orders.accept') }),
    foreign: () => ({ orderId: B('dispatched') }),
    foreignAs: 'volunteer',
    foreignCodes: MINE,
    ok: 'volunteer'
  },
  'orders.decline': {
    allow: ['volunteer'],
    scope: 'community',
    input: () => ({ orderId: A('orders.decline'), reason: '时间冲突' }),
    foreign: () => ({ orderId: B('dispatched'), reason: '时间冲突' }),
    foreignAs: 'volunteer',
    foreignCodes: MINE,
    ok: 'volunteer'
  },
  'orders.checkIn': {
    allow: ['volunteer'],
    scope: 'community',
    input: () => ({ orderId: A('orders.checkIn'), code: orderA['orders.checkIn'].code }),
    foreign: () => ({ orderId: B('accepted'), code: orderB.accepted.code }),
    foreignAs: 'volunteer',
    foreignCodes: MINE,
    ok: 'volunteer'
  },
  'orders.checkOut': {
    allow: ['volunteer'],
    scope: 'community',
    input: () => ({ orderId: A('orders.checkOut') }),
    foreign: () => ({ orderId: B('in_service') }),
    foreignAs: 'volunteer',
    foreignCodes: MINE,
    ok: 'volunteer'
  },
  'orders.confirm': { allow: RESIDENTS, scope: 'self', input: () => ({ orderId: A('orders.confirm'), stars: 5 }), ok: 'resident' },
  'orders.dispute': { allow: RESIDENTS, scope: 'self', input: () => ({ orderId: A('orders.dispute'), reason: '时长不对' }), ok: 'resident' },
  'orders.resolve': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ orderId: A('orders.resolve'), minutes: 60, reason: '按60分钟计' }),
    foreign: () => ({ orderId: B('disputed'), minutes: 0, reason: '裁定' }),
    ok: 'coordinator'
  },
  'orders.cancel': {
    allow: MEMBERS,
    scope: 'self',
    input: () => ({ orderId: A('orders.cancel'), reason: '不需要了' }),
    foreign: () => ({ orderId: B('pending'), reason: '不需要了' }),
    foreignCodes: ['NOT_YOUR_ORDER'],
    ok: 'resident'
  },
  'orders.board': { allow: ['coordinator', 'admin'], scope: 'community', input: () => ({}), ok: 'coordinator' },
  'catalog.list': { allow: MEMBERS, scope: 'community', input: () => ({}), ok: 'resident' },
  'catalog.upsert': { allow: ['coordinator'], scope: 'community', input: () => catalogEntry, ok: 'coordinator' },
  // Records and certificates: every member reads their own records and certificates and asks to correct their own
  // records (these outlive the volunteer role; another's record answers NOT_FOUND); coordinators and admins read,
  // correct and top up records of their community; approved volunteers issue certificates; anyone verifies one.
  'records.list': { allow: MEMBERS, scope: 'community', input: () => ({}), foreign: () => ({ volunteerId: ids.volunteerB }), ok: 'resident' },
  'records.requestCorrection': { allow: MEMBERS, scope: 'self', input: () => ({ recordId: recordIds.a, reason: '时长少记了' }), ok: 'volunteer' },
  'records.correct': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ recordId: recordIds.a2, decision: 'correct', minutes: 30 + n++, reason: '核实后更正' }),
    foreign: () => ({ recordId: recordIds.b, decision: 'correct', minutes: 1, reason: '越权更正' }),
    ok: 'coordinator'
  },
  'records.corrections': { allow: ['coordinator', 'admin'], scope: 'community', input: () => ({}), ok: 'coordinator' },
  'records.addHonorary': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ requestId: `auth-honor-${n++}`, volunteerId: ids.volunteerA, minutes: 60, reason: '表彰' }),
    foreign: () => ({ requestId: `auth-honor-${n++}`, volunteerId: ids.volunteerB, minutes: 60, reason: '表彰' }),
    ok: 'coordinator'
  },
  'certificates.issue': {
    allow: ['volunteer'],
    scope: 'self',
    input: () => ({ requestId: `auth-cert-${n++}`, from: '2024-01-01', to: '2024-12-31' }),
    ok: 'volunteer'
  },
  'certificates.list': { allow: MEMBERS, scope: 'self', input: () => ({}), ok: 'resident' },
  'certificates.verify': { allow: ANYONE, scope: 'global', input: () => ({ number: 'ZMAAAA01202401010000', code: 'ABC123' }), ok: 'newcomer' },
  'communities.updateCertificateInfo': {
    allow: ['coordinator'],
    scope: 'community',
    input: () => ({ personInCharge: '张主任', handler: '李干事', contact: '0752-1234567' }),
    ok: 'coordinator'
  },
  'volunteers.setInsurance': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ volunteerId: ids.volunteerA, insuredUntil: '2030-12-31' }),
    foreign: () => ({ volunteerId: ids.volunteerB, insuredUntil: '2030-12-31' }),
    ok: 'coordinator'
  },
  'volunteers.addInsurance': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({
      requestId: `auth-policy-${n++}`,
      insurer: '平安保险',
      policyNo: 'PA-1',
      from: '2030-01-01',
      to: '2030-12-31',
      volunteerIds: [ids.volunteerA]
    }),
    foreign: () => ({
      requestId: `auth-policy-${n++}`,
      insurer: '平安保险',
      policyNo: 'PA-1',
      from: '2030-01-01',
      to: '2030-12-31',
      volunteerIds: [ids.volunteerB]
    }),
    ok: 'coordinator'
  },
  // Volunteer lifecycle: the volunteer about themself; coordinators and admins on their community's volunteers.
  // Pause and resume run one after the other (volunteer-A ends active); leave, suspend and revoke are refused because
  // volunteer-A holds the accepted order of the orders.get row, reinstate because they are not suspended.
  'volunteers.updateProfile': { allow: ['volunteer'], scope: 'self', input: () => ({ serviceArea: '文昌' }), ok: 'volunteer' },
  'volunteers.pause': { allow: ['volunteer'], scope: 'self', input: () => ({}), ok: 'volunteer' },
  'volunteers.resume': { allow: ['volunteer'], scope: 'self', input: () => ({}), ok: 'volunteer' },
  'volunteers.leave': { allow: ['volunteer'], scope: 'self', input: () => ({ reason: '搬家' }) },
  'volunteers.suspend': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ volunteerId: ids.volunteerA, reason: '多次爽约' }),
    foreign: () => ({ volunteerId: ids.volunteerB, reason: '多次爽约' })
  },
  'volunteers.reinstate': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ volunteerId: ids.volunteerA, reason: '已核实' }),
    foreign: () => ({ volunteerId: ids.volunteerB, reason: '已核实' })
  },
  'volunteers.revoke': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ volunteerId: ids.volunteerA, reason: '违反服务守则' }),
    foreign: () => ({ volunteerId: ids.volunteerB, reason: '违反服务守则' })
  },
  // Time bank: every member reads their own account and statement and moves their own hours (resident-A has
  // hours and an active family link to kin-A); coordinators and admins adjust and reverse within their community
  // and set its rules (the contract names no community: the caller's own).
  'timebank.account': { allow: MEMBERS, scope: 'self', input: () => ({}), ok: 'resident' },
  'timebank.statement': { allow: MEMBERS, scope: 'self', input: () => ({ limit: 5 }), ok: 'resident' },
  'timebank.transfer': { allow: MEMBERS, scope: 'self', input: () => ({ requestId: `auth-transfer-${n++}`, toUserId: 'kin-A', minutes: 1 }), ok: 'resident' },
  'timebank.donate': { allow: MEMBERS, scope: 'self', input: () => ({ requestId: `auth-donate-${n++}`, minutes: 1 }), ok: 'resident' },
  'timebank.adjust': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ requestId: `auth-adjust-${n++}`, userId: 'resident-A', minutes: 5, reason: '补录服务' }),
    foreign: () => ({ requestId: `auth-adjust-${n++}`, userId: 'kin-B', minutes: 5, reason: '补录服务' }),
    ok: 'coordinator'
  },
  'timebank.reverse': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ postingId: ids.postingsA.pop(), reason: '重复录入' }),
    foreign: () => ({ postingId: ids.postingB, reason: '重复录入' }),
    ok: 'coordinator'
  },
  'communities.updateRules': { allow: ['coordinator', 'admin'], scope: 'community', input: () => ({ dailyTransferCapMinutes: 600 }), ok: 'coordinator' },
  'communities.updateOrderRules': { allow: ['coordinator', 'admin'], scope: 'community', input: () => ({ autoConfirmHours: 48 }), ok: 'coordinator' },
  // Project library: coordinators declare; coordinators and admins review, complete and evaluate their community's
  // projects; every member lists and reads them; approved volunteers sign up and cancel.
  'projects.declare': { allow: ['coordinator'], scope: 'community', input: () => projectInput(), ok: 'coordinator' },
  'projects.review': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ projectId: projectIds.declaredA, decision: 'reject', reason: '测试' }),
    foreign: () => ({ projectId: projectIds.declaredB, decision: 'approve' }),
    ok: 'coordinator'
  },
  'projects.list': { allow: MEMBERS, scope: 'community', input: () => ({}), ok: 'resident' },
  'projects.get': {
    allow: MEMBERS,
    scope: 'community',
    input: () => ({ projectId: projectIds.publishedA }),
    foreign: () => ({ projectId: projectIds.publishedB }),
    ok: 'resident'
  },
  'projects.signUp': {
    allow: ['volunteer'],
    scope: 'community',
    input: () => ({ projectId: projectIds.publishedA }),
    foreign: () => ({ projectId: projectIds.publishedB }),
    foreignAs: 'volunteer',
    ok: 'volunteer'
  },
  'projects.cancelSignUp': {
    allow: ['volunteer'],
    scope: 'community',
    input: () => ({ projectId: projectIds.cancelA }),
    foreign: () => ({ projectId: projectIds.publishedB }),
    foreignAs: 'volunteer',
    ok: 'volunteer'
  },
  'projects.attendance': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ projectId: projectIds.publishedA, session: 0, present: [] }),
    foreign: () => ({ projectId: projectIds.publishedB, session: 0, present: [] }),
    ok: 'coordinator'
  },
  'projects.complete': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ projectId: projectIds.completeA }),
    foreign: () => ({ projectId: projectIds.publishedB }),
    ok: 'coordinator'
  },
  'projects.evaluate': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ projectId: projectIds.evaluateA, grade: '合格', notes: '按计划完成' }),
    foreign: () => ({ projectId: projectIds.completedB, grade: '不合格', notes: '越权评价' }),
    ok: 'coordinator'
  },
  // 随手拍 civic reports: every member files, lists and reads their own; coordinators (and admins) dispatch, close and
  // read their community's figures; the assigned volunteer rectifies; the reporter or a coordinator reopens.
  'reports.create': {
    allow: MEMBERS,
    scope: 'community',
    input: () => ({ requestId: `auth-report-${n++}`, category: 'other', description: '路灯不亮', photos: [reportPhoto('resident-A')], location }),
    ok: 'resident'
  },
  'reports.list': { allow: MEMBERS, scope: 'community', input: () => ({}), ok: 'resident' },
  'reports.get': {
    allow: MEMBERS,
    scope: 'self',
    input: () => ({ reportId: reportIds.getA }),
    foreign: () => ({ reportId: reportIds.filedB }),
    foreignCodes: ['NOT_YOUR_REPORT'],
    ok: 'resident'
  },
  'reports.dispatch': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ reportId: reportIds.filedA, volunteerId: ids.volunteerA }),
    foreign: () => ({ reportId: reportIds.filedB, volunteerId: ids.volunteerB }),
    ok: 'coordinator'
  },
  'reports.rectify': {
    allow: ['volunteer'],
    scope: 'community',
    input: () => ({ reportId: reportIds.dispatchedA, photos: [reportPhoto('volunteer-A')], note: '已修复' }),
    foreign: () => ({ reportId: reportIds.dispatchedB, photos: [reportPhoto('volunteer-A')], note: '越权整改' }),
    foreignAs: 'volunteer',
    foreignCodes: ['NOT_YOUR_REPORT'],
    ok: 'volunteer'
  },
  'reports.close': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ reportId: reportIds.rectifiedA }),
    foreign: () => ({ reportId: reportIds.rectifiedB }),
    ok: 'coordinator'
  },
  'reports.reopen': {
    allow: MEMBERS,
    scope: 'self',
    input: () => ({ reportId: reportIds.closedA, reason: '又坏了' }),
    foreign: () => ({ reportId: reportIds.closedB, reason: '越权重开' }),
    foreignCodes: ['NOT_YOUR_REPORT'],
    ok: 'resident'
  },
  'reports.stats': { allow: ['coordinator', 'admin'], scope: 'community', input: () => ({}), ok: 'coordinator' },
  'stats.dashboard': { allow: ['coordinator', 'admin'], scope: 'community', input: () => ({}), foreign: () => ({ communityId: 'cB' }), ok: 'coordinator' },
  // 服务站 (站岗点室): coordinators and admins keep their community's stations and see its 10-minute-circle coverage
  // (another community's station or coverage is refused); every member finds stations near them (public places).
  'stations.upsert': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => stationInput(),
    foreign: () => ({ ...stationInput(), stationId: stationIds.b, version: 1 }),
    ok: 'coordinator'
  },
  'stations.nearby': { allow: MEMBERS, scope: 'global', input: () => ({ location }), ok: 'resident' },
  'stations.list': { allow: ['coordinator', 'admin'], scope: 'community', input: () => ({}), foreign: () => ({ communityId: 'cB' }), ok: 'coordinator' },
  'stations.coverage': { allow: ['coordinator', 'admin'], scope: 'community', input: () => ({}), foreign: () => ({ communityId: 'cB' }), ok: 'coordinator' },
  // 导出: coordinators (and admins) export their community's volunteer roll, records and monthly summary as CSV;
  // a coordinator naming another community is refused (an admin may name any).
  'exports.volunteers': { allow: ['coordinator', 'admin'], scope: 'community', input: () => ({}), foreign: () => ({ communityId: 'cB' }), ok: 'coordinator' },
  'exports.records': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ month: '2024-06' }),
    foreign: () => ({ communityId: 'cB', month: '2024-06' }),
    ok: 'coordinator'
  },
  'exports.monthlySummary': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ year: 2024 }),
    foreign: () => ({ communityId: 'cB', year: 2024 }),
    ok: 'coordinator'
  },
  // 爱心积分 and the 积分商城: every member reads their own points, the catalogue and their redemptions, and redeems
  // in their own community (resident-A holds points); coordinators and admins set the rate, edit the catalogue and
  // hand rewards over in their community (a reward or redemption of B is refused).
  'points.account': { allow: MEMBERS, scope: 'self', input: () => ({}), ok: 'resident' },
  'points.updateRate': { allow: ['coordinator', 'admin'], scope: 'community', input: () => ({ pointsPerHour: 12 }), ok: 'coordinator' },
  'rewards.list': { allow: MEMBERS, scope: 'community', input: () => ({}), ok: 'resident' },
  'rewards.upsert': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ requestId: `auth-reward-${n++}`, name: '理发优惠券', kind: 'goods', cost: 10, stock: 5 }),
    foreign: () => ({ rewardId: rewardIds.b, version: 1, name: '越权修改', kind: 'goods', cost: 1, stock: 100 }),
    ok: 'coordinator'
  },
  'rewards.redeem': {
    allow: MEMBERS,
    scope: 'community',
    input: () => ({ rewardId: rewardIds.a, requestId: `auth-redeem-${n++}` }),
    foreign: () => ({ rewardId: rewardIds.b, requestId: `auth-redeem-${n++}` }),
    ok: 'resident'
  },
  'rewards.redemptions': { allow: MEMBERS, scope: 'community', input: () => ({}), ok: 'resident' },
  'rewards.fulfil': {
    allow: ['coordinator', 'admin'],
    scope: 'community',
    input: () => ({ redemptionId: rewardIds.redemptionA }),
    foreign: () => ({ redemptionId: rewardIds.redemptionB }),
    ok: 'coordinator'
  }
}
/** The status each order row's order is in (in community A, owned by resident-A, held by volunteer-A if assigned). */
const ORDER_ROWS: Record<string, string> = {
  'orders.get': 'accepted',
  'orders.grab': 'pending',
  'orders.candidates': 'pending',
  'orders.dispatch': 'pending',
  'orders.reassign': 'dispatched',
  'orders.accept': 'dispatched',
  'orders.decline': 'dispatched',
  'orders.checkIn': 'accepted',
  'orders.checkOut': 'in_service',
  'orders.confirm': 'awaiting_confirmation',
  'orders.dispute': 'completed',
  'orders.resolve': 'disputed',
  'orders.cancel': 'pending'
}

/**
 * The one refusal an allowed caller legitimately gets from its row's fixture input; every other allowed call must
 * succeed. Why a refusal is legitimate: the input was written for one caller (resident-A's address, photo, family
 * link, points), or an earlier caller has already moved the item on — a row's calls run one after another in
 * CALLERS order on the same fixtures. `CODE(field)` also names the input field the refusal points at. A crash
 * (INTERNAL), a generic BAD_INPUT or any code not written here fails the test: "allowed" must mean "served".
 */
const WAS_MOVED = 'an earlier caller (the coordinator, or resident-A) already made this move'
const REFUSALS: Partial<Record<ActionName, Partial<Record<Caller, string>> & { why: string }>> = {
  'volunteers.register': { volunteer: 'CONFLICT(idNumber)', why: 'volunteer-A is registered with another ID number than the new one registration() makes' },
  'volunteers.review': { admin: 'REVIEW_NOT_PENDING', why: WAS_MOVED },
  'volunteers.leave': { volunteer: 'VOLUNTEER_HAS_OPEN_ORDERS', why: 'volunteer-A holds the accepted order of the orders.get row' },
  'volunteers.suspend': {
    coordinator: 'VOLUNTEER_HAS_OPEN_ORDERS',
    admin: 'VOLUNTEER_HAS_OPEN_ORDERS',
    why: 'volunteer-A holds the accepted order of the orders.get row'
  },
  'volunteers.revoke': {
    coordinator: 'VOLUNTEER_HAS_OPEN_ORDERS',
    admin: 'VOLUNTEER_HAS_OPEN_ORDERS',
    why: 'volunteer-A holds the accepted order of the orders.get row'
  },
  'volunteers.reinstate': { coordinator: 'VOLUNTEER_MOVE_NOT_ALLOWED', admin: 'VOLUNTEER_MOVE_NOT_ALLOWED', why: 'volunteer-A is not suspended' },
  'family.confirm': {
    resident: 'CONFIRM_CODE_INVALID(code)',
    volunteer: 'CONFIRM_CODE_INVALID(code)',
    coordinator: 'CONFIRM_CODE_INVALID(code)',
    admin: 'CONFIRM_CODE_INVALID(code)',
    why: "000000 is nobody's confirmation code"
  },
  'orders.create': {
    volunteer: 'ADDRESS_REQUIRED(addressId)',
    coordinator: 'ADDRESS_REQUIRED(addressId)',
    admin: 'ADDRESS_REQUIRED(addressId)',
    why: "the address is in resident-A's address book"
  },
  'orders.dispatch': { admin: 'ORDER_MOVE_NOT_ALLOWED', why: WAS_MOVED },
  'orders.reassign': { admin: 'BAD_INPUT(volunteerId)', why: 'the coordinator already reassigned it to the same helper' },
  'orders.confirm': {
    volunteer: 'NOT_YOUR_ORDER',
    coordinator: 'NOT_YOUR_ORDER',
    admin: 'NOT_YOUR_ORDER',
    why: 'only the resident who placed the order confirms it'
  },
  'orders.dispute': {
    volunteer: 'ORDER_MOVE_NOT_ALLOWED',
    coordinator: 'NOT_YOUR_ORDER',
    admin: 'NOT_YOUR_ORDER',
    why: "only the resident disputes: the order's own volunteer is a party who may not, others are not parties"
  },
  'orders.resolve': { admin: 'ORDER_MOVE_NOT_ALLOWED', why: WAS_MOVED },
  'orders.cancel': {
    volunteer: 'NOT_YOUR_ORDER',
    coordinator: 'ORDER_MOVE_NOT_ALLOWED',
    admin: 'ORDER_MOVE_NOT_ALLOWED',
    why: "a pending order is not the volunteer's; resident-A cancelled it first"
  },
  'records.requestCorrection': {
    resident: 'NOT_FOUND(recordId)',
    coordinator: 'NOT_FOUND(recordId)',
    admin: 'NOT_FOUND(recordId)',
    why: "the record is volunteer-A's: another's record answers NOT_FOUND"
  },
  'timebank.transfer': {
    volunteer: 'TRANSFER_NOT_ALLOWED(toUserId)',
    coordinator: 'TRANSFER_NOT_ALLOWED(toUserId)',
    admin: 'TRANSFER_NOT_ALLOWED(toUserId)',
    why: 'only resident-A is linked to kin-A'
  },
  'timebank.donate': { coordinator: 'INSUFFICIENT_HOURS', admin: 'INSUFFICIENT_HOURS', why: 'only resident-A and volunteer-A hold hours' },
  'projects.review': { admin: 'PROJECT_MOVE_NOT_ALLOWED', why: WAS_MOVED },
  'reports.create': {
    volunteer: 'BAD_INPUT(photos)',
    coordinator: 'BAD_INPUT(photos)',
    admin: 'BAD_INPUT(photos)',
    why: "the photo is in resident-A's upload folder"
  },
  'reports.dispatch': { admin: 'REPORT_MOVE_NOT_ALLOWED', why: WAS_MOVED },
  'reports.close': { admin: 'REPORT_MOVE_NOT_ALLOWED', why: WAS_MOVED },
  'reports.reopen': {
    volunteer: 'NOT_YOUR_REPORT',
    coordinator: 'REPORT_MOVE_NOT_ALLOWED',
    admin: 'REPORT_MOVE_NOT_ALLOWED',
    why: 'resident-A filed it and reopened it first'
  },
  'rewards.redeem': { coordinator: 'INSUFFICIENT_POINTS', admin: 'INSUFFICIENT_POINTS', why: 'only resident-A holds points in A' },
  'rewards.fulfil': { admin: 'ALREADY_FULFILLED', why: WAS_MOVED }
}
/** A reply as the table writes it: OK, or the error code with the input fields it names. */
const outcome = (r: { ok: boolean; error?: { code: string; fields?: Record<string, string> } }) =>
  r.ok ? 'OK' : `${r.error!.code}${r.error!.fields ? `(${Object.keys(r.error!.fields).sort().join(',')})` : ''}`

/** The roles each kind of caller holds (an admin by ADMIN_OPENIDS, on top of the stored resident role). */
const ROLES_OF: Record<Exclude<Caller, 'newcomer'>, string[]> = {
  resident: ['resident'],
  volunteer: ['resident', 'volunteer'],
  coordinator: ['resident', 'coordinator'],
  admin: ['resident', 'admin']
}
const openidOf = (c: Caller, action: string) => (c === 'newcomer' ? `newcomer-${action}` : `${c}-A`)

beforeAll(async () => {
  process.env.ADMIN_OPENIDS = 'admin-A'
  await aCommunity(tc.db, 'cA', 'AAAA01')
  await aCommunity(tc.db, 'cB', 'BBBB02')
  for (const [who, roles] of [
    ['resident', ['resident']],
    ['coordinator', ['resident', 'coordinator']],
    ['admin', ['resident']]
  ] as const)
    await aUser(tc.db, `${who}-A`, 'cA', [...roles])
  ids.volunteerA = await aVolunteer(tc.db, 'volunteer-A', 'cA') // an approved volunteer: user with roles resident + volunteer
  ids.volunteerB = await aVolunteer(tc.db, 'volunteer-B', 'cB')
  ids.helperA = await aVolunteer(tc.db, 'helper-A', 'cA')
  ids.addressA = await anAddress(tc.db, 'resident-A')
  for (const [action, status] of Object.entries(ORDER_ROWS)) {
    const o = await anOrder(tc.db, { status: status as any, createdBy: 'resident-A', volunteerOpenid: status === 'pending' ? null : 'volunteer-A' })
    orderA[action] = { id: o._id, code: o.checkInCode }
  }
  for (const status of ['pending', 'dispatched', 'accepted', 'in_service', 'disputed'] as const) {
    const o = await anOrder(tc.db, {
      status,
      communityId: 'cB',
      area: 'B社区',
      createdBy: 'resident-B',
      volunteerOpenid: status === 'pending' ? null : 'volunteer-B'
    })
    orderB[status] = { id: o._id, code: o.checkInCode }
  }
  await aUser(tc.db, 'coordinator-B', 'cB', ['resident', 'coordinator'])
  await aUser(tc.db, 'street-appointee', null)
  ids.street = must(await call('admin-A', 'streets.create', { requestId: 'auth-street-A', name: 'A街道' })).id
  for (const id of ['appointee', 'applicant-A', 'applicant-B', 'kin-A', 'kin-B']) await aUser(tc.db, id, id.endsWith('B') ? 'cB' : 'cA')
  ids.pendingA = must(await call('applicant-A', 'volunteers.register', registration())).id
  ids.pendingB = must(await call('applicant-B', 'volunteers.register', registration())).id
  ids.teamA = must(await call('coordinator-A', 'teams.create', { name: 'A队', kind: 'youth' })).id
  ids.teamB = must(await call('coordinator-B', 'teams.create', { name: 'B队', kind: 'youth' })).id
  ids.linkA = must(await call('kin-A', 'family.link', { relation: 'grandparent', memberName: '李秀英', memberUsesPhone: false })).id
  ids.linkB = must(await call('kin-B', 'family.link', { relation: 'grandparent', memberName: '赵秀英', memberUsesPhone: false })).id
  // Time bank: hours for resident-A and an active link resident-A → kin-A; one posting in A per caller to reverse, one in B.
  must(await call('coordinator-A', 'timebank.adjust', { requestId: 'auth-grant-A', userId: 'resident-A', minutes: 600, reason: '初始时长' }))
  await tc.db.collection('family_links').add({
    data: {
      requesterOpenid: 'resident-A',
      memberOpenid: 'kin-A',
      communityId: 'cA',
      relation: 'child',
      memberName: '亲属',
      memberPhone: null,
      memberUsesPhone: true,
      status: 'active',
      confirmCode: null,
      codeExpiresAt: null,
      decidedBy: null,
      decidedAt: null,
      createdAt: new Date(),
      updatedAt: new Date()
    }
  })
  for (const c of CALLERS)
    ids.postingsA.push(
      must(await call('coordinator-A', 'timebank.adjust', { requestId: `auth-rev-${c}`, userId: 'volunteer-A', minutes: 10, reason: '待冲正' })).postingId
    )
  ids.postingB = must(
    await call('coordinator-B', 'timebank.adjust', { requestId: 'auth-rev-B', userId: 'volunteer-B', minutes: 10, reason: '待冲正' })
  ).postingId
})
/** Service records for the record rows: volunteer-A's in A (one to ask about, one to correct), volunteer-B's in B. */
const recordIds = { a: '', a2: '', b: '' }
beforeAll(async () => {
  // Required here: the repo initialises wx-server-sdk, which must happen after the local cloud is installed.
  const { writeOrderRecord } = require('../../cloudfunctions/api/src/repos/records')
  const served = async (volunteerOpenid: string, communityId: string) =>
    (
      await writeOrderRecord(
        await anOrder(tc.db, {
          status: 'completed',
          communityId,
          createdBy: `resident-${communityId.slice(1)}`,
          volunteerOpenid,
          checkInAt: new Date('2024-06-01T09:00:00+08:00')
        }),
        new Date()
      )
    )._id
  recordIds.a = await served('volunteer-A', 'cA')
  recordIds.a2 = await served('volunteer-A', 'cA')
  recordIds.b = await served('volunteer-B', 'cB')
})
/** Projects for the project rows: in A one per purpose (declared, published, one volunteer-A joined, one to complete, one completed), in B declared, published and completed. */
const projectIds = { declaredA: '', publishedA: '', cancelA: '', completeA: '', evaluateA: '', declaredB: '', publishedB: '', completedB: '' }
const projectInput = () => ({
  requestId: `auth-project-${n++}`,
  title: '敬老探访',
  description: '走访独居老人',
  place: '党群服务中心',
  sessions: [{ startsAt: '2024-10-11T09:00:00+08:00', minutes: 60 }],
  capacity: 5
})
beforeAll(async () => {
  const declared = async (coordinator: string) => must(await call(coordinator, 'projects.declare', projectInput())).id as string
  const published = async (coordinator: string) => {
    const id = await declared(coordinator)
    must(await call(coordinator, 'projects.review', { projectId: id, decision: 'approve' }))
    return id
  }
  // Attendance (nobody came) for the one session, which is in the past: completion needs it.
  const attended = async (coordinator: string) => {
    const id = await published(coordinator)
    must(await call(coordinator, 'projects.attendance', { projectId: id, session: 0, present: [] }))
    return id
  }
  const completed = async (coordinator: string) => {
    const id = await attended(coordinator)
    must(await call(coordinator, 'projects.complete', { projectId: id }))
    return id
  }
  projectIds.declaredA = await declared('coordinator-A')
  projectIds.publishedA = await published('coordinator-A')
  projectIds.cancelA = await published('coordinator-A')
  must(await call('volunteer-A', 'projects.signUp', { projectId: projectIds.cancelA }))
  projectIds.completeA = await attended('coordinator-A')
  projectIds.evaluateA = await completed('coordinator-A')
  projectIds.declaredB = await declared('coordinator-B')
  projectIds.publishedB = await published('coordinator-B')
  projectIds.completedB = await completed('coordinator-B')
})
/** Reports for the report rows, written straight into the store: in A one per status (filed by resident-A, held by volunteer-A), in B the same (resident-B, volunteer-B). */
const reportIds = { getA: '', filedA: '', dispatchedA: '', rectifiedA: '', closedA: '', filedB: '', dispatchedB: '', rectifiedB: '', closedB: '' }
const reportsB: Record<string, string> = {}
/** A photo in the caller's own upload folder (what the H5 upload endpoint writes), as a cloud file id. */
const reportPhoto = (openid: string) => {
  const dir = path.join(tc.dataDir, 'files/orders', uploadKeyOf(openid))
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(
    path.join(dir, 'auth-report.png'),
    Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
  )
  return `cloud://local-dev.local-bucket/orders/${uploadKeyOf(openid)}/auth-report.png`
}
beforeAll(async () => {
  const aReport = async (key: string, status: string, side: 'A' | 'B') => {
    const assigned = status !== 'filed'
    const doc = {
      _id: `report-${key}`,
      _openid: `resident-${side}`,
      requestId: `auth-${key}`,
      communityId: `c${side}`,
      reporterOpenid: `resident-${side}`,
      category: 'other',
      description: '路灯不亮',
      location: new tc.db.Geo.Point(location.longitude, location.latitude),
      place: '文昌路口',
      photos: [],
      status,
      assigneeKind: assigned ? 'volunteer' : null,
      assigneeOpenid: assigned ? `volunteer-${side}` : null,
      assigneeTeamId: null,
      assigneeName: assigned ? '志愿者' : null,
      rectifyNote: null,
      reopenReason: null,
      events: [{ kind: 'create', at: new Date(), from: null, to: 'filed', byOpenid: `resident-${side}`, byRole: 'reporter', byName: '居民', note: null }],
      createdAt: new Date(),
      updatedAt: new Date()
    }
    await tc.db.collection('reports').add({ data: doc })
    return doc._id
  }
  reportIds.getA = await aReport('getA', 'dispatched', 'A')
  for (const status of ['filed', 'dispatched', 'rectified', 'closed'] as const) {
    ;(reportIds as Record<string, string>)[`${status}A`] = await aReport(`${status}A`, status, 'A')
    ;(reportIds as Record<string, string>)[`${status}B`] = await aReport(`${status}B`, status, 'B')
    reportsB[status] = JSON.stringify(tc.store.get('reports', `report-${status}B`)!.doc)
  }
})
/** The 积分商城 rows: a reward in A and one in B, points for resident-A (in A) and kin-B (in B), one redemption in each. */
const rewardIds = { a: '', b: '', redemptionA: '', redemptionB: '' }
beforeAll(async () => {
  const { inTransaction } = require('../../cloudfunctions/api/src/repos/transaction')
  const { earnPointsIn } = require('../../cloudfunctions/api/src/repos/points')
  const points = (openid: string, communityId: string) =>
    inTransaction((t: any) =>
      earnPointsIn(
        t,
        { recordId: `auth-points-${openid}`, volunteerOpenid: openid, communityId, source: 'order', date: '2026-01-01', minutesDelta: 600 },
        new Date()
      )
    )
  await points('resident-A', 'cA')
  await points('kin-B', 'cB')
  const reward = async (coordinator: string) =>
    must(await call(coordinator, 'rewards.upsert', { requestId: `auth-reward-${coordinator}`, name: '超市购物卡', kind: 'goods', cost: 5, stock: 20 }))
      .id as string
  rewardIds.a = await reward('coordinator-A')
  rewardIds.b = await reward('coordinator-B')
  rewardIds.redemptionA = must(await call('resident-A', 'rewards.redeem', { rewardId: rewardIds.a, requestId: 'auth-redemption-A' })).redemption.id
  rewardIds.redemptionB = must(await call('kin-B', 'rewards.redeem', { rewardId: rewardIds.b, requestId: 'auth-redemption-B' })).redemption.id
})
/** The beneficiary rows: one in A to edit and order for, one in A to archive, one in B for the foreign calls. */
const beneficiaryIds = { a: '', archivedA: '', b: '' }
const beneficiaryInput = () => ({
  requestId: `auth-beneficiary-${n++}`,
  name: '王秀英',
  phone: '0752-2345678',
  address: '文昌路12号',
  tags: ['living_alone' as const]
})
const beneficiaryOrder = (beneficiaryId: string) => {
  const { requestId, category, description, windowStart, windowEnd } = orderInput('unused')
  return { requestId, beneficiaryId, category, description, windowStart, windowEnd }
}
beforeAll(async () => {
  const add = async (coordinator: string) => must(await call(coordinator, 'beneficiaries.add', beneficiaryInput())).id
  beneficiaryIds.a = await add('coordinator-A')
  beneficiaryIds.archivedA = await add('coordinator-A')
  beneficiaryIds.b = await add('coordinator-B')
})
/** The station rows: a station of B (its coordinator's) for the foreign edit. */
const stationIds = { b: '' }
const stationInput = () => ({
  requestId: `auth-station-${n++}`,
  name: '文昌志愿服务站',
  type: 'station' as const,
  address: '文昌一路1号',
  location,
  hours: [{ day: 1, from: '09:00', to: '17:00' }],
  services: ['elder_visit' as const]
})
beforeAll(async () => {
  stationIds.b = must(await call('coordinator-B', 'stations.upsert', stationInput())).id
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

it('lists refusals only for allowed callers, and never for the caller a row names as ok', () => {
  for (const [action, refusals] of Object.entries(REFUSALS)) {
    const row = MATRIX[action as ActionName]
    const named = Object.keys(refusals!).filter((k) => k !== 'why') as Caller[]
    expect({ action, stray: named.filter((c) => !row.allow.includes(c) || c === row.ok) }).toEqual({ action, stray: [] })
  }
})

describe.each(Object.entries(MATRIX))('%s', (action, row) => {
  it.each(CALLERS)('as %s: %s', async (caller) => {
    const r = await callRaw(openidOf(caller, action), action, row.input())
    // Refused callers get FORBIDDEN; allowed ones get through: ok, or exactly the refusal REFUSALS gives for them.
    const allowed = row.allow.includes(caller)
    const expected = allowed ? (REFUSALS[action as ActionName]?.[caller] ?? 'OK') : 'FORBIDDEN'
    expect({ caller, outcome: allowed ? outcome(r) : r.ok ? 'OK' : r.error.code }).toEqual({ caller, outcome: expected })
  })

  if (row.foreign) {
    it(`refuses the ${row.foreignAs ?? 'coordinator'} of one community on another community's data, changing nothing`, async () => {
      const before = Object.values(orderB).map((o) => storedOrder(tc.store as any, o.id))
      const r = await callRaw(`${row.foreignAs ?? 'coordinator'}-A`, action, row.foreign!())
      expect(row.foreignCodes ?? ['FORBIDDEN']).toContain(r.ok ? 'OK' : r.error.code)
      expect(Object.values(orderB).map((o) => storedOrder(tc.store as any, o.id))).toEqual(before)
    })
  }
})

it('left every report of the other community as it was', () => {
  for (const [status, text] of Object.entries(reportsB))
    expect({ status, doc: JSON.stringify(tc.store.get('reports', `report-${status}B`)!.doc) }).toEqual({ status, doc: text })
})
