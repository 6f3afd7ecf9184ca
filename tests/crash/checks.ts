// What must hold in the store after a kill -9, a restart and one pass of the cron safety nets. Each check returns
// human-readable problems (empty = fine), so a failing round says everything that is wrong at once.
// Acknowledged = the gateway replied { ok: true } before it died: that write must be there, with what the reply
// claimed. Half-written units (a posting without its entries or account changes, an order finished without its
// payment or record, a hold without its open order) must not be visible once cron has run.
import { accountId } from '../../src/shared/domain/ledger'
import type { Snapshot } from './storeView'

export type MoveOp = 'grab' | 'checkIn' | 'checkOut' | 'confirm' | 'cancel'
export type Ack =
  | { op: 'create'; openid: string; requestId: string; orderId: string; funding: string; status: string }
  | { op: MoveOp; openid: string; orderId: string; status: string }
  | { op: 'transfer' | 'donate'; openid: string; requestId: string; postingId: string; minutes: number; toOpenid: string | null; balance: number }

/** How far along the flow a status is (cancelled: see orderAcked; the workload never disputes). */
export const RANK: Record<string, number> = {
  pending: 0,
  dispatched: 1,
  accepted: 2,
  in_service: 3,
  awaiting_confirmation: 4,
  completed: 5,
  disputed: 5,
  resolved: 6,
  cancelled: -1
}
const OPEN = ['pending', 'dispatched', 'accepted', 'in_service', 'awaiting_confirmation', 'disputed']
const FINISHED = ['completed', 'resolved']
const MOVE_EVENT: Record<MoveOp, string[]> = { grab: ['grab'], checkIn: ['checkIn'], checkOut: ['checkOut'], confirm: ['confirm'], cancel: ['cancel'] }

/** Every acknowledged write is in the store, as far along as the reply said, with what the reply claimed. */
export function checkAcknowledged(s: Snapshot, acks: readonly Ack[]): string[] {
  return acks.flatMap((a) => (a.op === 'transfer' || a.op === 'donate' ? postingAcked(s, a) : orderAcked(s, a as Extract<Ack, { orderId: string }>)))
}

function postingAcked(s: Snapshot, a: Extract<Ack, { postingId: string }>): string[] {
  const p = s.ledger_postings.get(a.postingId)
  if (!p) return [`${a.op} ${a.postingId} acknowledged but the posting is missing`]
  const problems: string[] = []
  const from = p.entries.find((e: any) => e.account === accountId.member(a.openid))
  if (from?.minutes !== -a.minutes) problems.push(`${a.op} ${a.postingId}: posting takes ${from?.minutes} from the sender, reply said ${a.minutes}`)
  const entry = [...s.ledger_entries.values()].find((e) => e.postingId === a.postingId && e.account === accountId.member(a.openid))
  if (!entry) problems.push(`${a.op} ${a.postingId}: no entry on the sender's account`)
  else if (entry.balanceAfter !== a.balance) problems.push(`${a.op} ${a.postingId}: reply said balance ${a.balance}, the entry says ${entry.balanceAfter}`)
  return problems
}

function orderAcked(s: Snapshot, a: Extract<Ack, { orderId: string }>): string[] {
  const o = s.orders.get(a.orderId)
  if (!o) return [`${a.op} of order ${a.orderId} acknowledged but the order is missing`]
  const problems: string[] = []
  // A cancellation may follow any acknowledged step before service; an acknowledged cancellation is final.
  const behind = a.status === 'cancelled' ? o.status !== 'cancelled' : o.status !== 'cancelled' && RANK[o.status] < RANK[a.status]
  if (behind) problems.push(`${a.op} of order ${a.orderId} acknowledged as ${a.status}, store has ${o.status}`)
  if (a.op === 'create') {
    if (o.createdBy !== a.openid || o.requestId !== a.requestId || o.funding !== a.funding)
      problems.push(`order ${a.orderId}: stored creator/request/funding differ from the acknowledged create`)
    return problems
  }
  const ev = (o.events as any[]).find((e) => MOVE_EVENT[a.op as MoveOp].includes(e.kind) && e.byOpenid === a.openid)
  if (!ev) problems.push(`${a.op} of order ${a.orderId} by ${a.openid} acknowledged but its timeline event is missing`)
  if (a.op !== 'confirm' && a.op !== 'cancel' && o.volunteerOpenid !== a.openid)
    problems.push(`${a.op} of order ${a.orderId} by ${a.openid} acknowledged, order is held by ${o.volunteerOpenid}`)
  return problems
}

/** Double entry: postings balanced and complete, balances = sums of entries, nobody below zero, all sum to 0. */
export function checkLedger(s: Snapshot): string[] {
  const problems: string[] = []
  const byAccount = new Map<string, any[]>()
  for (const e of s.ledger_entries.values()) {
    byAccount.set(e.account, [...(byAccount.get(e.account) ?? []), e])
    if (!s.ledger_postings.has(e.postingId)) problems.push(`entry ${e._id} belongs to no posting (half-written posting)`)
  }
  for (const p of s.ledger_postings.values()) {
    const sum = (p.entries as any[]).reduce((a, e) => a + e.minutes, 0)
    if (sum !== 0 || p.entries.length < 2) problems.push(`posting ${p._id} is unbalanced (${sum}) or has < 2 entries`)
    p.entries.forEach((e: any, i: number) => {
      const doc = s.ledger_entries.get(`${p._id}#${i}`)
      if (!doc || doc.account !== e.account || doc.minutes !== e.minutes || doc.postingId !== p._id)
        problems.push(`posting ${p._id}: entry #${i} missing or different (half-written posting)`)
    })
  }
  let total = 0
  for (const a of s.ledger_accounts.values()) {
    total += a.balance
    const entries = byAccount.get(a._id) ?? []
    const sum = entries.reduce((x, e) => x + e.minutes, 0)
    if (sum !== a.balance) problems.push(`account ${a._id}: balance ${a.balance} ≠ sum of its entries ${sum}`)
    const newest = entries.reduce((n: any, e) => (!n || new Date(e.at) > new Date(n.at) ? e : n), null)
    if (newest && newest.balanceAfter !== a.balance) problems.push(`account ${a._id}: newest entry says ${newest.balanceAfter}, balance ${a.balance}`)
    const held = Object.values(a.holds ?? {}).reduce((x: number, m: any) => x + m, 0)
    if (a.kind !== 'issuing' && a.balance < 0) problems.push(`account ${a._id} below zero: ${a.balance}`)
    if (a.kind === 'member' && a.balance - held < 0) problems.push(`account ${a._id}: holds ${held} exceed balance ${a.balance}`)
  }
  for (const id of byAccount.keys()) if (!s.ledger_accounts.has(id)) problems.push(`entries on account ${id}, which does not exist (half-written posting)`)
  if (total !== 0) problems.push(`all balances sum to ${total}, not 0`)
  return problems
}

/**
 * Orders and what hangs off them: a hold for each open own-hours order and for nothing else; every finished order
 * settled (after cron), with its payment, its service record and that record's points; totals = sums of records.
 */
export function checkOrders(s: Snapshot): string[] {
  const problems: string[] = []
  const holds = new Map<string, { account: string; minutes: number }>()
  for (const a of s.ledger_accounts.values())
    for (const [key, minutes] of Object.entries(a.holds ?? {})) holds.set(key, { account: a._id, minutes: minutes as number })
  for (const [key, h] of holds) {
    const o = s.orders.get(key.replace(/^order_/, ''))
    if (!o) problems.push(`hold ${key} on ${h.account} for an order that does not exist (orphaned hold)`)
    else if (!OPEN.includes(o.status) || o.funding !== 'own_hours' || accountId.member(o.createdBy) !== h.account)
      problems.push(`hold ${key} on ${h.account} for order ${o._id} (${o.status}, ${o.funding}) that holds nothing`)
    else if (h.minutes !== o.estimatedMinutes) problems.push(`hold ${key}: ${h.minutes} minutes, the order's estimate is ${o.estimatedMinutes}`)
  }
  for (const o of s.orders.values()) {
    const last = o.events[o.events.length - 1]
    if (last?.to !== o.status) problems.push(`order ${o._id}: status ${o.status} but the last timeline event goes to ${last?.to}`)
    if (OPEN.includes(o.status) && o.funding === 'own_hours' && !holds.has(`order_${o._id}`))
      problems.push(`open own-hours order ${o._id} (${o.status}) has no hold`)
    const settle = s.ledger_postings.get(`order:${o._id}:settle`)
    if (settle && !FINISHED.includes(o.status)) problems.push(`order ${o._id} is ${o.status} but has a settlement posting`)
    if (!FINISHED.includes(o.status)) continue
    const minutes = o.finalMinutes ?? 0
    if (!o.settledAt || o.settledMinutes !== minutes)
      problems.push(`finished order ${o._id} not settled after cron (settledAt ${o.settledAt}, ${o.settledMinutes}/${minutes})`)
    if (minutes > 0 && !settle) problems.push(`finished order ${o._id} (${minutes} min) has no settlement posting`)
    if (settle) {
      const credited = (settle.entries as any[]).filter((e) => e.minutes > 0).reduce((a, e) => a + e.minutes, 0)
      if (credited !== minutes) problems.push(`order ${o._id}: settlement moves ${credited}, the order says ${minutes}`)
    }
    const record = s.service_records.get(`order-${o._id}`)
    if (minutes > 0 && !record) problems.push(`finished order ${o._id} (${minutes} min) has no service record`)
    if (record && record.minutes !== minutes) problems.push(`record of order ${o._id}: ${record.minutes} min, order ${minutes}`)
  }
  const perVolunteer = new Map<string, number>()
  for (const r of s.service_records.values()) {
    perVolunteer.set(r.volunteerOpenid, (perVolunteer.get(r.volunteerOpenid) ?? 0) + r.minutes)
    if (r.orderId && !s.orders.has(r.orderId)) problems.push(`record ${r._id} for a missing order`)
    const points = s.points_accounts.get(`${r.communityId}:${r.volunteerOpenid}`)
    if (r.minutes > 0 && r.source !== 'honorary' && points?.sources?.[r._id]?.minutes !== r.minutes)
      problems.push(`record ${r._id} (${r.minutes} min) has no matching points earning (half-written record)`)
  }
  for (const [openid, minutes] of perVolunteer) {
    if (s.record_totals.get(openid)?.minutes !== minutes)
      problems.push(`record_totals/${openid}: ${s.record_totals.get(openid)?.minutes}, records sum to ${minutes}`)
  }
  for (const p of s.points_accounts.values()) {
    for (const recordId of Object.keys(p.sources ?? {}))
      if (!s.service_records.has(recordId)) problems.push(`points account ${p._id} earned for record ${recordId}, which does not exist`)
  }
  return problems
}
