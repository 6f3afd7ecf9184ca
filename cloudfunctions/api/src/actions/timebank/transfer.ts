// timebank.transfer — the caller gives some of their hours to a family member (or, if their community allows, to
// anyone in it). Posting `transfer:<caller>:<requestId>`: a retry of the same request returns the same posting and
// moves nothing. Rules, all decided inside the ledger transaction: never below zero (INSUFFICIENT_HOURS), the
// caller's community's daily cap per China-time day (DAILY_CAP_REACHED), and the recipient's community's storage
// cap — what would exceed it goes to that community's donation pool in the same posting.
// Round trips: caller (router), recipient with community (1), family links (2, read at once; skipped when the
// community allows anyone), the ledger transaction (start, posting, 2–3 accounts, posting, entries, 2–3 accounts,
// commit).
import { accountId, splitByCap, type Entry, overflowNote } from '../../../../../src/shared/domain/ledger'
import { ROLES } from '../../../../../src/shared/domain/roles'
import { shanghaiDay } from '../../../../../src/shared/time'
import { assertTextSafe } from '../../lib/contentCheck'
import { callerCommunity } from '../../lib/scope'
import { post } from '../../repos/ledger'
import { defineAction } from '../define'
import { allowedRecipient } from './recipient'
import { accountAfter, accountView, rulesOf, unlessDone } from './view'

export const transfer = defineAction({
  action: 'timebank.transfer',
  rateLimit: 'timebank.transfer',
  allow: ROLES,
  scope: 'self',
  async handler(input, ctx) {
    const id = `transfer:${ctx.openid}:${input.requestId}`
    const from = accountId.member(ctx.openid)
    const rules = rulesOf(ctx.community)
    const written = await unlessDone(id, async () => {
      const communityId = callerCommunity(ctx)
      await assertTextSafe(ctx.openid, { note: input.note })
      const to = await allowedRecipient(ctx, input.toUserId, rules)
      const toAccount = accountId.member(to.user._id)
      const cap = rulesOf(to.community).storageCapMinutes
      const pool = accountId.donation(to.community?._id ?? communityId)
      const build = (accounts: ReadonlyMap<string, { balance: number }>) => {
        const { kept, overflow } = splitByCap(accounts.get(toAccount)!.balance, input.minutes, cap)
        const entries: Entry[] = [{ account: from, minutes: -input.minutes }]
        if (kept > 0) entries.push({ account: toAccount, minutes: kept })
        if (overflow > 0) entries.push({ account: pool, minutes: overflow })
        return { id, kind: 'transfer' as const, entries, memo: `${input.note ? `转赠：${input.note}` : '转赠'}${overflowNote(overflow)}`, reverses: null }
      }
      const res = await post(
        { id, reads: [toAccount], build },
        {
          now: ctx.now,
          communityId,
          actorOpenid: ctx.openid,
          dailyCap: { account: from, day: shanghaiDay(ctx.now), capMinutes: rules.dailyTransferCapMinutes },
          memberCommunity: { [from]: communityId, [toAccount]: to.user.communityId }
        }
      )
      return res.replayed ? null : res.accounts
    })
    return { postingId: id, account: accountView(await accountAfter(from, written), rules, ctx.now) }
  }
})
