// timebank.donate — the caller gives hours to their community's public pool (公益池), which pays for priority
// residents' orders (community_pool funding) — the point of giving hours. (The donation pool 捐赠池 only
// collects storage-cap overflow.) Posting `donate:<caller>:<requestId>`: a retry returns the same posting, moving nothing.
// Never below zero (INSUFFICIENT_HOURS, held minutes included). Hours never leave the ledger: no cash-out exists.
// Round trips: caller (router), the ledger transaction (start, posting, 2 accounts, posting, entries, 2 accounts, commit).
import { accountId } from '../../../../../src/shared/domain/ledger'
import { ROLES } from '../../../../../src/shared/domain/roles'
import { callerCommunity } from '../../lib/scope'
import { post } from '../../repos/ledger'
import { defineAction } from '../define'
import { accountAfter, accountView, rulesOf, unlessDone } from './view'

export const donate = defineAction({
  action: 'timebank.donate',
  allow: ROLES,
  scope: 'self',
  async handler(input, ctx) {
    const id = `donate:${ctx.openid}:${input.requestId}`
    const from = accountId.member(ctx.openid)
    const written = await unlessDone(id, async () => {
      const communityId = callerCommunity(ctx)
      const entries = [
        { account: from, minutes: -input.minutes },
        { account: accountId.pool(communityId), minutes: input.minutes }
      ]
      const res = await post(
        { id, kind: 'donate', entries, memo: '捐赠给社区', reverses: null },
        { now: ctx.now, communityId, actorOpenid: ctx.openid, memberCommunity: { [from]: communityId } }
      )
      return res.replayed ? null : res.accounts
    })
    return { postingId: id, account: accountView(await accountAfter(from, written), rulesOf(ctx.community), ctx.now) }
  }
})
