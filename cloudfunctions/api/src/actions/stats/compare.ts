// stats.compare — a street's communities side by side (KPI table + chart on the street admin's page). A street
// admin compares their own street (naming another is FORBIDDEN); a platform admin names the street. Each row is
// compareRowOf() of exactly the figures that community's 工作台 shows (communityDashboard), 常住人口-based when set.
// Round trips: the street (1), its communities (1), then three reads per community, in parallel.
import { AppError } from '../../../../../src/shared/errors'
import { compareRowOf } from '../../../../../src/shared/domain/stats'
import { formatShanghai } from '../../../../../src/shared/time'
import { callerStreet } from '../../lib/scope'
import { communitiesOfStreet } from '../../repos/communities'
import { findStreet } from '../../repos/streets'
import { defineAction } from '../define'
import { communityDashboard } from './communityDashboard'

export const compare = defineAction({
  action: 'stats.compare',
  allow: ['admin', 'street_admin'],
  scope: 'street',
  async handler(input, ctx) {
    const year = input.year ?? Number(formatShanghai(ctx.now, 'YYYY'))
    let streetId: string
    if (ctx.user!.roles.includes('admin')) {
      if (!input.streetId) throw new AppError('BAD_INPUT', { streetId: '请选择要比较的街道' })
      streetId = input.streetId
    } else {
      streetId = callerStreet(ctx)
      if (input.streetId && input.streetId !== streetId) throw new AppError('FORBIDDEN')
    }
    const street = await findStreet(streetId)
    if (!street) throw new AppError('NOT_FOUND', { streetId: '街道不存在' })
    const communities = await communitiesOfStreet(street._id)
    const rows = await Promise.all(communities.map(async (c) => compareRowOf(await communityDashboard(c, year, ctx.now))))
    return { streetId: street._id, streetName: street.name, year, rows }
  }
})
