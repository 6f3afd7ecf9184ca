// One lifecycle move of an approved volunteer (src/shared/domain/volunteerLifecycle.ts), shared by pause, resume,
// leave (the volunteer) and suspend, reinstate, revoke (a coordinator, audited with the reason). The table says
// where each move may start; a move that takes the volunteer off duty for good or by decision waits until they
// hold no open order (a coordinator reassigns those first), so no order is left with someone who cannot serve.
// One conditional update: a concurrent move makes this one fail with CONFLICT. Round trips: (orders 1), update 1,
// (工作台 gauge 1 on leaving or revocation), (audit 1).
import { AppError } from '../../../../../src/shared/errors'
import { ASSIGNED_OPEN_STATUSES } from '../../../../../src/shared/domain/order'
import { bump, NOW } from '../../../../../src/shared/domain/stats'
import { countsAsRegistered, LIFECYCLE_MOVES, lifecycleOf, type LifecycleMove } from '../../../../../src/shared/domain/volunteerLifecycle'
import { recordAudit } from '../../repos/audit'
import { listAssigned } from '../../repos/orders'
import { applyBumps } from '../../repos/statsRollups'
import { moveLifecycle, type VolunteerDoc } from '../../repos/volunteers'
import type { ActionContext } from '../define'

export async function moveVolunteer(ctx: ActionContext, v: VolunteerDoc, move: LifecycleMove, reason: string | null): Promise<VolunteerDoc> {
  const rule = LIFECYCLE_MOVES[move]
  const from = lifecycleOf(v)
  if (v.status !== 'approved' || !rule.from.includes(from)) throw new AppError('VOLUNTEER_MOVE_NOT_ALLOWED')
  if (rule.needsNoOpenOrders && (await listAssigned(v.openid, ASSIGNED_OPEN_STATUSES, 0, 1)).length) throw new AppError('VOLUNTEER_HAS_OPEN_ORDERS')
  const change = { lifecycle: rule.to, lifecycleReason: reason, lifecycleBy: ctx.openid }
  if (!(await moveLifecycle(v._id, from, change, ctx.now))) throw new AppError('CONFLICT')
  // Leaving or revocation ends the registration: the 工作台 stops counting them (right after the conditional
  // update, as order moves do; the nightly rebuild counts the same rule, countsAsRegistered).
  if (countsAsRegistered(v) && !countsAsRegistered({ status: v.status, lifecycle: rule.to }))
    await applyBumps(v.communityId, bump({}, NOW, 'volunteers', -1), ctx.now)
  if (rule.by === 'coordinator')
    await recordAudit(
      {
        actorOpenid: ctx.openid,
        communityId: v.communityId,
        action: `volunteers.${move}`,
        targetType: 'volunteer',
        targetId: v._id,
        requestId: ctx.requestId,
        before: { lifecycle: from, lifecycleReason: v.lifecycleReason ?? null },
        after: { lifecycle: rule.to, lifecycleReason: reason }
      },
      ctx.now
    )
  return { ...v, ...change, lifecycleAt: ctx.now, updatedAt: ctx.now }
}

/** The caller's own volunteer record in their current community, or FORBIDDEN. */
export function ownVolunteer(ctx: ActionContext): VolunteerDoc {
  const v = ctx.volunteer
  if (!v || v.communityId !== ctx.user?.communityId) throw new AppError('FORBIDDEN')
  return v
}
