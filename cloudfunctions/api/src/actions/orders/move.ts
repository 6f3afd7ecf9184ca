// Making one move of the transition table on one order, the same way for every action: find out in which
// capacity the caller acts, refuse a move the table does not allow from the status read, then ONE conditional
// update on that status which also appends the timeline event. A lost race (someone moved it first) is
// ORDER_STATUS_CHANGED; nothing is written in any refused case. The system's moves (cron: auto-confirm,
// escalation) go through the same table (systemMove).
import { AppError } from '../../../../../src/shared/errors'
import { canMove, targetOf, TRANSITIONS, type OrderActor, type OrderMove } from '../../../../../src/shared/domain/order'
import { orderMoveBumps } from '../../../../../src/shared/domain/stats'
import { findOrder, moveOrder, moveOrderIn, type OrderDoc, type OrderEventDoc } from '../../repos/orders'
import { applyBumps } from '../../repos/statsRollups'
import { inTransaction, type Tx } from '../../repos/transaction'
import type { ActionContext } from '../define'
import { problemsFor } from './eligible'
import { isOwnerOf } from './owners'

/** The order the action is about: the one the router joined into the caller read (needs: ['order']), else read now. */
export async function loadOrder(orderId: string, ctx?: ActionContext): Promise<OrderDoc> {
  const o = ctx?.order?._id === orderId ? ctx.order : await findOrder(orderId)
  if (!o) throw new AppError('NOT_FOUND')
  return o
}

/**
 * Every capacity the caller holds toward the order, whatever its status. 'volunteer' (may grab it) is an eligible
 * volunteer the exclusion rule does not keep out (problemsFor), other than the one already holding it. `problems`:
 * that verdict when the caller has already worked it out (grab), so it is computed once per request.
 */
export function capacitiesOf(o: OrderDoc, ctx: ActionContext, problems?: readonly string[]): OrderActor[] {
  const c: OrderActor[] = []
  const roles = ctx.user?.roles ?? []
  if (isOwnerOf(o, ctx)) c.push('owner') // a beneficiary's order: the community's coordinators of the moment (owners.ts)
  if (o.volunteerOpenid === ctx.openid) c.push('assignee')
  if (roles.includes('admin') || (roles.includes('coordinator') && ctx.user?.communityId === o.communityId)) c.push('coordinator')
  if (o.volunteerOpenid !== ctx.openid && (problems ?? problemsFor(ctx, o)).length === 0) c.push('volunteer')
  return c
}

/** The capacity in which the caller makes `move`: NOT_YOUR_ORDER if none fits, ORDER_MOVE_NOT_ALLOWED if the status forbids it. */
export function actorFor(o: OrderDoc, move: OrderMove, ctx: ActionContext, problems?: readonly string[]): OrderActor {
  const allowed: readonly OrderActor[] = TRANSITIONS[move].by
  const actor = capacitiesOf(o, ctx, problems).find((a) => allowed.includes(a))
  if (!actor) throw new AppError('NOT_YOUR_ORDER')
  if (!canMove(move, o.status, actor)) throw new AppError('ORDER_MOVE_NOT_ALLOWED')
  return actor
}

export function eventFor(o: OrderDoc, move: OrderMove | 'create', actor: OrderActor, ctx: ActionContext, note: string | null): OrderEventDoc {
  const byName = actor === 'assignee' || actor === 'volunteer' ? (ctx.volunteer?.realName ?? '志愿者') : (ctx.user?.nickname ?? '用户')
  // A family proxy acting as owner acts for the member (repos/familyLinks.ts convention); the coordinators owning an
  // order recorded for a registered beneficiary always act for that person (orders.createFor).
  const onBehalfOf = actor === 'owner' && (o.beneficiaryId || (o.forLinkId && ctx.openid === o.createdBy)) ? o.onBehalfOf : null
  const to = move === 'create' ? 'pending' : targetOf(move, o.status)
  return { kind: move, at: ctx.now, from: move === 'create' ? null : o.status, to, byOpenid: ctx.openid, byRole: actor, byName, onBehalfOf, note }
}

/**
 * Applies the move (conditional on the status read and `also`); returns the order as it now stands. `alongside`:
 * writes that must land with the move or not at all (a cancellation's hold release) — then the move and they are
 * ONE transaction, so a crash cannot leave the one without the other.
 */
export async function commitMove(
  o: OrderDoc,
  move: OrderMove,
  actor: OrderActor,
  ctx: ActionContext,
  patch: Partial<OrderDoc> = {},
  note: string | null = null,
  also: Record<string, unknown> = {},
  alongside?: (t: Tx) => Promise<unknown>
): Promise<OrderDoc> {
  const event = eventFor(o, move, actor, ctx, note)
  const done = alongside
    ? await inTransaction(async (t) => (await moveOrderIn(t, o._id, o.status, patch, event, also)) && (await alongside(t), true))
    : await moveOrder(o._id, o.status, patch, event, also)
  if (!done) throw new AppError(move === 'grab' ? 'ORDER_TAKEN' : 'ORDER_STATUS_CHANGED')
  const moved = { ...o, ...patch, status: event.to, updatedAt: ctx.now, events: [...o.events, event] }
  await applyBumps(o.communityId, orderMoveBumps(o, event, moved), ctx.now) // 工作台 counters (no round trip when none move)
  return moved
}

/**
 * A move the system makes (cron): only if the table lets 'system' make it from the status read, then the same ONE
 * conditional update as any move (on that status and `also`). Returns the order as it now stands, or null when the
 * table refuses or someone moved it first — nothing is written then.
 */
export async function systemMove(
  o: OrderDoc,
  move: OrderMove,
  now: Date,
  note: string,
  patch: Partial<OrderDoc> = {},
  also: Record<string, unknown> = {}
): Promise<OrderDoc | null> {
  if (!canMove(move, o.status, 'system')) return null
  const event: OrderEventDoc = {
    kind: move,
    at: now,
    from: o.status,
    to: targetOf(move, o.status),
    byOpenid: null,
    byRole: 'system',
    byName: '系统',
    onBehalfOf: null,
    note
  }
  if (!(await moveOrder(o._id, o.status, patch, event, also))) return null
  const moved = { ...o, ...patch, status: event.to, updatedAt: now, events: [...o.events, event] }
  await applyBumps(o.communityId, orderMoveBumps(o, event, moved), now)
  return moved
}
