// The seeded world the bad-input suite attacks: two communities (A = the callers', B = foreign), in each an order
// in every status, reports in every status, projects (declared, published, completed), a team, a family link, a
// reward and a redemption, a station, service records, time-bank postings. `TARGETS` gives, for every action, the
// caller holding the role it needs (in A) and a VALID input naming A's real targets; `foreign` swaps in B's.
// Built through the real router where an action exists, straight into the store otherwise (as the fixtures do).
import fs from 'fs'
import path from 'path'
import type { ActionName } from '../../src/shared/contracts'
import type { TestCloud } from '../fixtures/localCloud'
import { expectOk as must, type apiCaller } from '../fixtures/api'
import { aCommunity, aUser, registration } from '../fixtures/people'
import { aVolunteer, anAddress, anOrder, orderInput } from '../fixtures/orders'
import { uploadKeyOf } from '../../localcloud/src/upload'
import { PRIVACY_VERSION } from '../../src/shared/privacy/guide'

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
type Call = ReturnType<typeof apiCaller>

const location = { longitude: 114.41, latitude: 23.11 }
let n = 0

/** A beneficiary registered by a coordinator (受助对象登记), and a phone request for one (orders.createFor). */
const beneficiaryInput = () => ({
  requestId: `fuzz-beneficiary-${n++}`,
  name: '王秀英',
  phone: '0752-2345678',
  address: '文昌路12号',
  tags: ['living_alone' as const]
})
function beneficiaryOrder(beneficiaryId: string) {
  const { requestId, category, description, windowStart, windowEnd } = orderInput('unused')
  return { requestId, beneficiaryId, category, description, windowStart, windowEnd }
}

/** Seeds the world and returns the per-action targets. Needs ADMIN_OPENIDS=admin-A. */
export async function seedWorld(tc: TestCloud, call: Call): Promise<Record<ActionName, Target>> {
  const db = tc.db
  await aCommunity(db, 'cA', 'AAAA01')
  await aCommunity(db, 'cB', 'BBBB02')
  for (const side of ['A', 'B']) {
    await aUser(db, `resident-${side}`, `c${side}`, ['resident'])
    await aUser(db, `coordinator-${side}`, `c${side}`, ['resident', 'coordinator'])
    for (const id of [`appointee-${side}`, `applicant-${side}`, `kin-${side}`]) await aUser(db, id, `c${side}`)
  }
  await aUser(db, 'admin-A', 'cA', ['resident'])
  // 街道: a street of the platform admin's, and a user to appoint as its admin (streets.appointAdmin / removeAdmin).
  await aUser(db, 'street-appointee', null)
  const streetA = must(await call('admin-A', 'streets.create', { requestId: 'world-street-A', name: 'A街道' })).id
  const vol = { A: await aVolunteer(db, 'volunteer-A', 'cA'), B: await aVolunteer(db, 'volunteer-B', 'cB') }
  // Lifecycle moves act on their own volunteers, never on volunteer-A whom the order actions need active.
  await aVolunteer(db, 'mover-A', 'cA')
  let movers = 0
  const freshVolunteer = async (suspended = false) => ({
    volunteerId: await aVolunteer(db, `moved-${++movers}`, 'cA', suspended ? { lifecycle: 'suspended', lifecycleReason: '测试' } : {})
  })
  const helperA = await aVolunteer(db, 'helper-A', 'cA')
  const addressA = await anAddress(db, 'resident-A')
  const addressB = await anAddress(db, 'resident-B')

  // Orders: in A and in B one in every status (owned by resident-X, held by volunteer-X once assigned).
  const STATUSES = ['pending', 'dispatched', 'accepted', 'in_service', 'awaiting_confirmation', 'completed', 'disputed'] as const
  const orders: Record<'A' | 'B', Record<string, { id: string; code: string }>> = { A: {}, B: {} }
  for (const side of ['A', 'B'] as const) {
    for (const status of STATUSES) {
      const o = await anOrder(db, {
        status,
        communityId: `c${side}`,
        area: `${side}社区`,
        createdBy: `resident-${side}`,
        volunteerOpenid: status === 'pending' ? null : `volunteer-${side}`
      })
      orders[side][status] = { id: o._id, code: o.checkInCode }
    }
  }

  const pendingVol = {
    A: must(await call('applicant-A', 'volunteers.register', registration())).id,
    B: must(await call('applicant-B', 'volunteers.register', registration())).id
  }
  const team = {
    A: must(await call('coordinator-A', 'teams.create', { name: 'A队', kind: 'youth' })).id,
    B: must(await call('coordinator-B', 'teams.create', { name: 'B队', kind: 'youth' })).id
  }
  const link = {
    A: must(await call('kin-A', 'family.link', { relation: 'grandparent', memberName: '李秀英', memberUsesPhone: false })).id,
    B: must(await call('kin-B', 'family.link', { relation: 'grandparent', memberName: '赵秀英', memberUsesPhone: false })).id
  }

  // Time bank: hours for resident-A, an active link resident-A → kin-A, a posting in A and in B to reverse.
  must(await call('coordinator-A', 'timebank.adjust', { requestId: 'fuzz-grant-A', userId: 'resident-A', minutes: 600, reason: '初始时长' }))
  await db.collection('family_links').add({
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
  const posting = {
    A: must(await call('coordinator-A', 'timebank.adjust', { requestId: 'fuzz-rev-A', userId: 'volunteer-A', minutes: 10, reason: '待冲正' })).postingId,
    B: must(await call('coordinator-B', 'timebank.adjust', { requestId: 'fuzz-rev-B', userId: 'volunteer-B', minutes: 10, reason: '待冲正' })).postingId
  }

  // Service records (volunteer-X's, from completed orders).
  const { writeOrderRecord } = require('../../cloudfunctions/api/src/repos/records')
  const served = async (side: 'A' | 'B') =>
    (
      await writeOrderRecord(
        await anOrder(db, {
          status: 'completed',
          communityId: `c${side}`,
          createdBy: `resident-${side}`,
          volunteerOpenid: `volunteer-${side}`,
          checkInAt: new Date('2024-06-01T09:00:00+08:00')
        }),
        new Date()
      )
    )._id as string
  const record = { A: await served('A'), A2: await served('A'), B: await served('B') }

  // Projects: declared, published (volunteer-X signed up), attended (to complete), completed (to evaluate).
  const projectInput = () => ({
    requestId: `fuzz-project-${n++}`,
    title: '敬老探访',
    description: '走访独居老人',
    place: '党群服务中心',
    sessions: [{ startsAt: '2024-10-11T09:00:00+08:00', minutes: 60 }],
    capacity: 5
  })
  const project = { A: {} as Record<string, string>, B: {} as Record<string, string> }
  for (const side of ['A', 'B'] as const) {
    const c = `coordinator-${side}`
    const declare = async () => must(await call(c, 'projects.declare', projectInput())).id as string
    const publish = async () => {
      const id = await declare()
      must(await call(c, 'projects.review', { projectId: id, decision: 'approve' }))
      return id
    }
    project[side].declared = await declare()
    project[side].published = await publish()
    project[side].joined = await publish()
    must(await call(`volunteer-${side}`, 'projects.signUp', { projectId: project[side].joined }))
    project[side].attended = await publish()
    must(await call(c, 'projects.attendance', { projectId: project[side].attended, session: 0, present: [] }))
    project[side].completed = await publish()
    must(await call(c, 'projects.attendance', { projectId: project[side].completed, session: 0, present: [] }))
    must(await call(c, 'projects.complete', { projectId: project[side].completed }))
  }

  // Reports written straight into the store, one per status in each community.
  const photo = (openid: string) => {
    const dir = path.join(tc.dataDir, 'files/orders', uploadKeyOf(openid))
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(
      path.join(dir, 'fuzz.png'),
      Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
    )
    return `cloud://local-dev.local-bucket/orders/${uploadKeyOf(openid)}/fuzz.png`
  }
  const report = { A: {} as Record<string, string>, B: {} as Record<string, string> }
  for (const side of ['A', 'B'] as const) {
    for (const status of ['filed', 'dispatched', 'rectified', 'closed'] as const) {
      const assigned = status !== 'filed'
      const doc = {
        _id: `report-${status}${side}`,
        _openid: `resident-${side}`,
        requestId: `fuzz-${status}${side}`,
        communityId: `c${side}`,
        reporterOpenid: `resident-${side}`,
        category: 'other',
        description: '路灯不亮',
        location: new db.Geo.Point(location.longitude, location.latitude),
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
      await db.collection('reports').add({ data: doc })
      report[side][status] = doc._id
    }
  }

  // 积分商城: points for resident-X, a reward and a redemption in each community; a station in each.
  const { inTransaction } = require('../../cloudfunctions/api/src/repos/transaction')
  const { earnPointsIn } = require('../../cloudfunctions/api/src/repos/points')
  const reward = { A: '', B: '' }
  const redemption = { A: '', B: '' }
  const station = { A: '', B: '' }
  const beneficiary = { A: '', B: '' }
  const stationInput = () => ({
    requestId: `fuzz-station-${n++}`,
    name: '文昌志愿服务站',
    type: 'station' as const,
    address: '文昌一路1号',
    location,
    hours: [{ day: 1, from: '09:00', to: '17:00' }],
    services: ['elder_visit' as const]
  })
  for (const side of ['A', 'B'] as const) {
    await inTransaction((t: any) =>
      earnPointsIn(
        t,
        {
          recordId: `fuzz-points-${side}`,
          volunteerOpenid: `resident-${side}`,
          communityId: `c${side}`,
          source: 'order',
          date: '2026-01-01',
          minutesDelta: 600
        },
        new Date()
      )
    )
    reward[side] = must(
      await call(`coordinator-${side}`, 'rewards.upsert', { requestId: `fuzz-reward-${side}`, name: '超市购物卡', kind: 'goods', cost: 5, stock: 20 })
    ).id
    redemption[side] = must(await call(`resident-${side}`, 'rewards.redeem', { rewardId: reward[side], requestId: `fuzz-redemption-${side}` })).redemption.id
    station[side] = must(await call(`coordinator-${side}`, 'stations.upsert', stationInput())).id
    // Distinct personal values per side, so a leak across communities shows (tests/integration/exposure.test.ts).
    const person = side === 'A' ? {} : { name: '乙某某', phone: '0751-7654321', address: '乙区和平路9号' }
    beneficiary[side] = must(await call(`coordinator-${side}`, 'beneficiaries.add', { ...beneficiaryInput(), ...person })).id
  }

  const o = (side: 'A' | 'B', status: string) => orders[side][status].id
  const R = 'resident-A',
    V = 'volunteer-A',
    C = 'coordinator-A',
    ADMIN = 'admin-A'
  const T: Record<ActionName, Target> = {
    'system.ping': { as: R, input: () => ({ echo: 'hi' }) },
    'users.me': { as: R, input: () => ({}) },
    'users.updateProfile': { as: R, input: () => ({ nickname: '新昵称', avatarUrl: 'https://example.com/a.png' }) },
    'users.bindPhone': { as: R, input: () => ({ code: 'local-phone:13800000000' }) },
    'communities.create': { as: ADMIN, input: () => ({ name: '新建社区', code: `NEW${n++}`, address: '某街道1号', location }) },
    'communities.nearby': { as: R, input: () => ({ location, radiusMeters: 5000 }) },
    'communities.join': { as: R, input: () => ({ code: 'AAAA01' }) },
    'communities.appointCoordinator': { as: ADMIN, input: () => ({ communityId: 'cA', userId: 'appointee-A' }) },
    'communities.updateRules': { as: C, input: () => ({ storageCapMinutes: 6000, dailyTransferCapMinutes: 600 }) },
    'communities.updateOrderRules': { as: C, input: () => ({ slaMinutes: 45, fenceMeters: 500, rounding: { unit: 5 } }) },
    'communities.updateCertificateInfo': { as: C, input: () => ({ personInCharge: '张主任', handler: '李干事', contact: '0752-1234567' }) },
    'addresses.list': { as: R, input: () => ({}) },
    'addresses.add': { as: R, input: () => ({ label: '家', detail: '文昌路1号', contactName: '张三', contactPhone: '13800000001', location }) },
    'addresses.remove': { as: R, input: () => ({ addressId: addressA }), foreign: () => ({ addressId: addressB }) },
    'volunteers.register': { as: 'kin-A', input: () => registration() },
    'volunteers.me': { as: V, input: () => ({}) },
    'volunteers.review': {
      as: C,
      input: () => ({ volunteerId: pendingVol.A, decision: 'reject', reason: '测试' }),
      foreign: () => ({ volunteerId: pendingVol.B, decision: 'reject', reason: '测试' })
    },
    'volunteers.list': { as: C, input: () => ({ status: 'approved', offset: 0, limit: 20 }) },
    'volunteers.setInsurance': {
      as: C,
      input: () => ({ volunteerId: vol.A, insuredUntil: '2030-12-31' }),
      foreign: () => ({ volunteerId: vol.B, insuredUntil: '2030-12-31' })
    },
    'volunteers.addInsurance': {
      as: C,
      input: () => ({
        requestId: `fuzz-policy-${n++}`,
        insurer: '平安保险',
        policyNo: 'PA-2030-001',
        from: '2030-01-01',
        to: '2030-12-31',
        volunteerIds: [vol.A]
      }),
      foreign: () => ({
        requestId: `fuzz-policy-${n++}`,
        insurer: '平安保险',
        policyNo: 'PA-2030-001',
        from: '2030-01-01',
        to: '2030-12-31',
        volunteerIds: [vol.B]
      })
    },
    'volunteers.updateProfile': {
      as: 'mover-A',
      input: () => ({ skills: ['repair'], availability: ['weekend_morning'], serviceArea: '文昌', serviceLocation: location })
    },
    'volunteers.pause': { as: 'mover-A', input: () => ({}) },
    'volunteers.resume': { as: 'mover-A', input: () => ({}) },
    'volunteers.leave': { as: 'mover-A', input: () => ({ reason: '搬家' }) },
    'volunteers.suspend': { as: C, input: () => ({ volunteerId: vol.A, reason: '多次爽约' }), foreign: () => ({ volunteerId: vol.B, reason: '多次爽约' }) },
    'volunteers.reinstate': { as: C, input: () => ({ volunteerId: vol.A, reason: '已核实' }), foreign: () => ({ volunteerId: vol.B, reason: '已核实' }) },
    'volunteers.revoke': { as: C, input: () => ({ volunteerId: vol.A, reason: '违反守则' }), foreign: () => ({ volunteerId: vol.B, reason: '违反守则' }) },
    'teams.create': { as: C, input: () => ({ name: `服务队${n++}`, kind: 'general', slogan: '一起来' }) },
    'teams.list': { as: R, input: () => ({}) },
    'teams.join': { as: V, input: () => ({ teamId: team.A }), foreign: () => ({ teamId: team.B }) },
    'teams.leave': { as: V, input: () => ({ teamId: team.A }), foreign: () => ({ teamId: team.B }) },
    'family.link': { as: R, input: () => ({ relation: 'parent', memberName: '王桂兰', memberUsesPhone: true, memberPhone: '13900000000' }) },
    'family.confirm': { as: R, input: () => ({ code: '000000' }) },
    'family.approve': { as: C, input: () => ({ linkId: link.A, decision: 'reject' }), foreign: () => ({ linkId: link.B, decision: 'reject' }) },
    'family.list': { as: R, input: () => ({}) },
    'catalog.list': { as: R, input: () => ({}) },
    'catalog.upsert': {
      as: C,
      input: () => ({ category: 'shopping', defaultMinutes: 45, skills: ['shopping'], minAge: 16, risky: false, residentDirect: true, enabled: true })
    },
    'orders.create': { as: R, input: () => orderInput(addressA), foreign: () => orderInput(addressB) },
    'orders.createFor': { as: C, input: () => beneficiaryOrder(beneficiary.A), foreign: () => beneficiaryOrder(beneficiary.B) },
    'beneficiaries.add': { as: C, input: () => beneficiaryInput() },
    'beneficiaries.update': {
      as: C,
      input: () => ({ ...beneficiaryInput(), beneficiaryId: beneficiary.A, version: 1 }),
      foreign: () => ({ ...beneficiaryInput(), beneficiaryId: beneficiary.B, version: 1 })
    },
    'beneficiaries.list': { as: C, input: () => ({}), foreign: () => ({ communityId: 'cB' }) },
    'beneficiaries.archive': {
      as: C,
      input: () => ({ beneficiaryId: beneficiary.A, version: 1, reason: '已搬离本社区' }),
      foreign: () => ({ beneficiaryId: beneficiary.B, version: 1, reason: '越权归档' })
    },
    'orders.get': { as: R, input: () => ({ orderId: o('A', 'accepted') }), foreign: () => ({ orderId: o('B', 'accepted') }) },
    'orders.listMine': { as: R, input: () => ({ as: 'resident', open: true, offset: 0, limit: 20 }) },
    'orders.pool': { as: V, input: () => ({ location, radiusMeters: 5000, limit: 20 }) },
    'orders.grab': { as: V, input: () => ({ orderId: o('A', 'pending') }), foreign: () => ({ orderId: o('B', 'pending') }) },
    'orders.candidates': { as: C, input: () => ({ orderId: o('A', 'pending') }), foreign: () => ({ orderId: o('B', 'pending') }) },
    'orders.dispatch': {
      as: C,
      input: () => ({ orderId: o('A', 'pending'), volunteerId: vol.A }),
      foreign: () => ({ orderId: o('B', 'pending'), volunteerId: vol.B })
    },
    'orders.reassign': {
      as: C,
      input: () => ({ orderId: o('A', 'dispatched'), volunteerId: helperA, reason: '调整' }),
      foreign: () => ({ orderId: o('B', 'dispatched'), volunteerId: vol.B, reason: '调整' })
    },
    'orders.accept': { as: V, input: () => ({ orderId: o('A', 'dispatched') }), foreign: () => ({ orderId: o('B', 'dispatched') }) },
    'orders.decline': {
      as: V,
      input: () => ({ orderId: o('A', 'dispatched'), reason: '时间冲突' }),
      foreign: () => ({ orderId: o('B', 'dispatched'), reason: '时间冲突' })
    },
    'orders.checkIn': {
      as: V,
      input: () => ({ orderId: o('A', 'accepted'), code: orders.A.accepted.code }),
      foreign: () => ({ orderId: o('B', 'accepted'), code: orders.B.accepted.code })
    },
    'orders.checkOut': { as: V, input: () => ({ orderId: o('A', 'in_service'), note: '已完成' }), foreign: () => ({ orderId: o('B', 'in_service') }) },
    'orders.confirm': {
      as: R,
      input: () => ({ orderId: o('A', 'awaiting_confirmation'), stars: 5, tags: ['耐心细致'], comment: '很好' }),
      foreign: () => ({ orderId: o('B', 'awaiting_confirmation'), stars: 5 })
    },
    'orders.dispute': {
      as: R,
      input: () => ({ orderId: o('A', 'completed'), reason: '时长不对' }),
      foreign: () => ({ orderId: o('B', 'completed'), reason: '时长不对' })
    },
    'orders.resolve': {
      as: C,
      input: () => ({ orderId: o('A', 'disputed'), minutes: 60, reason: '按60分钟计' }),
      foreign: () => ({ orderId: o('B', 'disputed'), minutes: 0, reason: '裁定' })
    },
    'orders.cancel': {
      as: R,
      input: () => ({ orderId: o('A', 'pending'), reason: '不需要了' }),
      foreign: () => ({ orderId: o('B', 'pending'), reason: '不需要了' })
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
    'timebank.reverse': { as: C, input: () => ({ postingId: posting.A, reason: '重复录入' }), foreign: () => ({ postingId: posting.B, reason: '重复录入' }) },
    'records.list': { as: C, input: () => ({ volunteerId: vol.A, year: 2024, offset: 0, limit: 20 }), foreign: () => ({ volunteerId: vol.B }) },
    'records.corrections': { as: C, input: () => ({}) },
    'records.requestCorrection': {
      as: V,
      input: () => ({ recordId: record.A, reason: '时长少记了', proposedMinutes: 120 }),
      foreign: () => ({ recordId: record.B, reason: '时长少记了' })
    },
    'records.correct': {
      as: C,
      input: () => ({ recordId: record.A2, decision: 'correct', minutes: 30, content: '探访', reason: '核实后更正' }),
      foreign: () => ({ recordId: record.B, decision: 'correct', minutes: 1, reason: '越权更正' })
    },
    'records.addHonorary': {
      as: C,
      input: () => ({ requestId: `fuzz-honor-${n++}`, volunteerId: vol.A, minutes: 60, reason: '表彰' }),
      foreign: () => ({ requestId: `fuzz-honor-${n++}`, volunteerId: vol.B, minutes: 60, reason: '表彰' })
    },
    'certificates.issue': { as: V, input: () => ({ requestId: `fuzz-cert-${n++}`, from: '2024-01-01', to: '2024-12-31' }) },
    'certificates.list': { as: V, input: () => ({}) },
    'certificates.verify': { as: R, input: () => ({ number: 'ZMAAAA01202401010000', code: 'ABC123' }) },
    'projects.declare': { as: C, input: () => ({ ...projectInput(), category: 'elder_visit' }) },
    'projects.review': {
      as: C,
      input: () => ({ projectId: project.A.declared, decision: 'reject', reason: '测试' }),
      foreign: () => ({ projectId: project.B.declared, decision: 'approve' })
    },
    'projects.list': { as: R, input: () => ({ status: 'published', offset: 0, limit: 20 }) },
    'projects.get': { as: R, input: () => ({ projectId: project.A.published }), foreign: () => ({ projectId: project.B.published }) },
    'projects.signUp': { as: V, input: () => ({ projectId: project.A.published }), foreign: () => ({ projectId: project.B.published }) },
    'projects.cancelSignUp': { as: V, input: () => ({ projectId: project.A.joined }), foreign: () => ({ projectId: project.B.joined }) },
    'projects.attendance': {
      as: C,
      input: () => ({ projectId: project.A.published, session: 0, present: [1] }),
      foreign: () => ({ projectId: project.B.published, session: 0, present: [] })
    },
    'projects.complete': { as: C, input: () => ({ projectId: project.A.attended }), foreign: () => ({ projectId: project.B.attended }) },
    'projects.evaluate': {
      as: C,
      input: () => ({ projectId: project.A.completed, grade: '合格', notes: '按计划完成' }),
      foreign: () => ({ projectId: project.B.completed, grade: '不合格', notes: '越权评价' })
    },
    'reports.create': {
      as: R,
      input: () => ({ requestId: `fuzz-report-${n++}`, category: 'other', description: '路灯不亮', photos: [photo('resident-A')], location, place: '文昌路口' })
    },
    'reports.list': { as: R, input: () => ({ as: 'mine', status: 'filed', offset: 0, limit: 20 }) },
    'reports.get': { as: R, input: () => ({ reportId: report.A.dispatched }), foreign: () => ({ reportId: report.B.dispatched }) },
    'reports.dispatch': {
      as: C,
      input: () => ({ reportId: report.A.filed, volunteerId: vol.A, note: '请处理' }),
      foreign: () => ({ reportId: report.B.filed, volunteerId: vol.B })
    },
    'reports.rectify': {
      as: V,
      input: () => ({ reportId: report.A.dispatched, photos: [photo('volunteer-A')], note: '已修复' }),
      foreign: () => ({ reportId: report.B.dispatched, photos: [photo('volunteer-A')], note: '越权整改' })
    },
    'reports.close': { as: C, input: () => ({ reportId: report.A.rectified, note: '验收通过' }), foreign: () => ({ reportId: report.B.rectified }) },
    'reports.reopen': {
      as: R,
      input: () => ({ reportId: report.A.closed, reason: '又坏了' }),
      foreign: () => ({ reportId: report.B.closed, reason: '越权重开' })
    },
    'reports.stats': { as: C, input: () => ({}) },
    'stats.dashboard': { as: C, input: () => ({ year: 2026 }), foreign: () => ({ communityId: 'cB' }) },
    'exports.volunteers': { as: C, input: () => ({}), foreign: () => ({ communityId: 'cB' }) },
    'exports.records': { as: C, input: () => ({ month: '2024-06' }), foreign: () => ({ communityId: 'cB', month: '2024-06' }) },
    'exports.monthlySummary': { as: C, input: () => ({ year: 2024 }), foreign: () => ({ communityId: 'cB', year: 2024 }) },
    'stations.upsert': { as: C, input: () => stationInput(), foreign: () => ({ ...stationInput(), stationId: station.B, version: 1 }) },
    'stations.nearby': { as: R, input: () => ({ location, radiusMeters: 3000 }) },
    'stations.list': { as: C, input: () => ({}), foreign: () => ({ communityId: 'cB' }) },
    'stations.coverage': { as: C, input: () => ({ limit: 50 }), foreign: () => ({ communityId: 'cB' }) },
    'points.account': { as: R, input: () => ({}) },
    'points.updateRate': { as: C, input: () => ({ pointsPerHour: 12 }) },
    'rewards.list': { as: R, input: () => ({ all: false }) },
    'rewards.upsert': {
      as: C,
      input: () => ({ rewardId: reward.A, version: 1, name: '理发优惠券', kind: 'goods', cost: 10, stock: 5, description: '', active: true }),
      foreign: () => ({ rewardId: reward.B, version: 1, name: '越权修改', kind: 'goods', cost: 1, stock: 100 })
    },
    'rewards.redeem': {
      as: R,
      input: () => ({ rewardId: reward.A, requestId: `fuzz-redeem-${n++}` }),
      foreign: () => ({ rewardId: reward.B, requestId: `fuzz-redeem-${n++}` })
    },
    'rewards.redemptions': { as: R, input: () => ({ as: 'mine', status: 'pending', offset: 0, limit: 20 }) },
    'rewards.fulfil': { as: C, input: () => ({ redemptionId: redemption.A }), foreign: () => ({ redemptionId: redemption.B }) },
    'me.consent': { as: R, input: () => ({ version: PRIVACY_VERSION, requestId: `fuzz-consent-${n++}` }) },
    'me.export': { as: R, input: () => ({ requestId: `fuzz-mydata-${n++}` }) },
    'me.deletionStatus': { as: R, input: () => ({}) },
    'me.requestDeletion': {
      as: R,
      input: () => ({ requestId: `fuzz-delete-${n++}`, disposal: 'transfer_family', toUserId: 'kin-A', confirmText: '确认注销' })
    },
    'me.cancelDeletion': { as: R, input: () => ({}) },
    'audit.list': {
      as: ADMIN,
      input: () => ({ communityId: 'cA', action: 'volunteers.review', fromDay: '2024-01-01', toDay: '2030-12-31', offset: 0, limit: 20 })
    },
    'streets.create': { as: ADMIN, input: () => ({ requestId: `fuzz-street-${n++}`, name: '新建街道', escalationMinutes: 45 }) },
    'streets.appointAdmin': { as: ADMIN, input: () => ({ streetId: streetA, userId: 'street-appointee' }) },
    'streets.removeAdmin': { as: ADMIN, input: () => ({ streetId: streetA, userId: 'street-appointee' }) },
    'streets.list': { as: ADMIN, input: () => ({}) },
    'stats.compare': { as: ADMIN, input: () => ({ streetId: streetA, year: 2026 }) },
    'streets.assignCommunity': { as: ADMIN, input: () => ({ streetId: streetA, communityId: 'cA' }) },
    'communities.updatePopulation': { as: C, input: () => ({ population: 5000 }), foreign: () => ({ communityId: 'cB', population: 1 }) }
  }
  // Fresh targets, made on demand for valid inputs only.
  const freshOrder =
    (status: string, held = true) =>
    async () => {
      const doc = await anOrder(db, { status: status as any, createdBy: 'resident-A', volunteerOpenid: held ? 'volunteer-A' : null })
      return { orderId: doc._id, code: doc.checkInCode }
    }
  for (const [action, status] of [
    ['orders.grab', 'pending'],
    ['orders.candidates', 'pending'],
    ['orders.dispatch', 'pending'],
    ['orders.cancel', 'pending'],
    ['orders.reassign', 'dispatched'],
    ['orders.accept', 'dispatched'],
    ['orders.decline', 'dispatched'],
    ['orders.checkIn', 'accepted'],
    ['orders.checkOut', 'in_service'],
    ['orders.confirm', 'awaiting_confirmation'],
    ['orders.dispute', 'completed'],
    ['orders.resolve', 'disputed']
  ] as const)
    T[action].fresh = freshOrder(status, status !== 'pending')
  T['volunteers.suspend'].fresh = () => freshVolunteer()
  T['volunteers.revoke'].fresh = () => freshVolunteer()
  T['volunteers.reinstate'].fresh = () => freshVolunteer(true)
  let reports = 0
  const freshReport = (status: string) => async () => {
    const id = `report-fresh-${++reports}`
    const src = tc.store.get('reports', report.A[status])!.doc as any
    await db.collection('reports').add({
      data: {
        ...JSON.parse(JSON.stringify({ ...src, location: undefined, events: undefined })),
        _id: id,
        requestId: `fuzz-fresh-${reports}`,
        location: new db.Geo.Point(location.longitude, location.latitude),
        events: [{ kind: 'create', at: new Date(), from: null, to: 'filed', byOpenid: 'resident-A', byRole: 'reporter', byName: '居民', note: null }],
        createdAt: new Date(),
        updatedAt: new Date()
      }
    })
    return { reportId: id }
  }
  T['reports.dispatch'].fresh = freshReport('filed')
  T['reports.rectify'].fresh = freshReport('dispatched')
  T['reports.close'].fresh = freshReport('rectified')
  T['reports.reopen'].fresh = freshReport('closed')
  T['records.requestCorrection'].fresh = async () => ({ recordId: await served('A') })
  T['records.correct'].fresh = async () => ({ recordId: await served('A') })
  T['timebank.reverse'].fresh = async () => ({
    postingId: must(await call(C, 'timebank.adjust', { requestId: `fuzz-fresh-${n++}`, userId: 'volunteer-A', minutes: 10, reason: '待冲正' })).postingId
  })
  // A roomy reward (cost 1, large stock) and plenty of points for resident-A, for one redemption per fresh target.
  await inTransaction((t: any) =>
    earnPointsIn(
      t,
      { recordId: 'fuzz-points-A-more', volunteerOpenid: 'resident-A', communityId: 'cA', source: 'order', date: '2026-01-02', minutesDelta: 600000 },
      new Date()
    )
  )
  const roomy = must(await call(C, 'rewards.upsert', { requestId: 'fuzz-reward-roomy', name: '纪念徽章', kind: 'goods', cost: 1, stock: 100000 })).id
  // 撤销注销 needs a pending request (one left by me.requestDeletion's cases is fine: DELETION_PENDING then).
  T['me.cancelDeletion'].fresh = async () => (
    await call(R, 'me.requestDeletion', { requestId: `fuzz-fresh-${n++}`, disposal: 'donate_pool', confirmText: '确认注销' }),
    {}
  )
  T['rewards.fulfil'].fresh = async () => ({
    redemptionId: must(await call(R, 'rewards.redeem', { rewardId: roomy, requestId: `fuzz-fresh-${n++}` })).redemption.id
  })
  // Each edit or archive needs a register entry still at version 1 and active.
  const freshBeneficiary = async () => ({ beneficiaryId: must(await call(C, 'beneficiaries.add', beneficiaryInput())).id })
  T['beneficiaries.update'].fresh = freshBeneficiary
  T['beneficiaries.archive'].fresh = freshBeneficiary
  T['projects.review'].fresh = async () => ({ projectId: must(await call(C, 'projects.declare', projectInput())).id })
  const freshPublished = async () => {
    const id = must(await call(C, 'projects.declare', projectInput())).id
    must(await call(C, 'projects.review', { projectId: id, decision: 'approve' }))
    return id
  }
  T['projects.signUp'].fresh = async () => ({ projectId: await freshPublished() })
  T['projects.attendance'].fresh = async () => ({ projectId: await freshPublished() })
  T['projects.cancelSignUp'].fresh = async () => {
    const id = await freshPublished()
    must(await call(V, 'projects.signUp', { projectId: id }))
    return { projectId: id }
  }
  const freshAttended = async () => {
    const id = await freshPublished()
    must(await call(C, 'projects.attendance', { projectId: id, session: 0, present: [] }))
    return id
  }
  T['projects.complete'].fresh = async () => ({ projectId: await freshAttended() })
  T['projects.evaluate'].fresh = async () => {
    const id = await freshAttended()
    must(await call(C, 'projects.complete', { projectId: id }))
    return { projectId: id }
  }
  return T
}
