// The matrix for orders, the service catalogue and the beneficiary register. Residents create, confirm and dispute
// their own orders; volunteers grab, accept, decline, check in and out (another community's order is not theirs);
// coordinators and platform admins rank candidates, dispatch, reassign, resolve and watch the board. A street
// admin reaches the 调度台 of every community of their street and, once an order is escalated to their street,
// ranks candidates for it and dispatches it (streets.test.ts: never before the escalation); another street's:
// FORBIDDEN. Each call gets a fresh order in the state its move needs (Env.order).
import type { SeededStatus, Side } from '../../fixtures/authWorld'
import { orderInput } from '../../fixtures/orders'
import { beneficiaryInput, beneficiaryOrder } from '../../fixtures/authWorldActivities'
import { MANAGERS, MEMBERS, RESIDENTS, STAFF, type Env, type Table } from './matrix'
import { freshBeneficiary, freshVolunteer } from './fresh'

/** Refused for standing on another's order: either code (the order is not theirs, or not of their community). */
const MINE = ['NOT_YOUR_ORDER', 'FORBIDDEN']
const fresh = async (e: Env, s: Side, status: SeededStatus) => (await e.order(s, status)).id
/** A pending order past its community's and its street's deadlines: escalated to the street of its community. */
const escalated = async (e: Env, s: Side) => (await e.order(s, 'pending', { escalated: true, streetId: e.w.streetOf[s], streetEscalated: true })).id
const NOT_YET = 'the order is not escalated to the street: the street admin does not manage the community itself'
const catalogEntry = { category: 'shopping', defaultMinutes: 45, skills: [], minAge: 16, risky: false, residentDirect: true, enabled: true }

export const ORDERS: Table = {
  rows: {
    'orders.create': { allow: RESIDENTS, scope: 'self', input: (e) => orderInput(e.w.address.A) },
    // Intake for people without a phone: the community's coordinators (admins: of any community) keep the register.
    'orders.createFor': { allow: ['coordinator'], scope: 'community', sides: true, input: (e, s) => beneficiaryOrder(e.w.beneficiary[s]) },
    'beneficiaries.add': { allow: STAFF, scope: 'community', input: () => beneficiaryInput() },
    'beneficiaries.update': {
      allow: STAFF,
      scope: 'community',
      sides: true,
      input: async (e, s) => ({ ...beneficiaryInput(), beneficiaryId: await freshBeneficiary(e, s), version: 1 })
    },
    'beneficiaries.list': { allow: STAFF, scope: 'community', sides: true, input: (e, s) => ({ communityId: e.w.community[s] }) },
    'beneficiaries.archive': {
      allow: STAFF,
      scope: 'community',
      sides: true,
      input: async (e, s) => ({ beneficiaryId: await freshBeneficiary(e, s), version: 1, reason: '已搬离本社区' })
    },
    'orders.get': {
      allow: MEMBERS,
      scope: 'self',
      sides: true,
      foreignCodes: ['NOT_YOUR_ORDER'],
      input: (e, s) => ({ orderId: e.w.orders[s].accepted.id })
    },
    'orders.listMine': { allow: MEMBERS, scope: 'self', input: () => ({ as: 'resident' }) },
    'orders.pool': { allow: ['volunteer'], scope: 'community', input: () => ({}) },
    'orders.grab': {
      allow: ['volunteer'],
      scope: 'community',
      sides: true,
      foreignCodes: MINE,
      input: async (e, s) => ({ orderId: await fresh(e, s, 'pending') })
    },
    'orders.candidates': { allow: MANAGERS, scope: 'community', sides: true, street: true, input: async (e, s) => ({ orderId: await escalated(e, s) }) },
    'orders.dispatch': {
      allow: MANAGERS,
      scope: 'community',
      sides: true,
      street: true,
      input: async (e, s) => ({ orderId: await escalated(e, s), volunteerId: e.w.volunteer[s] })
    },
    'orders.reassign': {
      allow: STAFF,
      scope: 'community',
      sides: true,
      input: async (e, s) => ({ orderId: await fresh(e, s, 'dispatched'), volunteerId: await freshVolunteer(e, s), reason: '调整' })
    },
    'orders.accept': {
      allow: ['volunteer'],
      scope: 'community',
      sides: true,
      foreignCodes: MINE,
      input: async (e, s) => ({ orderId: await fresh(e, s, 'dispatched') })
    },
    'orders.decline': {
      allow: ['volunteer'],
      scope: 'community',
      sides: true,
      foreignCodes: MINE,
      input: async (e, s) => ({ orderId: await fresh(e, s, 'dispatched'), reason: '时间冲突' })
    },
    'orders.checkIn': {
      allow: ['volunteer'],
      scope: 'community',
      sides: true,
      foreignCodes: MINE,
      input: async (e, s) => {
        const o = await e.order(s, 'accepted')
        return { orderId: o.id, code: o.code }
      }
    },
    'orders.checkOut': {
      allow: ['volunteer'],
      scope: 'community',
      sides: true,
      foreignCodes: MINE,
      input: async (e, s) => ({ orderId: await fresh(e, s, 'in_service') })
    },
    'orders.confirm': { allow: RESIDENTS, scope: 'self', input: async (e) => ({ orderId: await fresh(e, 'A', 'awaiting_confirmation'), stars: 5 }) },
    'orders.dispute': { allow: RESIDENTS, scope: 'self', input: async (e) => ({ orderId: await fresh(e, 'A', 'completed'), reason: '时长不对' }) },
    'orders.resolve': {
      allow: STAFF,
      scope: 'community',
      sides: true,
      input: async (e, s) => ({ orderId: await fresh(e, s, 'disputed'), minutes: 60, reason: '按60分钟计' })
    },
    // Anyone with a stake cancels (the assigned volunteer's cancel is a withdrawal); others' orders are not theirs.
    'orders.cancel': {
      allow: MEMBERS,
      scope: 'self',
      sides: true,
      foreignCodes: ['NOT_YOUR_ORDER'],
      input: async (e, s) => ({ orderId: await fresh(e, s, 'pending'), reason: '不需要了' })
    },
    'orders.board': { allow: MANAGERS, scope: 'community', sides: true, street: true, input: (e, s) => ({ communityId: e.w.community[s] }) },
    'catalog.list': { allow: MEMBERS, scope: 'community', input: () => ({}) },
    'catalog.upsert': { allow: ['coordinator'], scope: 'community', input: () => catalogEntry }
  },
  refusals: {
    'orders.create': {
      volunteer: 'ADDRESS_REQUIRED(addressId)',
      coordinator: 'ADDRESS_REQUIRED(addressId)',
      streetAdmin: 'ADDRESS_REQUIRED(addressId)',
      admin: 'ADDRESS_REQUIRED(addressId)',
      why: "the address is in resident-A's address book"
    },
    'orders.confirm': {
      volunteer: 'NOT_YOUR_ORDER',
      coordinator: 'NOT_YOUR_ORDER',
      streetAdmin: 'NOT_YOUR_ORDER',
      admin: 'NOT_YOUR_ORDER',
      why: 'only the resident who placed the order confirms it'
    },
    'orders.dispute': {
      coordinator: 'NOT_YOUR_ORDER',
      streetAdmin: 'NOT_YOUR_ORDER',
      admin: 'NOT_YOUR_ORDER',
      why: 'the parties dispute (the resident, or the volunteer who served it: the table says owner and assignee); others are not parties'
    },
    'orders.get': {
      streetAdmin: 'NOT_YOUR_ORDER',
      why: 'a street admin is no party to an order of their street: the board shows it (street-level area only), never its detail'
    },
    'orders.cancel': {
      volunteer: 'NOT_YOUR_ORDER',
      streetAdmin: 'NOT_YOUR_ORDER',
      why: 'a pending order nobody holds is the resident’s and its community’s coordinators’ to cancel'
    }
  },
  // Before an order is escalated to its street it is its community's alone: the street admin may neither rank
  // candidates for it nor dispatch it, not even in their own street.
  variants: [
    {
      name: 'not escalated to the street',
      rows: {
        'orders.candidates': { allow: MANAGERS, scope: 'community', sides: true, input: async (e, s) => ({ orderId: await fresh(e, s, 'pending') }) },
        'orders.dispatch': {
          allow: MANAGERS,
          scope: 'community',
          sides: true,
          input: async (e, s) => ({ orderId: await fresh(e, s, 'pending'), volunteerId: e.w.volunteer[s] })
        }
      },
      refusals: {
        'orders.candidates': { streetAdmin: 'FORBIDDEN', why: NOT_YET },
        'orders.dispatch': { streetAdmin: 'FORBIDDEN', why: NOT_YET }
      }
    }
  ]
}
