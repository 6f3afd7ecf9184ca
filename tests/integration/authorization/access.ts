// The matrix for who one is and where: system, users, 我的数据/注销, communities, addresses, streets (街道), the street
// comparison and the audit log. Platform admins create streets and appoint their admins; a street admin creates
// communities, appoints coordinators, records 常住人口 and compares communities in their own street only (another
// street: FORBIDDEN); coordinators keep their own community's rules.
import { PRIVACY_VERSION } from '../../../src/shared/privacy/guide'
import { LOCATION } from '../../fixtures/authWorld'
import type { Side } from '../../fixtures/authWorld'
import { ANYONE, MANAGERS, MEMBERS, STAFF, STREET, type Env, type Table } from './matrix'
import { freshCoordinator } from './fresh'

const ADMIN = ['admin' as const]

/** The side's community as stored: an edit keeps its name, code and address, moves its map point and 常住人口. */
function communityEdit(e: Env, s: Side) {
  const c = e.tc.store.get('communities', e.w.community[s])!.doc as { name: string; code: string; address: string; version?: number }
  return { communityId: e.w.community[s], version: c.version ?? 0, requestId: `auth-community-${e.n()}`, name: c.name, code: c.code, address: c.address }
}

export const ACCESS: Table = {
  rows: {
    'system.ping': { allow: ANYONE, scope: 'global', input: () => ({}) },
    'users.me': { allow: ANYONE, scope: 'self', input: () => ({}) },
    'users.updateProfile': { allow: MEMBERS, scope: 'self', input: () => ({ nickname: '新昵称' }) },
    'users.bindPhone': { allow: MEMBERS, scope: 'self', input: () => ({ code: 'local-phone:13800000000' }) },
    // Anyone, a brand-new WeChat user included: the guide is agreed to before anything else (privacy.consent.test.ts).
    'me.consent': { allow: ANYONE, scope: 'self', input: (e) => ({ version: PRIVACY_VERSION, requestId: `auth-consent-${e.n()}` }) },
    // 我的数据 and 注销: every member, about themself only (requested before cancelled: the rows run in this order).
    'me.export': { allow: MEMBERS, scope: 'self', input: (e) => ({ requestId: `auth-mydata-${e.n()}` }) },
    'me.deletionStatus': { allow: MEMBERS, scope: 'self', input: () => ({}) },
    'me.requestDeletion': {
      allow: MEMBERS,
      scope: 'self',
      input: (e) => ({ requestId: `auth-delete-${e.n()}`, disposal: 'donate_pool', confirmText: '确认注销' })
    },
    'me.cancelDeletion': { allow: MEMBERS, scope: 'self', input: () => ({}) },
    'communities.nearby': { allow: ANYONE, scope: 'global', input: () => ({ location: LOCATION }) },
    'communities.join': { allow: MEMBERS, scope: 'self', input: () => ({ code: 'AAAA01' }) },
    // A community in the street of the side named: street A for A and A2, street B for B.
    'communities.create': {
      allow: STREET,
      scope: 'global',
      sides: true,
      street: true,
      input: (e, s) => ({ name: '新建社区', code: `NEW${e.n()}`, address: '某街道1号', location: LOCATION, streetId: e.w.streetOf[s] })
    },
    'communities.appointCoordinator': {
      allow: STREET,
      scope: 'global',
      sides: true,
      street: true,
      input: (e, s) => ({ communityId: e.w.community[s], userId: `appointee-${s}` })
    },
    'communities.updatePopulation': {
      allow: MANAGERS,
      scope: 'community',
      sides: true,
      street: true,
      input: (e, s) => ({ communityId: e.w.community[s], population: 5000 + e.n() })
    },
    // The contract names no community: the caller's own (an admin's: the one they belong to).
    'communities.updateRules': { allow: STAFF, scope: 'community', input: () => ({ dailyTransferCapMinutes: 600 }) },
    'communities.updateOrderRules': { allow: STAFF, scope: 'community', input: () => ({ autoConfirmHours: 48 }) },
    'communities.updateCertificateInfo': {
      allow: ['coordinator'],
      scope: 'community',
      input: () => ({ personInCharge: '张主任', handler: '李干事', contact: '0752-1234567' })
    },
    'addresses.list': { allow: MEMBERS, scope: 'self', input: () => ({}) },
    'addresses.add': {
      allow: MEMBERS,
      scope: 'self',
      input: () => ({ label: '家', detail: '文昌路1号', contactName: '张三', contactPhone: '13800000001', location: null })
    },
    'addresses.remove': { allow: MEMBERS, scope: 'self', input: () => ({ addressId: 'no-such-address' }) },
    'audit.list': { allow: ADMIN, scope: 'global', input: () => ({ communityId: 'cA' }) },
    'streets.create': { allow: ADMIN, scope: 'global', input: (e) => ({ requestId: `auth-street-${e.n()}`, name: '新建街道' }) },
    'streets.appointAdmin': { allow: ADMIN, scope: 'global', input: (e) => ({ streetId: e.w.street.A, userId: 'street-appointee' }) },
    'streets.removeAdmin': { allow: ADMIN, scope: 'global', input: (e) => ({ streetId: e.w.street.A, userId: 'street-appointee' }) },
    'streets.assignCommunity': { allow: ADMIN, scope: 'global', input: (e) => ({ streetId: e.w.street.A, communityId: 'cA' }) },
    'streets.list': { allow: STREET, scope: 'street', input: () => ({}) },
    'stats.compare': { allow: STREET, scope: 'street', sides: true, street: true, input: (e, s) => ({ streetId: e.w.streetOf[s] }) },
    // The street's boards: a street admin their own street (another street: FORBIDDEN); the platform admin any named.
    'streets.communities': { allow: STREET, scope: 'street', sides: true, street: true, input: (e, s) => ({ streetId: e.w.streetOf[s] }) },
    'streets.board': { allow: STREET, scope: 'street', sides: true, street: true, input: (e, s) => ({ streetId: e.w.streetOf[s] }) },
    // 服务目录 and 频率限制: the caller's own community (the contracts name none).
    'catalog.add': {
      allow: ['coordinator'],
      scope: 'community',
      input: (e) => ({ requestId: `auth-cat-${e.n()}`, label: '义诊', defaultMinutes: 60, minAge: 18, risky: false, residentDirect: true, grabPool: true })
    },
    'catalog.retire': { allow: ['coordinator'], scope: 'community', input: () => ({ category: 'tutoring', retired: true }) },
    'communities.updateRateLimits': {
      allow: STAFF,
      scope: 'community',
      input: () => ({ limits: [{ action: 'orders.create', windowMinutes: 60, perUser: 5, perCommunity: 100 }] })
    },
    // 社区管理: whoever manages the community (its coordinator, its street's admin, a platform admin).
    'communities.get': { allow: MANAGERS, scope: 'street', sides: true, street: true, input: (e, s) => ({ communityId: e.w.community[s] }) },
    'communities.coordinators': { allow: MANAGERS, scope: 'street', sides: true, street: true, input: (e, s) => ({ communityId: e.w.community[s] }) },
    // Map point and 常住人口 only, which its coordinator may change too (name and code: street or platform admin).
    'communities.update': {
      allow: MANAGERS,
      scope: 'street',
      sides: true,
      street: true,
      input: (e, s) => ({ ...communityEdit(e, s), location: { longitude: 114.4 + e.n() / 1000, latitude: 23.11 }, population: 6000 + e.n() })
    },
    'communities.joinQr': { allow: MANAGERS, scope: 'street', sides: true, street: true, input: (e, s) => ({ communityId: e.w.community[s] }) },
    // Appointing and removing coordinators: the street's admin and platform admins (never its own coordinators).
    'communities.members': {
      allow: STREET,
      scope: 'street',
      sides: true,
      street: true,
      input: (e, s) => ({ communityId: e.w.community[s], query: 'resident' })
    },
    'communities.removeCoordinator': {
      allow: STREET,
      scope: 'street',
      sides: true,
      street: true,
      input: async (e, s) => ({ communityId: e.w.community[s], userId: await freshCoordinator(e, s) })
    },
    // 全量名册 (unmasked): the street admin their street's communities; the platform admin one named.
    'exports.nationalRoster': {
      allow: STREET,
      scope: 'street',
      sides: true,
      street: true,
      input: (e, s) => ({ communityId: e.w.community[s], purpose: '报送全国志愿服务信息系统' })
    }
  },
  refusals: {}
}
