// The posting that pays for a served order, by who funds it:
// - own_hours: the resident pays from their hold plus available minutes; what they cannot cover is paid by the
//   community's issuing account (public service), never by driving a member below zero;
// - community_pool: the pool pays what it has, the issuing account the rest;
// - public_service: the issuing account pays.
// The volunteer is credited up to the storage cap; the rest overflows to the donation pool (they are told).
// Id `order:<id>:settle` makes it happen once. Zero minutes → no posting (and the hold is simply released).
import { accountId } from './accounts'
import { availableOf, type AccountState, type Entry, type Posting } from './postings'
import { overflowNote, splitByCap } from './rules'

export interface SettleFacts {
  orderId: string
  communityId: string
  funding: 'own_hours' | 'community_pool' | 'public_service'
  payerOpenid: string
  volunteerOpenid: string
  minutes: number
  /** The key of the resident's hold for this order (released by the settlement). */
  holdKey: string
  /** What the statement shows, e.g. 探访老人 1123-3F9A (defaults to the order id). */
  title?: string
}

export function settlementPosting(f: SettleFacts, payer: AccountState, pool: AccountState, volunteer: AccountState, capMinutes: number): Posting | null {
  if (f.minutes <= 0) return null
  // Serving oneself from one's own hours moves nothing (and must not trip the storage cap either way). The order
  // flow never lets a volunteer take their own order; this keeps the rule whole on its own.
  if (f.funding === 'own_hours' && f.payerOpenid === f.volunteerOpenid) return null
  const from = new Map<string, number>()
  const take = (account: string, minutes: number) => minutes > 0 && from.set(account, (from.get(account) ?? 0) + minutes)
  let due = f.minutes
  if (f.funding === 'own_hours') {
    const canPay = Math.max(0, availableOf(payer) + (payer.holds[f.holdKey] ?? 0))
    const paid = Math.min(due, canPay)
    take(accountId.member(f.payerOpenid), paid)
    due -= paid
  } else if (f.funding === 'community_pool') {
    const paid = Math.min(due, Math.max(0, availableOf(pool)))
    take(accountId.pool(f.communityId), paid)
    due -= paid
  }
  take(accountId.issuing(f.communityId), due)
  const { kept, overflow } = splitByCap(volunteer.balance, f.minutes, capMinutes)
  const entries: Entry[] = [...from].map(([account, minutes]) => ({ account, minutes: -minutes }))
  const credit = (account: string, minutes: number) => {
    if (minutes <= 0) return
    const same = entries.find((e) => e.account === account)
    if (same) same.minutes += minutes
    else entries.push({ account, minutes })
  }
  credit(accountId.member(f.volunteerOpenid), kept)
  credit(accountId.donation(f.communityId), overflow)
  const nonZero = entries.filter((e) => e.minutes !== 0)
  if (nonZero.length < 2) return null // e.g. a volunteer serving themself: nothing moves
  return {
    id: `order:${f.orderId}:settle`,
    kind: 'settle',
    entries: nonZero,
    memo: `服务订单 ${f.title ?? f.orderId}${overflowNote(overflow)}`,
    reverses: null
  }
}
