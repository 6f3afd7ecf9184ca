// Nightly: recompute every community's 工作台 rollups from raw data, record any drift (stats_drift, and the
// count on the dashboard) and repair it; then write the all-communities totals admins see. Drift means a live bump
// was lost (a process died between an order's move and its bump) or data was changed outside the actions; it
// should be zero on a healthy night.
import { accountId } from '../../../../src/shared/domain/ledger'
import { mergeBumps, type Bumps } from '../../../../src/shared/domain/stats'
import { readAccount } from '../../../api/src/repos/ledger'
import { communityIdsAfter, rebuildRollups, writeAllCommunities } from '../../../api/src/repos/statsRebuild'

export async function statsDrift(now: Date): Promise<{ name: string; touched: number }> {
  let drifted = 0
  let communities = 0
  let circulation = 0
  const totals: Bumps = {}
  let last = ''
  for (;;) {
    const ids = await communityIdsAfter(last, 100)
    for (const id of ids) {
      const report = await rebuildRollups(id, now)
      if (report.fields > 0) drifted++
      mergeBumps(totals, report.counters)
      circulation += Math.max(0, -((await readAccount(accountId.issuing(id)))?.balance ?? 0))
      communities++
    }
    if (ids.length < 100) break
    last = ids[ids.length - 1]
  }
  await writeAllCommunities(totals, circulation, communities, now)
  if (drifted) console.warn(JSON.stringify({ level: 'warn', job: 'statsDrift', communitiesWithDrift: drifted }))
  return { name: 'statsDrift', touched: drifted }
}
