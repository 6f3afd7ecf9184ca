// 积分商城: the only code that touches `rewards` and `reward_redemptions`. Invariants:
// - a reward's _id comes from (coordinator OPENID, requestId) and a redemption's from (member OPENID, requestId):
//   a replayed create or redeem finds the first and does nothing again;
// - a unit leaves stock only together with its redemption: ONE transaction reads the redemption (a replay finds
//   it there and touches nothing), takes the unit if the reward is on offer and has one (`stock > 0 → −1`, checked
//   on the transaction's snapshot), deducts the points and writes the redemption (redeemUnit). Two writers of the
//   reward conflict and the loser retries on a fresh snapshot (inTransaction), so concurrent redemptions never
//   oversell, copies of one request all see the same redemption, and SOLD_OUT means no unit was left. Nothing is
//   ever taken and given back, so nobody is refused while a unit remains (the earlier take-then-return design did
//   that under interleaving: tests/integration/latency.races.test.ts);
// - `redeemed` counts units redeemed; `version` grows with every coordinator edit (edits are conditional on it),
//   not with redemptions, so a busy reward can still be edited;
// - a redemption's status moves issued → fulfilled once, by a conditional update.
import { createHash } from 'crypto'
import type { RedemptionStatus, RewardKind } from '../../../../src/shared/contracts/rewards'
import { AppError } from '../../../../src/shared/errors'
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

export async function findRedemption(id: string): Promise<RedemptionDoc | null> {
  return docsOf<RedemptionDoc>(await redemptions().where({ _id: id }).limit(1).get())[0] ?? null
}

/**
 * Redeems one unit of `doc.rewardId` for the member, in one transaction (see the invariants above); the name, kind
 * and cost are taken from the reward as the transaction reads it. A redemption already there (a replay) is returned
 * with created false and nothing written. REWARD_UNAVAILABLE (withdrawn or gone), SOLD_OUT and INSUFFICIENT_POINTS
 * propagate with nothing written.
 */
export async function redeemUnit(doc: RedemptionDoc): Promise<{ redemption: RedemptionDoc; created: boolean; balance: number | null }> {
  return inTransaction(async (t) => {
    const existing = await readIn<RedemptionDoc>(t, REDEMPTIONS, doc._id)
    if (existing) return { redemption: existing, created: false, balance: null }
    const reward = await readIn<RewardDoc>(t, REWARDS, doc.rewardId)
    if (!reward?.active) throw new AppError('REWARD_UNAVAILABLE')
    if (reward.stock <= 0) throw new AppError('SOLD_OUT')
    const redemption: RedemptionDoc = { ...doc, communityId: reward.communityId, rewardName: reward.name, kind: reward.kind, cost: reward.cost }
    const balance = await spendPointsIn(
      t,
      {
        communityId: reward.communityId,
        openid: doc.openid,
        points: reward.cost,
        entryId: `redeem-${doc._id}`,
        redemptionId: doc._id,
        memo: `兑换「${reward.name}」`
      },
      doc.createdAt
    )
    // The reward (the hot document) is written after the member's own, so this transaction holds it briefly.
    await t
      .collection(REWARDS)
      .doc(reward._id)
      .update({ data: { stock: _.inc(-1), redeemed: _.inc(1), updatedAt: doc.createdAt } })
    const { _id, ...data } = redemption
    await t.collection(REDEMPTIONS).doc(_id).set({ data })
    return { redemption, created: true, balance }
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
