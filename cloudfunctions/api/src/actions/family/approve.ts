// family.approve — a coordinator of the requester's community, having verified in person, approves or rejects a
// link for a member without a phone. Decision and audit entry land together; only a pending_coordinator link
// can be decided, once (NOT_PENDING otherwise); nobody decides their own request.
import { AppError } from '../../../../../src/shared/errors'
import { assertSameCommunity } from '../../lib/scope'
import { recordAuditIn } from '../../repos/audit'
import { decideLinkIn, findLink, readLinkIn } from '../../repos/familyLinks'
import { inTransaction } from '../../repos/transaction'
import { defineAction } from '../define'
import { linkView } from './view'

export const approve = defineAction({
  action: 'family.approve',
  allow: ['coordinator'],
  scope: 'community',
  async handler(input, ctx) {
    const found = await findLink(input.linkId)
    if (!found) throw new AppError('NOT_FOUND', { linkId: '家人代办申请不存在' })
    assertSameCommunity(ctx, found.communityId)
    if (found.requesterOpenid === ctx.openid) throw new AppError('FORBIDDEN', { linkId: '不能审核自己提交的申请，请由其他协调员审核' })
    const status = input.decision === 'approve' ? 'active' : 'rejected'
    const decided = await inTransaction(async (t) => {
      const link = await readLinkIn(t, found._id)
      if (!link || link.status !== 'pending_coordinator') throw new AppError('NOT_PENDING')
      await decideLinkIn(t, link._id, status, ctx.openid, ctx.now)
      const audit = {
        actorOpenid: ctx.openid,
        communityId: found.communityId,
        action: 'family.approve',
        targetType: 'family_link',
        targetId: link._id,
        requestId: ctx.requestId
      }
      await recordAuditIn(t, { ...audit, before: { status: link.status }, after: { status } }, ctx.now)
      return { ...link, status, decidedBy: ctx.openid, decidedAt: ctx.now, updatedAt: ctx.now } as const
    })
    return linkView(decided, ctx.openid)
  }
})
