// The order's community document (its time-bank rules set the storage cap): the caller's, already read by the
// router, when it is the same community; otherwise one read.
import { findCommunity, type CommunityDoc } from '../../repos/communities'
import type { OrderDoc } from '../../repos/orders'
import type { ActionContext } from '../define'

export async function communityOf(o: Pick<OrderDoc, 'communityId'>, ctx: Pick<ActionContext, 'community'>): Promise<CommunityDoc | null> {
  return ctx.community?._id === o.communityId ? ctx.community : findCommunity(o.communityId)
}
