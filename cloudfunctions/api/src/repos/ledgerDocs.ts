// The stored shapes of the time-bank ledger (collections ledger_accounts, ledger_postings, ledger_entries) and the
// pure steps that turn a posting into them. Only repos/ledger*.ts use these to read or write.
// Invariants kept by repos/ledger.ts, which writes all three in ONE transaction:
// - an account's `balance` equals the sum of its entries' minutes, and its newest entry's `balanceAfter`;
// - a posting and its entries are written once and never changed (a correction is another posting);
// - an account's entries have strictly increasing `at` (see entryTime), so newest-first by `at` is history order.
import { kindOf, type AccountKind, type AccountState, type Posting, type PostingKind } from '../../../../src/shared/domain/ledger'
import { formatShanghai } from '../../../../src/shared/time'

export interface Totals {
  earned: number
  spent: number
  transferredIn: number
  transferredOut: number
  donated: number
}

export interface AccountDoc extends AccountState {
  _id: string
  kind: AccountKind
  totals: Totals
  /** Minutes transferred out on the China-time day `day` (the daily cap counts these). */
  daily: { day: string; transferredOut: number }
  /** Pools: their community. Members: their community when the account was opened (informational). */
  communityId: string | null
  ownerOpenid: string | null
  /** Bumped by every write. */
  version: number
  createdAt: Date
  updatedAt: Date
}

export interface PostingDoc extends Omit<Posting, 'id'> {
  _id: string
  /** The community the posting belongs to: coordinators of it may reverse it. */
  communityId: string
  actorOpenid: string
  /** For a reversal: the kind of the posting it reverses (its effect on totals is undone). */
  undoes: PostingKind | null
  at: Date
}

export interface EntryDoc {
  _id: string
  account: string
  postingId: string
  kind: PostingKind
  minutes: number
  /** The account's balance right after this entry. */
  balanceAfter: number
  memo: string
  at: Date
  /** China-time month YYYY-MM, for the statement's month filter. */
  month: string
  communityId: string
}

const ZERO_TOTALS: Totals = { earned: 0, spent: 0, transferredIn: 0, transferredOut: 0, donated: 0 }

export function newAccount(id: string, communityId: string | null, now: Date): AccountDoc {
  const kind = kindOf(id)
  const owner = id.slice(id.indexOf(':') + 1)
  return {
    _id: id,
    kind,
    balance: 0,
    holds: {},
    totals: { ...ZERO_TOTALS },
    daily: { day: '', transferredOut: 0 },
    communityId: kind === 'member' ? communityId : owner,
    ownerOpenid: kind === 'member' ? owner : null,
    version: 0,
    createdAt: now,
    updatedAt: now
  }
}

/** Which total one entry of a posting of `kind` moves, and by how much (null: none). */
function effect(kind: PostingKind, minutes: number): [keyof Totals, number] | null {
  switch (kind) {
    case 'settle':
    case 'grant':
      return minutes > 0 ? ['earned', minutes] : ['spent', -minutes]
    case 'adjust':
      return ['earned', minutes] // a coordinator's correction of what was earned, either way
    case 'transfer':
      return minutes > 0 ? ['transferredIn', minutes] : ['transferredOut', -minutes]
    case 'donate':
    case 'overflow':
      return minutes < 0 ? ['donated', -minutes] : null
    default:
      return null
  }
}

/** Totals after one entry; a reversal undoes exactly what the entry it negates did. */
export function totalsAfter(t: Totals, kind: PostingKind, minutes: number, undoes: PostingKind | null): Totals {
  const e = kind === 'reverse' ? (undoes ? effect(undoes, -minutes) : null) : effect(kind, minutes)
  if (!e) return t
  const [field, amount] = e
  return { ...t, [field]: t[field] + (kind === 'reverse' ? -amount : amount) }
}

/**
 * The time stamped on a posting's entries: now, but later than each account's last change, so every account's
 * entries are strictly ordered by `at` even across cloud-function instances with skewed clocks. (Accounts
 * written by one posting are serialized by the transaction: a later writer saw the earlier one's updatedAt.)
 */
export function entryTime(now: Date, accounts: Iterable<AccountDoc>): Date {
  let ms = now.getTime()
  for (const a of accounts) ms = Math.max(ms, new Date(a.updatedAt).getTime() + 1)
  return new Date(ms)
}

export function entryDocs(p: Posting, after: ReadonlyMap<string, AccountState>, communityId: string, at: Date): EntryDoc[] {
  const month = formatShanghai(at, 'YYYY-MM')
  return p.entries.map((e, i) => ({
    _id: `${p.id}#${i}`,
    account: e.account,
    postingId: p.id,
    kind: p.kind,
    minutes: e.minutes,
    balanceAfter: after.get(e.account)!.balance,
    memo: p.memo,
    at,
    month,
    communityId
  }))
}
