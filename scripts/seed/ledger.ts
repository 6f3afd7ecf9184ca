// The time-bank side of one community's finished orders, as repos/ledger.ts post() would have left it: one
// `order:<id>:settle` posting per settled order (issuing account → volunteer, public service), its two entries
// with running `balanceAfter`, and the accounts. Invariants kept (repos/ledgerDocs.ts): balances sum to zero;
// an account's balance equals its entries' sum and its newest entry's balanceAfter; each account's entries have
// strictly increasing `at` (settlements are replayed in time order, a millisecond apart at least).
// Also the record_totals of the community's volunteers (repos/records.ts: minutes, records, participant marks).
import { SERVICE_CATEGORY_LABELS, type BuiltinCategory } from '../../src/shared/contracts/fields'
import { accountId } from '../../src/shared/domain/ledger'
import { seenKeys } from '../../src/shared/domain/stats'
import { formatShanghai } from '../../src/shared/time'
import type { Settled } from './orders'

type Change = { coll: string; id: string; doc: Record<string, unknown> }
const ZERO = () => ({ earned: 0, spent: 0, transferredIn: 0, transferredOut: 0, donated: 0 })

export function ledgerDocs(communityId: string, settled: Settled[], openedAt: Date): Change[] {
  const out: Change[] = []
  const accounts = new Map<string, any>()
  const account = (id: string, owner: string | null) => {
    let a = accounts.get(id)
    if (!a) {
      a = {
        _id: id,
        kind: owner ? 'member' : 'issuing',
        balance: 0,
        holds: {},
        totals: ZERO(),
        daily: { day: '', transferredOut: 0 },
        communityId,
        ownerOpenid: owner,
        version: 0,
        createdAt: openedAt,
        updatedAt: openedAt
      }
      accounts.set(id, a)
    }
    return a
  }
  let last = 0
  for (const s of [...settled].sort((x, y) => x.at.getTime() - y.at.getTime())) {
    const o = s.order
    const at = new Date((last = Math.max(s.at.getTime(), last + 1)))
    const id = `order:${o._id}:settle`
    const entries = [
      { account: accountId.issuing(communityId), minutes: -s.minutes },
      { account: accountId.member(o.volunteerOpenid), minutes: s.minutes }
    ]
    const memo = `服务订单 ${SERVICE_CATEGORY_LABELS[o.category as BuiltinCategory]} ${o.shortNo}`
    out.push({
      coll: 'ledger_postings',
      id,
      doc: { _id: id, kind: 'settle', entries, memo, reverses: null, communityId, actorOpenid: 'system', undoes: null, at }
    })
    const month = formatShanghai(at, 'YYYY-MM')
    entries.forEach((e, i) => {
      const a = account(e.account, i === 0 ? null : o.volunteerOpenid)
      a.balance += e.minutes
      if (e.minutes > 0) a.totals.earned += e.minutes
      else a.totals.spent -= e.minutes
      a.version++
      a.updatedAt = at
      out.push({
        coll: 'ledger_entries',
        id: `${id}#${i}`,
        doc: { _id: `${id}#${i}`, account: e.account, postingId: id, kind: 'settle', minutes: e.minutes, balanceAfter: a.balance, memo, at, month, communityId }
      })
    })
  }
  for (const a of accounts.values()) out.push({ coll: 'ledger_accounts', id: a._id, doc: a })
  return out
}

export function recordTotals(records: Array<{ volunteerOpenid: string; communityId: string; date: string; minutes: number }>, now: Date): Change[] {
  const totals = new Map<string, { minutes: number; records: number; seen: Record<string, true> }>()
  for (const r of records) {
    const t = totals.get(r.volunteerOpenid) ?? { minutes: 0, records: 0, seen: {} }
    const k = seenKeys(r.communityId, r.date)
    t.minutes += r.minutes
    t.records++
    t.seen[k.month] = true
    t.seen[k.year] = true
    totals.set(r.volunteerOpenid, t)
  }
  return [...totals].map(([openid, t]) => ({ coll: 'record_totals', id: openid, doc: { _id: openid, ...t, updatedAt: now } }))
}
