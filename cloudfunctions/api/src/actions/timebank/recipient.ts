// Who may receive a transfer from the caller: a family member linked by an ACTIVE link in either direction (the
// caller acts for them, or they act for the caller), or — when the caller's community allows transfers to
// anyone — any user of the same community. Never oneself.
import { AppError } from '../../../../../src/shared/errors'
import type { TimebankRules } from '../../../../../src/shared/domain/ledger'
import { findCaller, type CallerDocs } from '../../repos/caller'
import { linksOfMember, linksOfRequester } from '../../repos/familyLinks'
import type { ActionContext } from '../define'

/** The recipient's user and community (one round trip), or TRANSFER_NOT_ALLOWED / NOT_FOUND. */
export async function allowedRecipient(
  ctx: ActionContext,
  toOpenid: string,
  rules: TimebankRules
): Promise<CallerDocs & { user: NonNullable<CallerDocs['user']> }> {
  if (toOpenid === ctx.openid) throw new AppError('TRANSFER_NOT_ALLOWED', { toUserId: '不能转赠给自己' })
  const to = await findCaller(toOpenid)
  if (!to.user) throw new AppError('NOT_FOUND', { toUserId: '收款人不存在' })
  const sameCommunity = !!ctx.user?.communityId && to.user.communityId === ctx.user.communityId
  if (rules.transferTo === 'anyone' && sameCommunity) return { ...to, user: to.user }
  if (await activeFamily(ctx.openid, toOpenid)) return { ...to, user: to.user }
  throw new AppError('TRANSFER_NOT_ALLOWED', { toUserId: rules.transferTo === 'anyone' ? '只能转赠给本社区成员或已绑定的家人' : '只能转赠给已绑定的家人' })
}

/** An active link between the two, either way round (indexes requester and member; both read at once). */
async function activeFamily(a: string, b: string): Promise<boolean> {
  const [asRequester, asMember] = await Promise.all([linksOfRequester(a), linksOfMember(a)])
  return asRequester.some((l) => l.status === 'active' && l.memberOpenid === b) || asMember.some((l) => l.status === 'active' && l.requesterOpenid === b)
}
