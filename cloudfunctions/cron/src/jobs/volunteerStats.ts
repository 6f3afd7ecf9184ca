// Volunteer stats for ranking dispatch candidates (completed, withdrawn, rating), recomputed from the orders —
// the source of truth — rather than counted on every transition, so they can never drift for long. One
// aggregate per community page; writes only volunteers whose numbers changed.
import { orderStatsByVolunteer } from '../../../api/src/repos/orderStats'
import { setStatsByOpenid } from '../../../api/src/repos/volunteers'

export async function volunteerStats(now: Date): Promise<{ name: string; touched: number }> {
  let touched = 0
  for (const s of await orderStatsByVolunteer()) {
    await setStatsByOpenid(s.openid, { completed: s.completed, withdrawn: s.withdrawn, ratingSum: s.ratingSum, ratingCount: s.ratingCount, computedAt: now })
    touched++
  }
  return { name: 'volunteerStats', touched }
}
