// Volunteer stats for ranking dispatch candidates (completed, withdrawn, rating), recomputed from the orders —
// the source of truth — rather than counted on every transition, so they can never drift for long. Two
// aggregates over orders, then one write per volunteer who has any counted order. Known gap: a volunteer whose
// only counted orders all left the aggregate (e.g. every one disputed) keeps their previous stats.
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
