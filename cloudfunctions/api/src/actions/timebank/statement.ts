// timebank.statement — the caller's own entries, newest first, each with the balance right after it; filtered by
// posting kind and China-time month, paged by offset. `reversed` marks entries whose posting was later reversed
// (a `reverse:<postingId>` posting exists), found for the whole page in one query.
// Round trips: caller (router), entries page (1, index account_at / account_kind_at / account_month_at),
// reversals of the page (1, primary key; skipped for an empty page).
import { accountId } from '../../../../../src/shared/domain/ledger'
import { ROLES } from '../../../../../src/shared/domain/roles'
import { toUtcIso } from '../../../../../src/shared/time'
import { reversedAmong, statement as entriesOf } from '../../repos/ledger'
import { defineAction } from '../define'

export const statement = defineAction({
  action: 'timebank.statement',
  allow: ROLES,
  scope: 'self',
  async handler(input, ctx) {
    const { items, hasMore } = await entriesOf(accountId.member(ctx.openid), { kind: input.kind, month: input.month }, input.offset, input.limit)
    const reversed = await reversedAmong(items.map((e) => e.postingId))
    return {
      items: items.map((e) => ({
        postingId: e.postingId,
        kind: e.kind,
        minutes: e.minutes,
        balanceAfter: e.balanceAfter,
        memo: e.memo,
        at: toUtcIso(e.at),
        reversed: reversed.has(e.postingId)
      })),
      hasMore
    }
  }
})
