// stats.dashboard — 工作台: KPI figures for a year. A community's come from two rollup documents and its issuing
// account (hours in circulation = what it has put out), read by _id: the same three documents at 10 k and at 1 M
// records. Coordinators see their own community; admins may name any, or name none for all communities together
// (totals the nightly job writes, as of that night: no write contends for a city-wide document).
import { AppError } from '../../../../../src/shared/errors'
import { accountId } from '../../../../../src/shared/domain/ledger'
import { dashboardOf } from '../../../../../src/shared/domain/stats'
import { formatShanghai } from '../../../../../src/shared/time'
import { findCommunity } from '../../repos/communities'
import { readAccount } from '../../repos/ledger'
import { ALL } from '../../repos/statsRebuild'
import { readRollups } from '../../repos/statsRollups'
import { defineAction } from '../define'

export const dashboard = defineAction({
  action: 'stats.dashboard',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const isAdmin = ctx.user!.roles.includes('admin')
    const year = input.year ?? Number(formatShanghai(ctx.now, 'YYYY'))
    if (isAdmin && !input.communityId) {
      const all = await readRollups(ALL, year)
      const asOf = all.now?.asOf ? new Date(all.now.asOf) : ctx.now
      return dashboardOf({
        communityId: ALL,
        communityName: '全部社区',
        year,
        asOf,
        now: all.now,
        yearDoc: all.year,
        issuingBalance: -(all.now?.circulationMinutes ?? 0)
      })
    }
    const communityId = input.communityId ?? ctx.user!.communityId
    if (!communityId) throw new AppError('NOT_FOUND')
    if (!isAdmin && communityId !== ctx.user!.communityId) throw new AppError('FORBIDDEN')
    const [docs, issuing] = await Promise.all([readRollups(communityId, year), readAccount(accountId.issuing(communityId))])
    // The name: the caller's own community is already read with them; the rebuild stores it on the gauges.
    let communityName = ctx.community?._id === communityId ? ctx.community.name : docs.now?.communityName
    if (!communityName) communityName = (await findCommunity(communityId))?.name
    if (!communityName) throw new AppError('NOT_FOUND')
    return dashboardOf({ communityId, communityName, year, asOf: ctx.now, now: docs.now, yearDoc: docs.year, issuingBalance: issuing?.balance ?? 0 })
  }
})
