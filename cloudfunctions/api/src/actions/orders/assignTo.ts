// Dispatch and reassignment share this: the chosen volunteer must be an approved, eligible member of the
// order's community whom the exclusion rule does not keep out (not the resident, not one who declined or withdrew
// from it — art 25: nobody is sent what they refused); the shared rules in src/shared/domain/order say so.
import { AppError } from '../../../../../src/shared/errors'
import { eligibilityProblems, exclusionProblems, type OrderMove } from '../../../../../src/shared/domain/order'
import { notify } from '../../lib/notify'
import { recordAudit } from '../../repos/audit'
import { assertManages } from '../../lib/scope'
import type { ActionContext } from '../define'
import { actorFor, commitMove } from './move'
import { orderView } from './view'
import { isStreetDispatch, streetActor, streetCommunitiesOf } from './streetDispatch'

// Round trips: the caller read brings the order and the chosen volunteer (needs: ['order', 'assignee']), then the
// conditional move and its audit entry — 3 in all.
export async function assignTo(
  move: Extract<OrderMove, 'dispatch' | 'reassign'>,
  orderId: string,
  volunteerId: string,
  ctx: ActionContext,
  reason: string | null
) {
  const o = ctx.order?._id === orderId ? ctx.order : null
  const v = ctx.assignee?._id === volunteerId ? ctx.assignee : null
  if (!o) throw new AppError('NOT_FOUND')
  // An order escalated to its street may be dispatched by the street's admin to a volunteer of any of its
  // communities (streetDispatch.ts); everything else stays within the order's community, as before.
  const viaStreet = move === 'dispatch' && isStreetDispatch(o, ctx)
  if (!viaStreet) assertManages(ctx, { _id: o.communityId }) // managing it, not living there
  const actor = viaStreet && !ctx.user?.roles.includes('admin') ? streetActor(o) : actorFor(o, move, ctx)
  if (!v) throw new AppError('NOT_FOUND', { volunteerId: '找不到该志愿者' })
  if (v.openid === o.volunteerOpenid) throw new AppError('BAD_INPUT', { volunteerId: '已派给该志愿者' })
  const street = viaStreet ? await streetCommunitiesOf(o) : undefined
  const problems = [...eligibilityProblems(v, o, ctx.now, street), ...exclusionProblems(v.openid, o, 'dispatch')]
  if (problems.length) throw new AppError('NOT_ELIGIBLE', { volunteerId: problems.join('；') })
  const patch = { volunteerOpenid: v.openid, volunteerId: v._id, volunteerName: v.realName, volunteerNo: v.volunteerNo, acceptedAt: null }
  const moved = await commitMove(o, move, actor, ctx, patch, reason ?? `派给${v.realName}${o.funding === 'community_pool' ? '（公益池支付已批准）' : ''}`, {
    volunteerOpenid: o.volunteerOpenid
  })
  // Audited right after the move it describes (the move is a conditional update, which a transaction cannot hold).
  await recordAudit(
    {
      actorOpenid: ctx.openid,
      communityId: o.communityId,
      action: `orders.${move}`,
      targetType: 'order',
      targetId: o._id,
      requestId: ctx.requestId,
      before: { status: o.status, volunteerId: o.volunteerId, volunteerNo: o.volunteerNo },
      after: { status: moved.status, volunteerId: v._id, volunteerNo: v.volunteerNo, ...(reason ? { reason } : {}) }
    },
    ctx.now
  )
  await notify([v.openid], 'dispatched', moved, ctx.now)
  return orderView(moved, ctx)
}
