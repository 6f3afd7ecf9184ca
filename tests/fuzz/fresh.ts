// Fresh targets for the bad-input suite (tests/fuzz/targets.ts `fresh`): a new target of community A in the state
// the action needs, made on demand for valid inputs only, so each reaches the write path.
import type { ActionName } from '../../src/shared/contracts'
import type { TestCloud } from '../fixtures/localCloud'
import { expectOk as must } from '../fixtures/api'
import { anOrder } from '../fixtures/orders'
import { aSealedVolunteer as aVolunteer, LOCATION, type AuthWorld, type Call } from '../fixtures/authWorld'
import { beneficiaryInput, projectInput, servedRecord, somePoints } from '../fixtures/authWorldActivities'
import type { Target } from './targets'

let n = 0
const R = 'resident-A',
  V = 'volunteer-A',
  C = 'coordinator-A'

export async function addFreshTargets(tc: TestCloud, call: Call, w: AuthWorld, T: Partial<Record<ActionName, Target>>): Promise<void> {
  const db = tc.db
  const set = (action: ActionName, fresh: () => Promise<Record<string, unknown>>) => {
    if (T[action]) T[action].fresh = fresh
  }
  let movers = 0
  const freshVolunteer = async (suspended = false) => ({
    volunteerId: await aVolunteer(db, `moved-${++movers}`, 'cA', suspended ? { lifecycle: 'suspended', lifecycleReason: '测试' } : {})
  })
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
    set(action, freshOrder(status, status !== 'pending'))
  set('volunteers.suspend', () => freshVolunteer())
  set('volunteers.revoke', () => freshVolunteer())
  set('volunteers.reinstate', () => freshVolunteer(true))
  let reports = 0
  const freshReport = (status: string) => async () => {
    const id = `report-fresh-${++reports}`
    const src = tc.store.get('reports', w.report.A[status as keyof AuthWorld['report']['A']])!.doc as any
    await db.collection('reports').add({
      data: {
        ...JSON.parse(JSON.stringify({ ...src, location: undefined, events: undefined })),
        _id: id,
        requestId: `fuzz-fresh-${reports}`,
        location: new db.Geo.Point(LOCATION.longitude, LOCATION.latitude),
        events: [{ kind: 'create', at: new Date(), from: null, to: 'filed', byOpenid: 'resident-A', byRole: 'reporter', byName: '居民', note: null }],
        createdAt: new Date(),
        updatedAt: new Date()
      }
    })
    return { reportId: id }
  }
  set('reports.dispatch', freshReport('filed'))
  set('reports.rectify', freshReport('dispatched'))
  set('reports.close', freshReport('rectified'))
  set('reports.reopen', freshReport('closed'))
  set('records.requestCorrection', async () => ({ recordId: await servedRecord(tc, 'A') }))
  set('records.correct', async () => ({ recordId: await servedRecord(tc, 'A') }))
  set('timebank.reverse', async () => ({
    postingId: must(await call(C, 'timebank.adjust', { requestId: `fuzz-fresh-${n++}`, userId: 'volunteer-A', minutes: 10, reason: '待冲正' })).postingId
  }))
  // A roomy reward (cost 1, large stock) and plenty of points for resident-A, for one redemption per fresh target.
  await somePoints('resident-A', 'cA', 600000, 'resident-A-more')
  const roomy = must(await call(C, 'rewards.upsert', { requestId: 'fuzz-reward-roomy', name: '纪念徽章', kind: 'goods', cost: 1, stock: 100000 })).id
  // 撤销注销 needs a pending request (one left by me.requestDeletion's cases is fine: DELETION_PENDING then).
  set(
    'me.cancelDeletion',
    async () => (await call(R, 'me.requestDeletion', { requestId: `fuzz-fresh-${n++}`, disposal: 'donate_pool', confirmText: '确认注销' }), {})
  )
  set('rewards.fulfil', async () => ({
    redemptionId: must(await call(R, 'rewards.redeem', { rewardId: roomy, requestId: `fuzz-fresh-${n++}` })).redemption.id
  }))
  // Each edit or archive needs a register entry still at version 1 and active.
  const freshBeneficiary = async () => ({ beneficiaryId: must(await call(C, 'beneficiaries.add', beneficiaryInput())).id })
  set('beneficiaries.update', freshBeneficiary)
  set('beneficiaries.archive', freshBeneficiary)
  set('projects.review', async () => ({ projectId: must(await call(C, 'projects.declare', projectInput())).id }))
  const freshPublished = async () => {
    const id = must(await call(C, 'projects.declare', projectInput())).id
    must(await call(C, 'projects.review', { projectId: id, decision: 'approve' }))
    return id
  }
  set('projects.signUp', async () => ({ projectId: await freshPublished() }))
  set('projects.attendance', async () => ({ projectId: await freshPublished() }))
  set('projects.cancelSignUp', async () => {
    const id = await freshPublished()
    must(await call(V, 'projects.signUp', { projectId: id }))
    return { projectId: id }
  })
  const freshAttended = async () => {
    const id = await freshPublished()
    must(await call(C, 'projects.attendance', { projectId: id, session: 0, present: [] }))
    return id
  }
  set('projects.complete', async () => ({ projectId: await freshAttended() }))
  set('projects.evaluate', async () => {
    const id = await freshAttended()
    must(await call(C, 'projects.complete', { projectId: id }))
    return { projectId: id }
  })
  // 街道: the community is in street A (its admin sadmin-A manages it) before each move or population change.
  const backInStreetA = async () => {
    await db
      .collection('communities')
      .doc('cA')
      .update({ data: { streetId: w.street.A } })
    return {}
  }
  set('streets.assignCommunity', backInStreetA)
  set('communities.updatePopulation', backInStreetA)
}
