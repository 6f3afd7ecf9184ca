// Street-level reads of `orders` (街道工作台, 街道调度); the writes stay in repos/orders.ts. Both queries are
// covered by declared indexes (src/shared/db/manifest.ts): street_escalated and community_status_created.
import { OPEN_STATUSES, UNASSIGNED_STATUSES } from '../../../../src/shared/domain/order'
import { db, _ } from '../lib/cloud'
import { docsOf, totalOf } from '../lib/docs'
import type { OrderDoc } from './orderTypes'

const orders = () => db.collection('orders')
/** More than a street's admin can act on at once; the board says when it shows only the oldest this many. */
export const STREET_BOARD_MAX = 200

/** Orders escalated to the street and still waiting for a volunteer (pending, or dispatched and not yet accepted), oldest first. */
export async function streetEscalatedOpen(streetId: string, limit = STREET_BOARD_MAX): Promise<OrderDoc[]> {
  return docsOf<OrderDoc>(
    await orders()
      .where({ streetId, streetEscalated: true, status: _.in([...UNASSIGNED_STATUSES]) })
      .orderBy('createdAt', 'asc')
      .limit(limit)
      .get()
  )
}

/** How many of the community's orders are open (not yet finished). A count: no documents are read out. */
export async function countOpen(communityId: string): Promise<number> {
  return totalOf(
    orders()
      .where({ communityId, status: _.in([...OPEN_STATUSES]) })
      .count()
  )
}
