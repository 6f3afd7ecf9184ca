// orders.cancel — the resident or a coordinator cancels before service starts, with a reason; the assigned
// volunteer instead WITHDRAWS (条例 art 22: give notice): the order returns to the pool, is not offered to them
// again, and the withdrawal counts against their reliability (the nightly stats read it from the timeline).
import { AppError } from '../../../../../src/shared/errors'
import type { OrderMove } from '../../../../../src/shared/domain/order'
import { assertTextSafe } from '../../lib/contentCheck'
import { accountId } from '../../../../../src/shared/domain/ledger'
import { releaseHoldIn } from '../../repos/ledger'
import type { Tx } from '../../repos/transaction'
import { defineAction } from '../define'
import { holdKeyOf } from './funding'
import { actorFor, capacitiesOf, commitMove, loadOrder } from './move'
import { orderView } from './view'
import { recordAudit } from '../../repos/audit'
import { auditOnBehalf } from './onBehalf'

export const cancel = defineAction({
  action: 'orders.cancel',
  allow: ['resident', 'volunteer', 'coordinator', 'admin'],
  scope: 'self',
  needs: ['order'],
  async handler(input, ctx) {
    const o = await loadOrder(input.orderId, ctx)
    const capacities = capacitiesOf(o, ctx)
    const move: OrderMove = capacities.includes('assignee') && !capacities.includes('owner') && !capacities.includes('coordinator') ? 'withdraw' : 'cancel'
    if (capacities.length === 0) throw new AppError('NOT_YOUR_ORDER')
    const actor = actorFor(o, move, ctx)
    await assertTextSafe(ctx.openid, { reason: input.reason }) // shown to the resident and coordinators
    const patch =
      move === 'withdraw'
        ? { volunteerOpenid: null, volunteerId: null, volunteerName: null, volunteerNo: null, acceptedAt: null, declinedBy: [...o.declinedBy, ctx.openid] }
        : { cancelReason: input.reason }
    // A cancelled own-hours order releases the resident's held hours in the same transaction as the move, so a
    // crash cannot leave them held for an order nobody will serve (a replay is refused and finds nothing to do).
    const release =
      move === 'cancel' && o.funding === 'own_hours' ? (t: Tx) => releaseHoldIn(t, accountId.member(o.createdBy), holdKeyOf(o._id), ctx.now) : undefined
    const moved = await commitMove(o, move, actor, ctx, patch, input.reason, move === 'withdraw' ? { volunteerOpenid: ctx.openid } : {}, release)
    // A coordinator cancelling someone's order is a coordinator action: audited (the owner's own cancel is not,
    // unless the owners are coordinators acting for a registered beneficiary: onBehalf.ts).
    if (actor === 'owner') await auditOnBehalf('orders.cancel', o, moved, ctx, { reason: input.reason })
    else if (actor === 'coordinator')
      await recordAudit(
        {
          actorOpenid: ctx.openid,
          communityId: o.communityId,
          action: 'orders.cancel',
          targetType: 'order',
          targetId: o._id,
          requestId: ctx.requestId,
          before: { status: o.status },
          after: { status: moved.status, reason: input.reason }
        },
        ctx.now
      )
    return orderView(moved, ctx)
  }
})
