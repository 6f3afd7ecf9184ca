// The only code that writes the time-bank ledger (ledger_accounts, ledger_postings, ledger_entries; reads are in
// ledgerQueries.ts). Every change of minutes is post(): ONE transaction that reads the posting id and the
// accounts, decides with the shared domain (applyPosting: balanced, members and pools never below what they
// hold), then writes the posting, its entries and the accounts together. inTransaction retries the whole unit
// after a write conflict, so everything is read and decided inside it.
// Replay safety: a posting id that exists means "already done" — post() then writes nothing at all (no entry, no
// audit, no daily-cap count) and says so. Two racing first attempts both write the same posting document, so one
// of them conflicts, retries, and finds it.
import { AppError } from '../../../../src/shared/errors'
import { applyPosting, LedgerRuleError, placeHold, releaseHold, type AccountState, type Posting, type PostingKind } from '../../../../src/shared/domain/ledger'
import { recordAuditIn, type AuditEntry } from './audit'
import { entryDocs, entryTime, newAccount, totalsAfter, type AccountDoc, type PostingDoc } from './ledgerDocs'
import { inTransaction, readIn, type Tx } from './transaction'

export type { AccountDoc, PostingDoc } from './ledgerDocs'
export { readAccount, findPosting, reversedAmong, statement } from './ledgerQueries'

const ACCOUNTS = 'ledger_accounts'
const POSTINGS = 'ledger_postings'
const ENTRIES = 'ledger_entries'

/** A posting whose entries depend on balances read inside the transaction (storage cap, settlement). */
export interface PostingPlan {
  id: string
  /** Accounts `build` looks at; read first. Accounts the posting then names are read too. */
  reads: string[]
  /** null: nothing moves (e.g. a settlement of zero minutes) — no posting is written; a `consumes` hold is released. */
  build(accounts: ReadonlyMap<string, AccountDoc>): Posting | null
}

export interface PostOptions {
  now: Date
  /** The posting's community: its coordinators may reverse it; stamped on its entries. */
  communityId: string
  actorOpenid: string
  /** Count `account`'s outflow against its daily transfer cap for the China-time `day` (DAILY_CAP_REACHED). */
  dailyCap?: { account: string; day: string; capMinutes: number }
  /** The hold this posting settles: released in the same step (applyPosting's `consumes`). */
  consumes?: { account: string; key: string }
  /** A reversal: the kind of the posting it reverses, whose effect on totals is undone. */
  undoes?: PostingKind
  /** Written in the same transaction, only when the posting is new. */
  audit?: AuditEntry
  /** The community recorded on member accounts this posting opens. */
  memberCommunity?: Record<string, string | null>
}

export type PostResult = { replayed: true; posting: PostingDoc } | { replayed: false; posting: PostingDoc | null; accounts: ReadonlyMap<string, AccountDoc> }

export function post(source: Posting | PostingPlan, opts: PostOptions): Promise<PostResult> {
  const plan: PostingPlan = 'build' in source ? source : { id: source.id, reads: source.entries.map((e) => e.account), build: () => source }
  return inTransaction(async (t): Promise<PostResult> => {
    const existing = await readIn<PostingDoc>(t, POSTINGS, plan.id)
    if (existing) return { replayed: true, posting: existing }
    const docs = new Map<string, AccountDoc>()
    const load = async (ids: string[]) => {
      for (const id of ids)
        if (!docs.has(id)) docs.set(id, (await readIn<AccountDoc>(t, ACCOUNTS, id)) ?? newAccount(id, opts.memberCommunity?.[id] ?? null, opts.now))
    }
    await load(plan.reads)
    const p = plan.build(docs)
    if (!p) {
      const released = opts.consumes ? await releaseHoldIn(t, opts.consumes.account, opts.consumes.key, opts.now) : null
      return { replayed: false, posting: null, accounts: new Map(released ? [[released._id, released]] : []) }
    }
    if (p.id !== plan.id) throw new Error(`posting ${p.id} built for plan ${plan.id}`)
    const touched = [...new Set([...p.entries.map((e) => e.account), ...(opts.consumes ? [opts.consumes.account] : [])])]
    await load(touched)
    const before = new Map<string, AccountState>(touched.map((id) => [id, docs.get(id)!]))
    const after = checked(() => applyPosting(before, p, opts.consumes ?? null))
    const daily = dailyAfter(p, docs, opts.dailyCap)
    const at = entryTime(
      opts.now,
      touched.map((id) => docs.get(id)!)
    )
    const posting: PostingDoc = {
      _id: p.id,
      kind: p.kind,
      entries: p.entries,
      memo: p.memo,
      reverses: p.reverses,
      communityId: opts.communityId,
      actorOpenid: opts.actorOpenid,
      undoes: opts.undoes ?? null,
      at
    }
    // Accounts first: they are what concurrent postings contend for, so a conflict shows before other writes.
    const written = new Map<string, AccountDoc>()
    for (const id of touched) {
      const cur = docs.get(id)!
      const state = after.get(id)!
      const minutes = p.entries.find((e) => e.account === id)?.minutes ?? 0
      const totals = minutes ? totalsAfter(cur.totals, p.kind, minutes, opts.undoes ?? null) : cur.totals
      written.set(
        id,
        await writeAccount(t, { ...cur, balance: state.balance, holds: state.holds, totals, daily: daily?.account === id ? daily.value : cur.daily }, at)
      )
    }
    const { _id, ...postingData } = posting
    await t.collection(POSTINGS).doc(p.id).set({ data: postingData })
    await t.collection(ENTRIES).add({ data: entryDocs(p, after, opts.communityId, at) })
    if (opts.audit) await recordAuditIn(t, { communityId: opts.communityId, ...opts.audit }, opts.now)
    return { replayed: false, posting, accounts: written }
  })
}

/** The sender's daily counter after this posting, or DAILY_CAP_REACHED. Counted inside the transaction, so
 * simultaneous transfers cannot together pass the cap. */
function dailyAfter(p: Posting, docs: ReadonlyMap<string, AccountDoc>, cap: PostOptions['dailyCap']) {
  if (!cap) return null
  const out = Math.max(0, -(p.entries.find((e) => e.account === cap.account)?.minutes ?? 0))
  const cur = docs.get(cap.account)?.daily ?? { day: '', transferredOut: 0 }
  const used = cur.day === cap.day ? cur.transferredOut : 0
  if (used + out > cap.capMinutes) throw new AppError('DAILY_CAP_REACHED', { minutes: `今日还可转赠${Math.max(0, cap.capMinutes - used)}分钟` })
  return { account: cap.account, value: { day: cap.day, transferredOut: used + out } }
}

async function writeAccount(t: Tx, doc: AccountDoc, at: Date): Promise<AccountDoc> {
  const next = { ...doc, version: doc.version + 1, updatedAt: at }
  const { _id, ...data } = next
  await t.collection(ACCOUNTS).doc(_id).set({ data })
  return next
}

/** Domain rule violations as the API's codes; anything else (an unbalanced posting is a bug) propagates. */
function checked<T>(step: () => T): T {
  try {
    return step()
  } catch (e) {
    if (e instanceof LedgerRuleError && e.code === 'INSUFFICIENT_HOURS') throw new AppError('INSUFFICIENT_HOURS')
    if (e instanceof LedgerRuleError && e.code === 'BAD_AMOUNT') throw new AppError('BAD_INPUT', { minutes: '时长须为非零整数分钟' })
    throw e
  }
}

// ---- Holds: minutes reserved on an account for something not yet settled (an order), keyed by it ----------------
// Keys become field names (holds.<key>): they must not contain '.' or start with '$' (order ids are hex).

/** Reserves `minutes` under `key` inside the caller's transaction; the same key twice is one hold. */
export async function placeHoldIn(t: Tx, accountId: string, key: string, minutes: number, now: Date, communityId: string | null = null): Promise<AccountDoc> {
  const cur = (await readIn<AccountDoc>(t, ACCOUNTS, accountId)) ?? newAccount(accountId, communityId, now)
  const next = checked(() => placeHold(cur, key, minutes))
  return next === cur ? cur : writeAccount(t, { ...cur, holds: next.holds }, entryTime(now, [cur]))
}

/** Releases the hold `key` inside the caller's transaction; releasing what is not held changes nothing. */
export async function releaseHoldIn(t: Tx, accountId: string, key: string, now: Date): Promise<AccountDoc | null> {
  const cur = await readIn<AccountDoc>(t, ACCOUNTS, accountId)
  if (!cur) return null
  const next = releaseHold(cur, key)
  return next === cur ? cur : writeAccount(t, { ...cur, holds: next.holds }, entryTime(now, [cur]))
}

export const placeHoldOn = (accountId: string, key: string, minutes: number, now: Date, communityId: string | null = null) =>
  inTransaction((t) => placeHoldIn(t, accountId, key, minutes, now, communityId))
export const releaseHoldOn = (accountId: string, key: string, now: Date) => inTransaction((t) => releaseHoldIn(t, accountId, key, now))
