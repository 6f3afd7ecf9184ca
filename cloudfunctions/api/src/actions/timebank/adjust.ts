// timebank.adjust — a coordinator (or admin) corrects a member's hours, with a reason: + credits the member from
// their community's issuing account, − takes back to it (never below zero: INSUFFICIENT_HOURS). A credit above the
// member's storage cap overflows to the donation pool, as every credit does. Audited in the same transaction.
// Posting `adjust:<coordinator>:<requestId>`: a retry moves nothing and writes no second audit entry.
// Round trips: caller (router), member with community (1), the ledger transaction (… + audit).
import { AppError } from '../../../../../src/shared/errors'
import { accountId, splitByCap, type Entry, overflowNote } from '../../../../../src/shared/domain/ledger'
import { assertTextSafe } from '../../lib/contentCheck'
import { assertSameCommunity } from '../../lib/scope'
import { findCaller } from '../../repos/caller'
import { post } from '../../repos/ledger'
import { defineAction } from '../define'
import { rulesOf, unlessDone } from './view'

export const adjust = defineAction({
  action: 'timebank.adjust',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const id = `adjust:${ctx.openid}:${input.requestId}`
    await unlessDone(id, async () => {
      const m = await findCaller(input.userId)
      if (!m.user) throw new AppError('NOT_FOUND', { userId: '用户不存在' })
      if (!m.community) throw new AppError('NOT_IN_COMMUNITY', { userId: '该用户尚未加入社区' })
      assertSameCommunity(ctx, m.community._id)
      await assertTextSafe(ctx.openid, { reason: input.reason })
      const c = m.community._id
      const to = accountId.member(m.user._id)
      const cap = rulesOf(m.community).storageCapMinutes
      const build = (accounts: ReadonlyMap<string, { balance: number }>) => {
        const { kept, overflow } = input.minutes > 0 ? splitByCap(accounts.get(to)!.balance, input.minutes, cap) : { kept: input.minutes, overflow: 0 }
        const entries: Entry[] = [{ account: accountId.issuing(c), minutes: -input.minutes }]
        if (kept !== 0) entries.push({ account: to, minutes: kept })
        if (overflow > 0) entries.push({ account: accountId.donation(c), minutes: overflow })
        return { id, kind: 'adjust' as const, entries, memo: `调整：${input.reason}${overflowNote(overflow)}`, reverses: null }
      }
      const audit = {
        actorOpenid: ctx.openid,
        action: 'timebank.adjust',
        targetType: 'ledger_account',
        targetId: to,
        requestId: ctx.requestId,
        after: { postingId: id, minutes: input.minutes, reason: input.reason }
      }
      await post({ id, reads: [to], build }, { now: ctx.now, communityId: c, actorOpenid: ctx.openid, audit, memberCommunity: { [to]: c } })
    })
    return { postingId: id }
  }
})
