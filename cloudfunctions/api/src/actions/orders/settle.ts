// Paying and recording a finished order: the replay-safe follow-up of completion (confirm, auto-confirm, a
// ruling). Every step is idempotent — the settlement posting has a fixed id, releasing a hold that is gone does
// nothing, the service record's id is the order's — so running it again (cron's safety net for a process that
// died halfway) completes what is missing and changes nothing else.
import { accountId, emptyAccount, reversalOf, settlementPosting, timebankRulesOf, type Posting } from '../../../../../src/shared/domain/ledger'
import { orderCategoryLabel } from '../../../../../src/shared/domain/order'
import type { CommunityDoc } from '../../repos/communities'
import { findPosting, post, type AccountDoc } from '../../repos/ledger'
import { releaseHoldOnce } from '../../repos/ledgerHolds'
import { markSettled, type OrderDoc } from '../../repos/orders'
import { writeOrderRecord } from '../../repos/records'
import { holdKeyOf } from './funding'

const FIRST = (o: OrderDoc) => `order:${o._id}:settle`
const RULED = (o: OrderDoc) => `order:${o._id}:settle:ruled`

/** Pays `minutes` for the order under posting id `id`; false when nothing is to be paid (no minutes, nobody). */
async function pay(o: OrderDoc, community: CommunityDoc | null, minutes: number, id: string, now: Date): Promise<boolean> {
  const vol = o.volunteerOpenid
  // A volunteer never serves their own order (move.ts), so own hours paid to oneself cannot arise; guard anyway.
  if (!vol || minutes <= 0 || (o.funding === 'own_hours' && o.createdBy === vol)) return false
  const payer = accountId.member(o.createdBy)
  const pool = accountId.pool(o.communityId)
  const credited = accountId.member(vol)
  // Read only what this funding looks at (each read is a round trip inside the transaction).
  const reads = o.funding === 'own_hours' ? [payer, credited] : o.funding === 'community_pool' ? [pool, credited] : [credited]
  const cap = timebankRulesOf(community?.timebankRules).storageCapMinutes
  const facts = {
    orderId: o._id,
    communityId: o.communityId,
    funding: o.funding,
    payerOpenid: o.createdBy,
    volunteerOpenid: vol,
    minutes,
    holdKey: holdKeyOf(o._id),
    title: `${orderCategoryLabel(o, community?.catalog)} ${o.shortNo}`
  }
  const build = (a: ReadonlyMap<string, AccountDoc>): Posting | null => {
    const p = settlementPosting(facts, a.get(payer) ?? emptyAccount(), a.get(pool) ?? emptyAccount(), a.get(credited)!, cap)
    return p && { ...p, id }
  }
  const consumes = o.funding === 'own_hours' && id === FIRST(o) ? { account: payer, key: holdKeyOf(o._id) } : undefined
  await post({ id, reads, build }, { now, communityId: o.communityId, actorOpenid: 'system', consumes, memberCommunity: { [credited]: o.communityId } })
  return true
}

/** Settles a completed or resolved order once; after a ruling that changed the minutes, corrects it once. */
export async function settleOrder(o: OrderDoc, community: CommunityDoc | null, now: Date): Promise<void> {
  const minutes = o.finalMinutes ?? 0
  // A service of no minutes leaves no record — unless one was written before a ruling took the minutes away.
  const record = (x: OrderDoc) => (minutes > 0 || x.settledAt ? writeOrderRecord(x, now) : null)
  if (o.settledAt && o.settledMinutes === minutes) return void (await record(o))
  const paid = o.settledAt ? (await correctSettlement(o, community, minutes, now), true) : await pay(o, community, minutes, FIRST(o), now)
  // The first payment consumed the hold; without one (no minutes) it is released here.
  if (o.funding === 'own_hours' && !paid) await releaseHoldOnce(accountId.member(o.createdBy), holdKeyOf(o._id))
  await record(o)
  await markSettled(o._id, minutes, now)
}

/**
 * A ruling after payment: the first settlement is reversed and the ruled minutes paid afresh (corrections are
 * reversals, never edits). Refused with INSUFFICIENT_HOURS when the volunteer has already spent what it would take
 * back — resolve calls this BEFORE moving the order, so a refused correction leaves the dispute open.
 */
export async function correctSettlement(o: OrderDoc, community: CommunityDoc | null, minutes: number, now: Date): Promise<void> {
  const first = await findPosting(FIRST(o))
  if (first)
    await post(reversalOf({ id: first._id, kind: first.kind, entries: first.entries, memo: first.memo, reverses: first.reverses }, `争议裁定更正 ${o._id}`), {
      now,
      communityId: o.communityId,
      actorOpenid: 'system',
      undoes: 'settle'
    })
  await pay(o, community, minutes, RULED(o), now)
}
