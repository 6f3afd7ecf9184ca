// orders.grab — an eligible volunteer takes a pending order from the pool. The update is conditional on the
// order still being pending, so of any number of simultaneous grabs exactly one wins; the others get ORDER_TAKEN.
// The table decides (canMove/actorFor, as for every move); eligibility and the exclusion rule are worked out ONCE
// (problemsFor) and handed to actorFor. Round trips: caller with the order joined (router), conditional update (1),
// the 工作台 response-time bump (1).
import { AppError } from '../../../../../src/shared/errors'
import { canMove, HELD_STATUSES } from '../../../../../src/shared/domain/order'
import { notify } from '../../lib/notify'
import { ownersToNotify } from './owners'
import { defineAction } from '../define'
import { activeVolunteer, problemsFor } from './eligible'
import { actorFor, commitMove, loadOrder } from './move'
import { teamFirstGrabProblems } from './teamFirst'
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
    // The status refuses first: someone else holds it (手慢了), or it was never there to take (finished, cancelled).
    if (!canMove('grab', o.status, 'volunteer'))
      throw new AppError(HELD_STATUSES.includes(o.status) && o.volunteerOpenid !== ctx.openid ? 'ORDER_TAKEN' : 'ORDER_MOVE_NOT_ALLOWED')
    const problems = [...problemsFor(ctx, o), ...(await teamFirstGrabProblems(ctx, o))]
    if (problems.length) throw new AppError('NOT_ELIGIBLE', { orderId: problems.join('；') })
    const actor = actorFor(o, 'grab', ctx, problems)
    const patch = { volunteerOpenid: ctx.openid, volunteerId: v._id, volunteerName: v.realName, volunteerNo: v.volunteerNo, acceptedAt: ctx.now }
    const moved = await commitMove(o, 'grab', actor, ctx, patch)
    await notify(await ownersToNotify(moved), 'accepted', moved, ctx.now)
    return orderView(moved, ctx)
  }
})
