// points.account — the caller's 爱心积分 in their current community: the balance (unexpired lots, computed with the
// current date), each yearly lot with its last day, the soonest expiry, and the latest entries.
// Round trips: caller (router), account (1), entries (1), rate (1), in parallel.
import { balanceOf, expiredOf, isLotExpired, lotLastDay, lotLeft, nextExpiry } from '../../../../../src/shared/domain/points'
import { ROLES } from '../../../../../src/shared/domain/roles'
import { toUtcIso } from '../../../../../src/shared/time'
import { callerCommunity } from '../../lib/scope'
import { latestEntries, pointsAccountId, readPointsAccount, readPointsRate } from '../../repos/points'
import { defineAction } from '../define'

const RECENT = 20

export const account = defineAction({
  action: 'points.account',
  allow: ROLES,
  scope: 'self',
  async handler(_input, ctx) {
    const communityId = callerCommunity(ctx)
    const [acc, entries, rate] = await Promise.all([
      readPointsAccount(communityId, ctx.openid),
      latestEntries(pointsAccountId(communityId, ctx.openid), RECENT),
      readPointsRate(communityId)
    ])
    return {
      balance: balanceOf(acc.lots, ctx.now),
      pointsPerHour: rate,
      expired: expiredOf(acc.lots, ctx.now),
      lots: [...acc.lots]
        .sort((a, b) => b.year - a.year)
        .map((l) => ({ year: l.year, earned: l.earned, used: l.used, left: lotLeft(l), lastDay: lotLastDay(l.year), expired: isLotExpired(l, ctx.now) })),
      nextExpiry: nextExpiry(acc.lots, ctx.now),
      entries: entries.map((e) => ({ id: e._id, kind: e.kind, points: e.points, memo: e.memo, at: toUtcIso(e.at) }))
    }
  }
})
