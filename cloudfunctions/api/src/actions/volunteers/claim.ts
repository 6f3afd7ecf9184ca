// volunteers.claim — a WeChat user takes over the record a roster import made for them (认领志愿者身份) by
// confirming name, ID number and phone exactly as the roster has them. Every mismatch is the same error
// (ROSTER_CLAIM_NO_MATCH), so the action answers no question about who is on a roster; attempts are rate-limited
// (5 a day per person). A replay by the claimant returns the same answer. Round trips: caller (router), rate
// limit, record by idHash, the records to move, then one transaction (volunteer, user, records, total, audit).
import { parseIdNumber } from '../../../../../src/shared/domain/idcard'
import { AppError } from '../../../../../src/shared/errors'
import { shanghaiDay } from '../../../../../src/shared/time'
import { hashIdNumber } from '../../lib/idCrypto'
import { findCommunity } from '../../repos/communities'
import { claimRecord, findVolunteerByIdHash, isRosterKey, recordIdsOf } from '../../repos/roster'
import { pageOfRecords } from '../../repos/recordQueries'
import type { VolunteerDoc } from '../../repos/volunteers'
import { defineAction } from '../define'
import type { ActionContext } from '../define'

async function answer(v: VolunteerDoc, ctx: ActionContext) {
  const community = ctx.community?._id === v.communityId ? ctx.community : await findCommunity(v.communityId)
  const { totalMinutes } = await pageOfRecords(ctx.openid, { offset: 0, limit: 1 })
  return { volunteerId: v._id, volunteerNo: v.volunteerNo, communityName: community?.name ?? '', pastMinutes: totalMinutes }
}

export const claim = defineAction({
  action: 'volunteers.claim',
  allow: ['resident'],
  scope: 'self',
  personal: true,
  rateLimit: 'volunteers.claim',
  async handler(input, ctx) {
    const parsed = parseIdNumber(input.idNumber, shanghaiDay(ctx.now))
    if (!parsed.ok) throw new AppError('ROSTER_CLAIM_NO_MATCH')
    const idHash = hashIdNumber(parsed.info.number)
    const mine = ctx.volunteer
    if (mine?.roster && mine.idHash === idHash) return answer(mine, ctx) // a replay of the claim that succeeded
    if (mine) throw new AppError('ROSTER_CLAIM_HAS_RECORD')
    const v = await findVolunteerByIdHash(idHash)
    if (!v?.roster || v.realName !== input.realName || v.phone !== input.phone) throw new AppError('ROSTER_CLAIM_NO_MATCH')
    if (!isRosterKey(v.openid)) throw new AppError('ROSTER_ALREADY_CLAIMED')
    if (ctx.user?.communityId && ctx.user.communityId !== v.communityId) throw new AppError('ROSTER_CLAIM_OTHER_COMMUNITY')
    const audit = {
      actorOpenid: ctx.openid,
      communityId: v.communityId,
      action: 'volunteers.claim',
      targetType: 'volunteer',
      targetId: v._id,
      requestId: ctx.requestId,
      before: { claimed: false },
      after: { claimed: true, volunteerNo: v.volunteerNo }
    }
    if (!(await claimRecord(v, ctx.openid, await recordIdsOf(v.openid), audit, ctx.now))) {
      const now = await findVolunteerByIdHash(idHash)
      if (now?.openid === ctx.openid) return answer(now, ctx) // a concurrent copy of this claim won
      throw new AppError('ROSTER_ALREADY_CLAIMED')
    }
    return answer({ ...v, openid: ctx.openid }, ctx)
  }
})
