// orders.grab — an eligible volunteer takes a pending order from the pool. The update is conditional on the
// order still being pending, so of any number of simultaneous grabs exactly one wins; the others get ORDER_TAKEN.
// Round trips: caller with the order joined (router), conditional update (1), the 工作台 response-time bump (1).
import { AppError } from '../../../../../src/shared/errors'
import { notify } from '../../lib/notify'
import { defineAction } from '../define'
import { activeVolunteer, problemsFor } from './eligible'
import { commitMove, loadOrder } from './move'
import { orderView } from './view'

export const grab = defineAction({
  action: 'orders.grab',
  allow: ['volunteer'],
  scope: 'community',
  needs: ['order'],
  async handler(input, ctx) {
    const o = await loadOrder(input.orderId, ctx)
    const v = activeVolunteer(ctx)
    if (!v || v.communityId !== o.communityId) throw new AppError('NOT_YOUR_ORDER')
    // Someone else holds it: 手慢了. Finished or cancelled orders were never taken: the move is simply not allowed.
    const held = ['dispatched', 'accepted', 'in_service', 'awaiting_confirmation'].includes(o.status) && o.volunteerOpenid !== ctx.openid
    if (o.status !== 'pending') throw new AppError(held ? 'ORDER_TAKEN' : 'ORDER_MOVE_NOT_ALLOWED')
    const problems = problemsFor(ctx, o)
    if (problems.length) throw new AppError('NOT_ELIGIBLE', { orderId: problems.join('；') })
    if (o.declinedBy.includes(ctx.openid)) throw new AppError('NOT_ELIGIBLE', { orderId: '您已婉拒或退过此单' })
    if (o.ownerOpenids.includes(ctx.openid)) throw new AppError('NOT_ELIGIBLE', { orderId: '不能接自己发布的求助' })
    const patch = { volunteerOpenid: ctx.openid, volunteerId: v._id, volunteerName: v.realName, volunteerNo: v.volunteerNo, acceptedAt: ctx.now }
    const moved = await commitMove(o, 'grab', 'volunteer', ctx, patch)
    await notify(moved.ownerOpenids, 'accepted', moved, ctx.now)
    return orderView(moved, ctx)
  }
})
