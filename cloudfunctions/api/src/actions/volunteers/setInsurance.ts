// volunteers.setInsurance — a coordinator records a volunteer's accident insurance (条例 art 17): risky services
// (catalogue flag) are offered only to volunteers insured on the day. Null clears it. Audited.
import { recordAudit } from '../../repos/audit'
import { setInsurance as store } from '../../repos/volunteers'
import { defineAction } from '../define'
import { adminView } from './views'
import { volunteerInScope } from './inScope'

export const setInsurance = defineAction({
  action: 'volunteers.setInsurance',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const v = await volunteerInScope(ctx, input.volunteerId)
    // Insured through the end of that day, China time.
    const until = input.insuredUntil ? new Date(`${input.insuredUntil}T23:59:59.999+08:00`) : null
    await store(v._id, until, ctx.now)
    await recordAudit(
      {
        actorOpenid: ctx.openid,
        communityId: v.communityId,
        action: 'volunteers.setInsurance',
        targetType: 'volunteer',
        targetId: v._id,
        requestId: ctx.requestId,
        before: { insuredUntil: v.insuredUntil ?? null },
        after: { insuredUntil: until }
      },
      ctx.now
    )
    return adminView({ ...v, insuredUntil: until }, ctx.now)
  }
})
