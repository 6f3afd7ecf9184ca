// Postings: the only way minutes move. A posting is a set of entries (account, ±minutes) that sums to zero; it has
// a fixed id derived from what caused it (`order:<id>:settle`, `transfer:<openid>:<requestId>`, …) so applying it
// twice is a no-op; entries are never edited — a correction is a reversal posting with the entries negated.
// Holds (minutes reserved for an order not yet served) are not postings: they live on the account, keyed by
// what they are for, and only limit what may be spent (available = balance − held).
import { mayGoNegative } from './accounts'

export const POSTING_KINDS = ['settle', 'transfer', 'donate', 'adjust', 'reverse', 'overflow', 'grant'] as const
export type PostingKind = (typeof POSTING_KINDS)[number]

export interface Entry {
  account: string
  minutes: number
}
export interface Posting {
  id: string
  kind: PostingKind
  entries: Entry[]
  memo: string
  reverses: string | null
}

export interface AccountState {
  balance: number
  holds: Record<string, number>
}

export class LedgerRuleError extends Error {
  constructor(
    readonly code: 'UNBALANCED' | 'INSUFFICIENT_HOURS' | 'BAD_AMOUNT',
    readonly account?: string
  ) {
    super(code)
  }
}

export const heldOf = (s: AccountState) => Object.values(s.holds).reduce((a, b) => a + b, 0)
export const availableOf = (s: AccountState) => s.balance - heldOf(s)
export const emptyAccount = (): AccountState => ({ balance: 0, holds: {} })

/** Entries are whole, non-zero minutes on distinct accounts and sum to zero. */
export function assertBalanced(entries: readonly Entry[]): void {
  if (entries.length < 2) throw new LedgerRuleError('UNBALANCED')
  const seen = new Set<string>()
  let sum = 0
  for (const e of entries) {
    if (!Number.isSafeInteger(e.minutes) || e.minutes === 0 || seen.has(e.account)) throw new LedgerRuleError('BAD_AMOUNT', e.account)
    seen.add(e.account)
    sum += e.minutes
  }
  if (sum !== 0) throw new LedgerRuleError('UNBALANCED')
}

/**
 * The accounts after the posting, or a LedgerRuleError. A member or pool account may not end below zero, and an
 * account this posting takes from may not dip into minutes held for something else — except the hold named by
 * `consumes`, which the posting settles (it is released in the same step).
 */
export function applyPosting(
  states: ReadonlyMap<string, AccountState>,
  p: Posting,
  consumes: { account: string; key: string } | null = null
): Map<string, AccountState> {
  assertBalanced(p.entries)
  const next = new Map(states)
  for (const e of p.entries) {
    const cur = states.get(e.account) ?? emptyAccount()
    const holds = { ...cur.holds }
    if (consumes && consumes.account === e.account) delete holds[consumes.key]
    const after: AccountState = { balance: cur.balance + e.minutes, holds }
    if (!mayGoNegative(e.account) && e.minutes < 0 && availableOf(after) < 0) throw new LedgerRuleError('INSUFFICIENT_HOURS', e.account)
    next.set(e.account, after)
  }
  if (consumes && !p.entries.some((e) => e.account === consumes.account)) {
    const cur = next.get(consumes.account) ?? emptyAccount()
    const holds = { ...cur.holds }
    delete holds[consumes.key]
    next.set(consumes.account, { ...cur, holds })
  }
  return next
}

/** Reserves `minutes` under `key` (idempotent: the same key twice is one hold); refused beyond what is available. */
export function placeHold(s: AccountState, key: string, minutes: number): AccountState {
  if (!Number.isSafeInteger(minutes) || minutes <= 0) throw new LedgerRuleError('BAD_AMOUNT')
  if (s.holds[key] !== undefined) return s
  if (availableOf(s) < minutes) throw new LedgerRuleError('INSUFFICIENT_HOURS')
  return { ...s, holds: { ...s.holds, [key]: minutes } }
}

/** Releases the hold `key` (idempotent: releasing what is not held changes nothing). */
export function releaseHold(s: AccountState, key: string): AccountState {
  if (s.holds[key] === undefined) return s
  const holds = { ...s.holds }
  delete holds[key]
  return { ...s, holds }
}

/** The correction of `p`: the same entries negated, under the id `reverse:<p.id>` (so it can happen once). */
export function reversalOf(p: Posting, memo: string): Posting {
  return { id: `reverse:${p.id}`, kind: 'reverse', entries: p.entries.map((e) => ({ account: e.account, minutes: -e.minutes })), memo, reverses: p.id }
}
