// stats.dashboard — 工作台: KPI figures for a year. A community's come from two rollup documents and its issuing
// account (hours in circulation = what it has put out), read by _id: the same three documents at 10 k and at 1 M
// records. Coordinators see their own community; street admins any community of their street (naming one is
// required); admins may name any, or name none for all communities together (totals the nightly job writes, as of
// that night: no write contends for a city-wide document). The share of residents who volunteer is taken of the
// community's 常住人口 when it is recorded (dashboardOf).
import { AppError } from '../../../../../src/shared/errors'
import { dashboardOf } from '../../../../../src/shared/domain/stats'
import { formatShanghai } from '../../../../../src/shared/time'
import { managedCommunity } from '../../lib/managed'
import { ALL } from '../../repos/statsRebuild'
import { readRollups } from '../../repos/statsRollups'
import { defineAction } from '../define'
import { communityDashboard } from './communityDashboard'

export const dashboard = defineAction({
  action: 'stats.dashboard',
  allow: ['coordinator', 'admin', 'street_admin'],
  scope: 'community',
  async handler(input, ctx) {
    const roles = ctx.user!.roles
    const year = input.year ?? Number(formatShanghai(ctx.now, 'YYYY'))
    if (roles.includes('admin') && !input.communityId) {
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
    // A coordinator's own community without naming it; a street admin names one of their street (lib/managed.ts).
    if (!input.communityId && !roles.includes('coordinator')) throw new AppError('BAD_INPUT', { communityId: '请选择要查看的社区' })
    const community = await managedCommunity(ctx, input.communityId)
    return communityDashboard(community, year, ctx.now)
  }
})
