// 积分商城: the only code that touches `rewards` and `reward_redemptions`. Invariants:
// - a reward's _id comes from (coordinator OPENID, requestId) and a redemption's from (member OPENID, requestId):
//   a replayed create or redeem finds the first and does nothing again;
// - stock is a hot counter, so it moves only by ONE conditional update, `stock > 0 → stock − 1` (takeStock): the
//   store applies it atomically, so under any number of concurrent redemptions at most `stock` succeed and stock
//   never goes below zero. A transaction would be the wrong tool here: concurrent transactions on one document
//   conflict and most of them fail (measured, /work/shared/toolchain.md);
// - a unit taken from stock is either turned into a redemption (points deducted and the redemption written in ONE
//   transaction on the member's own documents, see recordRedemption) or given back (returnStock). A process that
//   dies between the two loses one unit of stock (never oversells); a coordinator can set the stock again;
// - `redeemed` counts units taken and not given back; `version` grows with every coordinator edit (edits are
//   conditional on it), not with redemptions, so a busy reward can still be edited;
// - a redemption's status moves issued → fulfilled once, by a conditional update.
import { createHash } from 'crypto'
import type { RedemptionStatus, RewardKind } from '../../../../src/shared/contracts/rewards'
import { db, _ } from '../lib/cloud'
import { docsOf, updatedCount } from '../lib/docs'
import { spendPointsIn } from './points'
import { inTransaction, readIn } from './transaction'

export interface RewardDoc {
  _id: string
  communityId: string
  name: string
  kind: RewardKind
  cost: number
  stock: number
  redeemed: number
  description: string
  active: boolean
  version: number
  createdBy: string
  requestId: string
  createdAt: Date
  updatedAt: Date
}

export interface RedemptionDoc {
  _id: string
  _openid: string
  openid: string
  requestId: string
  communityId: string
  rewardId: string
  rewardName: string
  kind: RewardKind
  cost: number
  pickupCode: string
  status: RedemptionStatus
  memberName: string
  createdAt: Date
  fulfilledAt: Date | null
  fulfilledBy: string | null
}

const REWARDS = 'rewards'
const REDEMPTIONS = 'reward_redemptions'
const rewards = () => db.collection(REWARDS)
const redemptions = () => db.collection(REDEMPTIONS)

const hashId = (kind: string, openid: string, requestId: string) =>
  createHash('sha256').update(`${kind}\u0000${openid}\u0000${requestId}`).digest('hex').slice(0, 24)
export const rewardIdFor = (openid: string, requestId: string) => hashId('reward', openid, requestId)
export const redemptionIdFor = (openid: string, requestId: string) => hashId('redeem', openid, requestId)

export async function findReward(id: string): Promise<RewardDoc | null> {
  return docsOf<RewardDoc>(await rewards().where({ _id: id }).limit(1).get())[0] ?? null
}

/** Inserts the reward unless its id exists (a replay): the stored one is returned either way. */
export async function createReward(doc: RewardDoc): Promise<{ reward: RewardDoc; created: boolean }> {
  return inTransaction(async (t) => {
    const existing = await readIn<RewardDoc>(t, REWARDS, doc._id)
    if (existing) return { reward: existing, created: false }
    const { _id, ...data } = doc
    await t.collection(REWARDS).doc(_id).set({ data })
    return { reward: doc, created: true }
  })
}

/**
 * A coordinator's edit, if the reward is still at `version`: the fields are set, and the stock moves by
 * `stockDelta` (relative, so redemptions made meanwhile still count) and only if it stays ≥ 0. False otherwise.
 */
export async function updateReward(
  id: string,
  version: number,
  patch: Pick<RewardDoc, 'name' | 'kind' | 'cost' | 'description' | 'active'>,
  stockDelta: number,
  now: Date
): Promise<boolean> {
  const where = { _id: id, version, ...(stockDelta < 0 ? { stock: _.gte(-stockDelta) } : {}) }
  const updated = await updatedCount(
    rewards()
      .where(where)
      .update({ data: { ...patch, stock: _.inc(stockDelta), version: _.inc(1), updatedAt: now } })
  )
  return updated === 1
}

/** A community's rewards, newest first (index community_active_created): active ones, or all. */
export async function listRewards(communityId: string, all: boolean, limit = 100): Promise<RewardDoc[]> {
  const active = all ? _.in([true, false]) : true
  return docsOf<RewardDoc>(await rewards().where({ communityId, active }).orderBy('createdAt', 'desc').limit(limit).get())
}

/** Takes one unit if any is left and the reward is on offer: ONE conditional update. False: none left (or withdrawn). */
export async function takeStock(id: string, now: Date): Promise<boolean> {
  const updated = await updatedCount(
    rewards()
      .where({ _id: id, active: true, stock: _.gt(0) })
      .update({ data: { stock: _.inc(-1), redeemed: _.inc(1), updatedAt: now } })
  )
  return updated === 1
}

/** Gives back a unit taken by takeStock() that did not become a redemption. */
export async function returnStock(id: string, now: Date): Promise<void> {
  await rewards()
    .doc(id)
    .update({ data: { stock: _.inc(1), redeemed: _.inc(-1), updatedAt: now } })
}

export async function findRedemption(id: string): Promise<RedemptionDoc | null> {
  return docsOf<RedemptionDoc>(await redemptions().where({ _id: id }).limit(1).get())[0] ?? null
}

/**
 * Deducts the cost from the member's points and writes the redemption, in one transaction (only the member's own
 * documents: members never conflict with each other). A redemption already there (a concurrent replay) is
 * returned with created false; INSUFFICIENT_POINTS propagates with nothing written.
 */
export async function recordRedemption(doc: RedemptionDoc): Promise<{ redemption: RedemptionDoc; created: boolean; balance: number | null }> {
  return inTransaction(async (t) => {
    const existing = await readIn<RedemptionDoc>(t, REDEMPTIONS, doc._id)
    if (existing) return { redemption: existing, created: false, balance: null }
    const balance = await spendPointsIn(
      t,
      {
        communityId: doc.communityId,
        openid: doc.openid,
        points: doc.cost,
        entryId: `redeem-${doc._id}`,
        redemptionId: doc._id,
        memo: `兑换「${doc.rewardName}」`
      },
      doc.createdAt
    )
    const { _id, ...data } = doc
    await t.collection(REDEMPTIONS).doc(_id).set({ data })
    return { redemption: doc, created: true, balance }
  })
}

/** The member's redemptions, optionally in one status, newest first (index openid_created). */
export async function redemptionsOf(openid: string, status: RedemptionStatus | undefined, offset: number, limit: number): Promise<RedemptionDoc[]> {
  return docsOf<RedemptionDoc>(
    await redemptions()
      .where({ openid, ...(status ? { status } : {}) })
      .orderBy('createdAt', 'desc')
      .skip(offset)
      .limit(limit)
      .get()
  )
}

/** A community's redemptions, optionally in one status, newest first (index community_status_created). */
export async function redemptionsOfCommunity(
  communityId: string,
  status: RedemptionStatus | undefined,
  offset: number,
  limit: number
): Promise<RedemptionDoc[]> {
  const statuses = status ? [status] : ['issued', 'fulfilled']
  return docsOf<RedemptionDoc>(
    await redemptions()
      .where({ communityId, status: _.in(statuses) })
      .orderBy('createdAt', 'desc')
      .skip(offset)
      .limit(limit)
      .get()
  )
}

/** 待领取 → 已领取 if it is still 待领取; false if somebody fulfilled it first. */
export async function fulfilRedemption(id: string, by: string, now: Date): Promise<boolean> {
  const updated = await updatedCount(
    redemptions()
      .where({ _id: id, status: 'issued' })
      .update({ data: { status: 'fulfilled', fulfilledAt: now, fulfilledBy: by } })
  )
  return updated === 1
}
