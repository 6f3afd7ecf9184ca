// The matrix for service records, certificates, the time bank, points and the 积分商城. Every member reads their
// own records, certificates, account and points and moves their own hours (resident-A holds hours and an active
// family link to kin-A); coordinators and platform admins correct and top up records, adjust and reverse postings,
// and hand rewards over in their community (another community's, in the same street or not: FORBIDDEN). A street
// admin holds no role here.
import { ANYONE, MEMBERS, STAFF, type Table } from './matrix'
import { freshPosting, freshRedemption } from './fresh'
import { servedRecord } from '../../fixtures/authWorldActivities'

export const RECORDS: Table = {
  rows: {
    // Another's records (a volunteer of A2 or B, named) are refused; on A, one's own (none named).
    'records.list': { allow: MEMBERS, scope: 'community', sides: true, input: (e, s) => (s === 'A' ? {} : { volunteerId: e.w.volunteer[s] }) },
    'records.requestCorrection': { allow: MEMBERS, scope: 'self', input: (e) => ({ recordId: e.w.record.A, reason: '时长少记了' }) },
    'records.correct': {
      allow: STAFF,
      scope: 'community',
      sides: true,
      input: async (e, s) => ({ recordId: await servedRecord(e.tc, s), decision: 'correct', minutes: 30, reason: '核实后更正' })
    },
    'records.corrections': { allow: STAFF, scope: 'community', input: () => ({}) },
    'records.addHonorary': {
      allow: STAFF,
      scope: 'community',
      sides: true,
      input: (e, s) => ({ requestId: `auth-honor-${e.n()}`, volunteerId: e.w.volunteer[s], minutes: 60, reason: '表彰' })
    },
    'certificates.issue': { allow: ['volunteer'], scope: 'self', input: (e) => ({ requestId: `auth-cert-${e.n()}`, from: '2024-01-01', to: '2024-12-31' }) },
    'certificates.list': { allow: MEMBERS, scope: 'self', input: () => ({}) },
    'certificates.verify': { allow: ANYONE, scope: 'global', input: () => ({ number: 'ZMAAAA01202401010000', code: 'ABC123' }) },
    'timebank.account': { allow: MEMBERS, scope: 'self', input: () => ({}) },
    'timebank.statement': { allow: MEMBERS, scope: 'self', input: () => ({ limit: 5 }) },
    'timebank.transfer': { allow: MEMBERS, scope: 'self', input: (e) => ({ requestId: `auth-transfer-${e.n()}`, toUserId: 'kin-A', minutes: 1 }) },
    'timebank.donate': { allow: MEMBERS, scope: 'self', input: (e) => ({ requestId: `auth-donate-${e.n()}`, minutes: 1 }) },
    'timebank.adjust': {
      allow: STAFF,
      scope: 'community',
      sides: true,
      input: (e, s) => ({ requestId: `auth-adjust-${e.n()}`, userId: `resident-${s}`, minutes: 5, reason: '补录服务' })
    },
    'timebank.reverse': {
      allow: STAFF,
      scope: 'community',
      sides: true,
      input: async (e, s) => ({ postingId: await freshPosting(e, s), reason: '重复录入' })
    },
    'points.account': { allow: MEMBERS, scope: 'self', input: () => ({}) },
    'points.updateRate': { allow: STAFF, scope: 'community', input: () => ({ pointsPerHour: 12 }) },
    'rewards.list': { allow: MEMBERS, scope: 'community', input: () => ({}) },
    // A new reward in A; on A2 and B an edit of that community's reward (the platform admin's edit is its first).
    'rewards.upsert': {
      allow: STAFF,
      scope: 'community',
      sides: true,
      input: (e, s) =>
        s === 'A'
          ? { requestId: `auth-reward-${e.n()}`, name: '理发优惠券', kind: 'goods', cost: 10, stock: 5 }
          : { rewardId: e.w.reward[s], version: 1, name: '越权修改', kind: 'goods', cost: 1, stock: 100 }
    },
    'rewards.redeem': {
      allow: MEMBERS,
      scope: 'community',
      sides: true,
      input: (e, s) => ({ rewardId: e.w.reward[s], requestId: `auth-redeem-${e.n()}` })
    },
    'rewards.redemptions': { allow: MEMBERS, scope: 'community', input: () => ({}) },
    'rewards.fulfil': { allow: STAFF, scope: 'community', sides: true, input: async (e, s) => ({ redemptionId: await freshRedemption(e, s) }) }
  },
  refusals: {
    'records.requestCorrection': {
      resident: 'NOT_FOUND(recordId)',
      coordinator: 'NOT_FOUND(recordId)',
      streetAdmin: 'NOT_FOUND(recordId)',
      admin: 'NOT_FOUND(recordId)',
      why: "the record is volunteer-A's: another's record answers NOT_FOUND"
    },
    'timebank.transfer': {
      volunteer: 'TRANSFER_NOT_ALLOWED(toUserId)',
      coordinator: 'TRANSFER_NOT_ALLOWED(toUserId)',
      streetAdmin: 'TRANSFER_NOT_ALLOWED(toUserId)',
      admin: 'TRANSFER_NOT_ALLOWED(toUserId)',
      why: 'only resident-A is linked to kin-A'
    },
    'timebank.donate': {
      coordinator: 'INSUFFICIENT_HOURS',
      streetAdmin: 'INSUFFICIENT_HOURS',
      admin: 'INSUFFICIENT_HOURS',
      why: 'only resident-A and volunteer-A hold hours'
    },
    'rewards.redeem': {
      coordinator: 'INSUFFICIENT_POINTS',
      streetAdmin: 'INSUFFICIENT_POINTS',
      admin: 'INSUFFICIENT_POINTS',
      'admin@A2': 'INSUFFICIENT_POINTS',
      'admin@B': 'INSUFFICIENT_POINTS',
      why: "only resident-A and volunteer-A (their served records' points) hold points in A; the platform admin reaches every catalogue but holds points in none"
    }
  }
}
