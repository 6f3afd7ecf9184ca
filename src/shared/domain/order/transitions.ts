// The order transition table: ONE source for the server (enforcement: every transition is a conditional update
// on `from`) and the UI (which buttons to show). Each move names who may make it:
// - owner: the resident the order belongs to (or the family member acting for them);
// - assignee: the volunteer the order is dispatched to or accepted by;
// - volunteer: any approved, eligible volunteer of the community (grabbing from the pool);
// - coordinator: the community's coordinators (and admins);
// - system: the `cron` function (auto-confirm, escalation to the community, then to its street).
// Every move — the cron's included — is checked against this table with canMove() before it is written; the server
// helpers are actions/orders/move.ts (actorFor, commitMove, systemMove).
import { UNASSIGNED_STATUSES, type OrderStatus } from './status'

export type OrderActor = 'owner' | 'assignee' | 'volunteer' | 'coordinator' | 'system'

export interface Transition {
  from: readonly OrderStatus[]
  /** null: the move keeps the status (it marks the order, as escalation does). */
  to: OrderStatus | null
  by: readonly OrderActor[]
  label: string
  /** A reason the actor must give (recorded on the event). */
  needsReason?: boolean
}

export const TRANSITIONS = {
  dispatch: { from: ['pending'], to: 'dispatched', by: ['coordinator'], label: '派单' },
  reassign: { from: ['dispatched', 'accepted'], to: 'dispatched', by: ['coordinator'], label: '改派', needsReason: true },
  accept: { from: ['dispatched'], to: 'accepted', by: ['assignee'], label: '接单' },
  decline: { from: ['dispatched'], to: 'pending', by: ['assignee'], label: '婉拒', needsReason: true },
  grab: { from: ['pending'], to: 'accepted', by: ['volunteer'], label: '抢单' },
  /** 条例 art 22: a volunteer who cannot serve gives notice; the order goes back to the pool and it counts against reliability. */
  withdraw: { from: ['accepted'], to: 'pending', by: ['assignee'], label: '退单', needsReason: true },
  checkIn: { from: ['accepted'], to: 'in_service', by: ['assignee'], label: '到达签到' },
  checkOut: { from: ['in_service'], to: 'awaiting_confirmation', by: ['assignee'], label: '服务完成签退' },
  confirm: { from: ['awaiting_confirmation'], to: 'completed', by: ['owner'], label: '确认完成' },
  autoConfirm: { from: ['awaiting_confirmation'], to: 'completed', by: ['system'], label: '超时自动确认' },
  cancel: { from: ['pending', 'dispatched', 'accepted'], to: 'cancelled', by: ['owner', 'coordinator'], label: '取消订单', needsReason: true },
  dispute: { from: ['awaiting_confirmation', 'completed'], to: 'disputed', by: ['owner', 'assignee'], label: '申诉', needsReason: true },
  resolve: { from: ['disputed'], to: 'resolved', by: ['coordinator'], label: '裁定', needsReason: true },
  /** Nobody took it within the SLA: marked escalated (once) and the coordinators are told; the status stays. */
  escalate: { from: UNASSIGNED_STATUSES, to: null, by: ['system'], label: '超时升级' },
  /** Still nobody took it past the street's SLA after the community's escalation: marked (once) and the street's
   *  admins are told; they may dispatch any approved volunteer of the street's communities. The status stays. */
  escalateStreet: { from: UNASSIGNED_STATUSES, to: null, by: ['system'], label: '升级至街道' }
} as const satisfies Record<string, Transition>

export type OrderMove = keyof typeof TRANSITIONS
export const ORDER_MOVES = Object.keys(TRANSITIONS) as OrderMove[]

/** May `actor` make `move` on an order in `status`? */
export function canMove(move: OrderMove, status: OrderStatus, actor: OrderActor): boolean {
  const t: Transition = TRANSITIONS[move]
  return t.from.includes(status) && t.by.includes(actor)
}

/** The moves open to someone who is all of `actors` (e.g. a coordinator who also owns the order). */
export function movesFor(status: OrderStatus, actors: readonly OrderActor[]): OrderMove[] {
  return ORDER_MOVES.filter((m) => actors.some((a) => canMove(m, status, a)))
}

/** The status `move` leaves an order in that was in `from`. */
export function targetOf(move: OrderMove, from: OrderStatus): OrderStatus {
  const t: Transition = TRANSITIONS[move]
  return t.to ?? from
}

/** The moves by which a volunteer takes an order on themselves (the 工作台 counts the first as its acceptance). */
export const ACCEPTING_MOVES: readonly OrderMove[] = ORDER_MOVES.filter((m) => TRANSITIONS[m].to === 'accepted')
