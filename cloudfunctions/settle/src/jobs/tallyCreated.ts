// Counts new orders on the 工作台 (ordersCreated, per category) after the create request has answered, so that
// request stays within its round trips. Each order is claimed by one conditional update (tally 'due' → absent)
// before its increment, so concurrent workers count it once. A worker that dies between the claim and the
// increment loses that one count; the nightly rebuild (statsDrift) restores it, as for any lost increment.
import { orderCreatedBumps } from '../../../../src/shared/domain/stats'
import { claimTally, untallied } from '../../../api/src/repos/orders'
import { applyBumps } from '../../../api/src/repos/statsRollups'

const BATCH = 200

export async function tallyCreated(now: Date): Promise<{ name: string; touched: number }> {
  let touched = 0
  for (const o of await untallied(BATCH)) {
    if (!(await claimTally(o._id))) continue
    await applyBumps(o.communityId, orderCreatedBumps(o), now)
    touched++
  }
  return { name: 'tallyCreated', touched }
}
