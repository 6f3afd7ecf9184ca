// Who owns an order — acts as its `owner` in the transition table (confirm, cancel, dispute) and hears about it. A
// resident's order: the people stored on it (the resident and a family proxy). An order recorded for a registered
// beneficiary (orders.createFor): whoever coordinates the order's community NOW — a coordinator appointed after the
// order was made acts for the person and is told when a volunteer takes it; one whose role ended no longer does.
// The stored ownerOpenids of such an order stay a snapshot for listings only (orders.listMine).
import { coordinatorsOf } from '../../repos/coordinators'
import type { OrderDoc } from '../../repos/orders'
import type { ActionContext } from '../define'

export function isOwnerOf(o: Pick<OrderDoc, 'beneficiaryId' | 'ownerOpenids' | 'communityId'>, ctx: ActionContext): boolean {
  if (!o.beneficiaryId) return o.ownerOpenids.includes(ctx.openid)
  return !!ctx.user?.roles.includes('coordinator') && ctx.user.communityId === o.communityId
}

/** The owners to notify about a move (one read of the community's coordinators for a beneficiary's order). */
export async function ownersToNotify(o: Pick<OrderDoc, 'beneficiaryId' | 'ownerOpenids' | 'communityId'>): Promise<string[]> {
  return o.beneficiaryId ? coordinatorsOf(o.communityId) : o.ownerOpenids
}
