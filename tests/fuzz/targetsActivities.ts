// The bad-input suite's targets for records, certificates, projects, reports, the 工作台, exports, stations, points
// and rewards, 我的数据, the audit log and streets (the rest: tests/fuzz/targets.ts, which merges these).
import type { ActionName } from '../../src/shared/contracts'
import type { TestCloud } from '../fixtures/localCloud'
import { PLATFORM_ADMIN, LOCATION, type AuthWorld } from '../fixtures/authWorld'
import { projectInput, stationInput, uploadedPhoto } from '../fixtures/authWorldActivities'
import { PRIVACY_VERSION } from '../../src/shared/privacy/guide'
import type { Target } from './targets'

let n = 0
const R = 'resident-A',
  V = 'volunteer-A',
  C = 'coordinator-A',
  SA = 'sadmin-A',
  ADMIN = PLATFORM_ADMIN

export function activityTargets(tc: TestCloud, w: AuthWorld): Partial<Record<ActionName, Target>> {
  return {
    'records.list': { as: C, input: () => ({ volunteerId: w.volunteer.A, year: 2024, offset: 0, limit: 20 }), foreign: () => ({ volunteerId: w.volunteer.B }) },
    'records.corrections': { as: C, input: () => ({}) },
    'records.requestCorrection': {
      as: V,
      input: () => ({ recordId: w.record.A, reason: '时长少记了', proposedMinutes: 120 }),
      foreign: () => ({ recordId: w.record.B, reason: '时长少记了' })
    },
    'records.correct': {
      as: C,
      input: () => ({ recordId: w.record2A, decision: 'correct', minutes: 30, content: '探访', reason: '核实后更正' }),
      foreign: () => ({ recordId: w.record.B, decision: 'correct', minutes: 1, reason: '越权更正' })
    },
    'records.addHonorary': {
      as: C,
      input: () => ({ requestId: `fuzz-honor-${n++}`, volunteerId: w.volunteer.A, minutes: 60, reason: '表彰' }),
      foreign: () => ({ requestId: `fuzz-honor-${n++}`, volunteerId: w.volunteer.B, minutes: 60, reason: '表彰' })
    },
    'certificates.issue': { as: V, input: () => ({ requestId: `fuzz-cert-${n++}`, from: '2024-01-01', to: '2024-12-31' }) },
    'certificates.list': { as: V, input: () => ({}) },
    'certificates.verify': { as: R, input: () => ({ number: 'ZMAAAA01202401010000', code: 'ABC123' }) },
    'projects.declare': { as: C, input: () => ({ ...projectInput(), category: 'elder_visit' }) },
    'projects.review': {
      as: C,
      input: () => ({ projectId: w.project.A.declared, decision: 'reject', reason: '测试' }),
      foreign: () => ({ projectId: w.project.B.declared, decision: 'approve' })
    },
    'projects.list': { as: R, input: () => ({ status: 'published', offset: 0, limit: 20 }) },
    'projects.get': { as: R, input: () => ({ projectId: w.project.A.published }), foreign: () => ({ projectId: w.project.B.published }) },
    'projects.signUp': { as: V, input: () => ({ projectId: w.project.A.published }), foreign: () => ({ projectId: w.project.B.published }) },
    'projects.cancelSignUp': { as: V, input: () => ({ projectId: w.project.A.joined }), foreign: () => ({ projectId: w.project.B.joined }) },
    'projects.attendance': {
      as: C,
      input: () => ({ projectId: w.project.A.published, session: 0, present: [1] }),
      foreign: () => ({ projectId: w.project.B.published, session: 0, present: [] })
    },
    'projects.complete': { as: C, input: () => ({ projectId: w.project.A.attended }), foreign: () => ({ projectId: w.project.B.attended }) },
    'projects.evaluate': {
      as: C,
      input: () => ({ projectId: w.project.A.completed, grade: '合格', notes: '按计划完成' }),
      foreign: () => ({ projectId: w.project.B.completed, grade: '不合格', notes: '越权评价' })
    },
    'reports.create': {
      as: R,
      input: () => ({
        requestId: `fuzz-report-${n++}`,
        category: 'other',
        description: '路灯不亮',
        photos: [uploadedPhoto(tc, 'resident-A')],
        location: LOCATION,
        place: '文昌路口'
      })
    },
    'reports.list': { as: R, input: () => ({ as: 'mine', status: 'filed', offset: 0, limit: 20 }) },
    'reports.get': { as: R, input: () => ({ reportId: w.report.A.dispatched }), foreign: () => ({ reportId: w.report.B.dispatched }) },
    'reports.dispatch': {
      as: C,
      input: () => ({ reportId: w.report.A.filed, volunteerId: w.volunteer.A, note: '请处理' }),
      foreign: () => ({ reportId: w.report.B.filed, volunteerId: w.volunteer.B })
    },
    'reports.rectify': {
      as: V,
      input: () => ({ reportId: w.report.A.dispatched, photos: [uploadedPhoto(tc, 'volunteer-A')], note: '已修复' }),
      foreign: () => ({ reportId: w.report.B.dispatched, photos: [uploadedPhoto(tc, 'volunteer-A')], note: '越权整改' })
    },
    'reports.close': { as: C, input: () => ({ reportId: w.report.A.rectified, note: '验收通过' }), foreign: () => ({ reportId: w.report.B.rectified }) },
    'reports.reopen': {
      as: R,
      input: () => ({ reportId: w.report.A.closed, reason: '又坏了' }),
      foreign: () => ({ reportId: w.report.B.closed, reason: '越权重开' })
    },
    'reports.stats': { as: C, input: () => ({}) },
    'stats.dashboard': { as: C, input: () => ({ year: 2026 }), foreign: () => ({ communityId: 'cB' }) },
    'exports.volunteers': { as: C, input: () => ({}), foreign: () => ({ communityId: 'cB' }) },
    'exports.records': { as: C, input: () => ({ month: '2024-06' }), foreign: () => ({ communityId: 'cB', month: '2024-06' }) },
    'exports.monthlySummary': { as: C, input: () => ({ year: 2024 }), foreign: () => ({ communityId: 'cB', year: 2024 }) },
    'stations.upsert': { as: C, input: () => stationInput(), foreign: () => ({ ...stationInput(), stationId: w.station.B, version: 1 }) },
    'stations.nearby': { as: R, input: () => ({ location: LOCATION, radiusMeters: 3000 }) },
    'stations.list': { as: C, input: () => ({}), foreign: () => ({ communityId: 'cB' }) },
    'stations.coverage': { as: C, input: () => ({ limit: 50 }), foreign: () => ({ communityId: 'cB' }) },
    'points.account': { as: R, input: () => ({}) },
    'points.updateRate': { as: C, input: () => ({ pointsPerHour: 12 }) },
    'rewards.list': { as: R, input: () => ({ all: false }) },
    'rewards.upsert': {
      as: C,
      input: () => ({ rewardId: w.reward.A, version: 1, name: '理发优惠券', kind: 'goods', cost: 10, stock: 5, description: '', active: true }),
      foreign: () => ({ rewardId: w.reward.B, version: 1, name: '越权修改', kind: 'goods', cost: 1, stock: 100 })
    },
    'rewards.redeem': {
      as: R,
      input: () => ({ rewardId: w.reward.A, requestId: `fuzz-redeem-${n++}` }),
      foreign: () => ({ rewardId: w.reward.B, requestId: `fuzz-redeem-${n++}` })
    },
    'rewards.redemptions': { as: R, input: () => ({ as: 'mine', status: 'pending', offset: 0, limit: 20 }) },
    'rewards.fulfil': { as: C, input: () => ({ redemptionId: w.redemption.A }), foreign: () => ({ redemptionId: w.redemption.B }) },
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
    'streets.appointAdmin': { as: ADMIN, input: () => ({ streetId: w.street.A, userId: 'street-appointee' }) },
    'streets.removeAdmin': { as: ADMIN, input: () => ({ streetId: w.street.A, userId: 'street-appointee' }) },
    'streets.list': { as: SA, input: () => ({}) },
    'stats.compare': { as: SA, input: () => ({ streetId: w.street.A, year: 2026 }), foreign: () => ({ streetId: w.street.B }) },
    // Moves cA to street B (an audited change); `fresh` puts it back in street A first (tests/fuzz/fresh.ts).
    'streets.assignCommunity': { as: ADMIN, input: () => ({ streetId: w.street.B, communityId: 'cA' }) },
    'communities.updatePopulation': {
      as: SA,
      input: () => ({ communityId: 'cA', population: 5000 }),
      foreign: () => ({ communityId: 'cB', population: 1 })
    }
  }
}
