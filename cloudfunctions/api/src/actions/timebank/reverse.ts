// timebank.reverse — a coordinator (or admin) corrects a posting of their community by posting its exact
// negation, `reverse:<postingId>`, with a reason; entries are never edited. Once only: the reversal's id exists
// → ALREADY_REVERSED. A reversal is itself never reversed (CANNOT_REVERSE): post a new adjustment instead. A
// reversal that would take a member or pool below zero (they spent the hours meanwhile) is refused with
// INSUFFICIENT_HOURS, nothing changed. The storage cap does not apply: a reversal restores, exactly. Audited in
// the same transaction.
// Round trips: caller (router), the posting (1), the ledger transaction (… + audit).
import { AppError } from '../../../../../src/shared/errors'
import { reversalOf } from '../../../../../src/shared/domain/ledger'
import { assertTextSafe } from '../../lib/contentCheck'
import { assertSameCommunity } from '../../lib/scope'
import { findPosting, post } from '../../repos/ledger'
import { defineAction } from '../define'

export const reverse = defineAction({
  action: 'timebank.reverse',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const original = await findPosting(input.postingId)
    if (!original) throw new AppError('NOT_FOUND', { postingId: '记录不存在' })
    assertSameCommunity(ctx, original.communityId)
    if (original.kind === 'reverse') throw new AppError('CANNOT_REVERSE', { postingId: '冲正记录不能再冲正' })
    await assertTextSafe(ctx.openid, { reason: input.reason })
    const reversal = reversalOf({ ...original, id: original._id }, `冲正：${input.reason}`)
    const audit = {
      actorOpenid: ctx.openid,
      action: 'timebank.reverse',
      targetType: 'ledger_posting',
      targetId: original._id,
      requestId: ctx.requestId,
      after: { postingId: reversal.id, reason: input.reason }
    }
    const res = await post(reversal, { now: ctx.now, communityId: original.communityId, actorOpenid: ctx.openid, undoes: original.kind, audit })
    if (res.replayed) throw new AppError('ALREADY_REVERSED')
    return { postingId: reversal.id }
  }
})
