// streets.assignCommunity — a platform admin puts an existing community (one made before streets, or the demo's) in
// a street, or moves it to another: from then on that street's admin runs it and its unaccepted orders escalate
// there. Orders already escalated to a street keep it (their streetId was fixed when armed). Audited with the
// street before and after; assigning the street it is in changes nothing.
import { AppError } from '../../../../../src/shared/errors'
import { recordAudit } from '../../repos/audit'
import { findCommunity, setStreetOf } from '../../repos/communities'
import { findStreet } from '../../repos/streets'
import { defineAction } from '../define'

export const assignCommunity = defineAction({
  action: 'streets.assignCommunity',
  allow: ['admin'],
  scope: 'global',
  async handler(input, ctx) {
    const [street, community] = await Promise.all([findStreet(input.streetId), findCommunity(input.communityId)])
    if (!street) throw new AppError('NOT_FOUND', { streetId: '街道不存在' })
    if (!community) throw new AppError('NOT_FOUND', { communityId: '社区不存在' })
    if (community.streetId === street._id) return { communityId: community._id, streetId: street._id }
    await setStreetOf(community._id, street._id, ctx.now)
    await recordAudit(
      {
        actorOpenid: ctx.openid,
        communityId: community._id,
        action: 'streets.assignCommunity',
        targetType: 'community',
        targetId: community._id,
        requestId: ctx.requestId,
        before: { streetId: community.streetId ?? null },
        after: { streetId: street._id }
      },
      ctx.now
    )
    return { communityId: community._id, streetId: street._id }
  }
})
