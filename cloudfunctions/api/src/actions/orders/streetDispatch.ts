// Dispatch at the street level (街道): once the escalateStreet job has marked an order (nobody took it within the
// community's SLA, then the street's), the admin of its street may dispatch it — the one move they make on orders,
// as the table's 'coordinator' would — and to an approved volunteer of ANY community of the street; a platform
// admin may do the same. Before that mark the order is its community's alone. The street's communities are read
// here (one query, index street) for the shared eligibility rule (domain/order/eligibility.ts).
import { AppError } from '../../../../../src/shared/errors'
import { canMove, type OrderActor } from '../../../../../src/shared/domain/order'
import { runsStreetOf } from '../../lib/scope'
import { communitiesOfStreet } from '../../repos/communities'
import type { OrderDoc } from '../../repos/orders'
import type { ActionContext } from '../define'

/** Is this a dispatch at the street level: the order is escalated to its street and the caller may act there? */
export function isStreetDispatch(o: OrderDoc, ctx: ActionContext): boolean {
  if (!o.streetEscalated || !o.streetId) return false
  return !!ctx.user?.roles.includes('admin') || runsStreetOf(ctx, { streetId: o.streetId })
}

/** The street admin's capacity for the dispatch: the table's 'coordinator', if the status still allows it. */
export function streetActor(o: OrderDoc): OrderActor {
  if (!canMove('dispatch', o.status, 'coordinator')) throw new AppError('ORDER_MOVE_NOT_ALLOWED')
  return 'coordinator'
}

/** The communities whose volunteers may serve the order at the street level. */
export async function streetCommunitiesOf(o: OrderDoc): Promise<string[]> {
  return (await communitiesOfStreet(o.streetId!)).map((c) => c._id)
}
