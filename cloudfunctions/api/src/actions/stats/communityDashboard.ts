// One community's 工作台 figures, shared by stats.dashboard and stats.compare so a comparison row is the dashboard.
// Reads its two rollup documents and its issuing account by _id.
import type { Dashboard } from '../../../../../src/shared/contracts'
import { accountId } from '../../../../../src/shared/domain/ledger'
import { dashboardOf } from '../../../../../src/shared/domain/stats'
import type { CommunityDoc } from '../../repos/communities'
import { readAccount } from '../../repos/ledger'
import { readRollups } from '../../repos/statsRollups'

export async function communityDashboard(c: CommunityDoc, year: number, now: Date): Promise<Dashboard> {
  const [docs, issuing] = await Promise.all([readRollups(c._id, year), readAccount(accountId.issuing(c._id))])
  return dashboardOf({
    communityId: c._id,
    communityName: c.name,
    year,
    asOf: now,
    now: docs.now,
    yearDoc: docs.year,
    issuingBalance: issuing?.balance ?? 0,
    population: c.population ?? null
  })
}
