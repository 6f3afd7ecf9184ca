// volunteers.review — a coordinator of the volunteer's community approves (issuing the volunteer number and the
// volunteer role) or rejects with a reason. A minor's approval needs the guardian's consent verified first.
// Concurrent reviews of one registration: exactly one takes effect, the others get REVIEW_NOT_PENDING.
import { AppError, messageFor } from '../../../../../src/shared/errors'
import { approveVolunteer } from '../../repos/approvals'
import { recordAudit } from '../../repos/audit'
import { findCommunity } from '../../repos/communities'
import { rejectVolunteer } from '../../repos/volunteers'
import { defineAction } from '../define'
import { adminView } from './views'
import { volunteerInScope } from './inScope'

export const review = defineAction({
  action: 'volunteers.review',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const v = await volunteerInScope(ctx, input.volunteerId)
    if (v.status !== 'pending') throw new AppError('REVIEW_NOT_PENDING')
    const audit = {
      actorOpenid: ctx.openid,
      communityId: v.communityId,
      action: 'volunteers.review',
      targetType: 'volunteer',
      targetId: v._id,
      requestId: ctx.requestId
    }
    if (input.decision === 'reject') {
      const reason = input.reason?.trim()
      if (!reason) throw new AppError('REASON_REQUIRED', { reason: messageFor('REASON_REQUIRED') })
      if (!(await rejectVolunteer(v._id, reason, ctx.openid, ctx.now))) throw new AppError('REVIEW_NOT_PENDING')
      await recordAudit({ ...audit, before: { status: 'pending' }, after: { status: 'rejected', reason } }, ctx.now)
      return adminView({ ...v, status: 'rejected', rejectReason: reason, reviewedBy: ctx.openid, reviewedAt: ctx.now }, ctx.now)
    }
    if (v.guardian && !v.guardian.verified && !input.guardianVerified)
      throw new AppError('GUARDIAN_NOT_VERIFIED', { guardianVerified: messageFor('GUARDIAN_NOT_VERIFIED') })
    const community = await findCommunity(v.communityId)
    if (!community) throw new AppError('NOT_FOUND')
    const volunteerNo = await approveVolunteer(v, community.code, ctx.openid, ctx.now, input.guardianVerified === true)
    await recordAudit({ ...audit, before: { status: 'pending' }, after: { status: 'approved', volunteerNo } }, ctx.now)
    const guardian = v.guardian ? { ...v.guardian, verified: true } : null
    return adminView({ ...v, status: 'approved', volunteerNo, guardian, reviewedBy: ctx.openid, reviewedAt: ctx.now }, ctx.now)
  }
})
