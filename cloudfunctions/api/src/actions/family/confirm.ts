// family.confirm — the member types the code from the requester's screen on their own WeChat: the link becomes
// active with memberOpenid = the caller. A wrong, used or expired code changes nothing (CONFIRM_CODE_INVALID);
// the requester cannot confirm their own request (that would prove nothing about the member).
import { AppError, messageFor } from '../../../../../src/shared/errors'
import { ROLES } from '../../../../../src/shared/domain/roles'
import { confirmLink, findPendingByCode } from '../../repos/familyLinks'
import { defineAction } from '../define'
import { linkView } from './view'

export const confirm = defineAction({
  action: 'family.confirm',
  allow: ROLES, // any signed-up user: the member may be a resident of any community
  scope: 'self',
  async handler(input, ctx) {
    const invalid = () => new AppError('CONFIRM_CODE_INVALID', { code: messageFor('CONFIRM_CODE_INVALID') })
    const link = await findPendingByCode(input.code)
    if (!link || !link.codeExpiresAt || new Date(link.codeExpiresAt).getTime() < ctx.now.getTime()) throw invalid()
    if (link.requesterOpenid === ctx.openid) throw new AppError('FORBIDDEN', { code: '确认码需要由家人在自己的微信上输入' })
    // Conditional on the code still waiting: of two people typing it at once, one wins.
    if (!(await confirmLink(link._id, input.code, ctx.openid, ctx.now))) throw invalid()
    return linkView({ ...link, status: 'active', memberOpenid: ctx.openid, confirmCode: null, codeExpiresAt: null, updatedAt: ctx.now }, ctx.openid)
  }
})
