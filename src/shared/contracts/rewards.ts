// 积分商城 contracts: a community's catalogue of privileges (特权) and goods (物品) bought with 爱心积分, and the
// redemptions with their pickup code. Stock never goes below zero (see repos/rewards.ts).
import * as z from '../zod'
import { id, shortText } from './fields'

export const REWARD_KINDS = ['privilege', 'goods'] as const
export type RewardKind = (typeof REWARD_KINDS)[number]
export const REWARD_KIND_LABELS: Record<RewardKind, string> = { privilege: '特权', goods: '物品' }

export const REDEMPTION_STATUSES = ['issued', 'fulfilled'] as const
export type RedemptionStatus = (typeof REDEMPTION_STATUSES)[number]
export const REDEMPTION_STATUS_LABELS: Record<RedemptionStatus, string> = { issued: '待领取', fulfilled: '已领取' }

const requestId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/)

export const RewardView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(REWARD_KINDS),
  kindLabel: z.string(),
  cost: z.number().int(),
  stock: z.number().int(),
  redeemed: z.number().int(),
  description: z.string(),
  active: z.boolean(),
  /** Edits are conditional on it (rewards.upsert). */
  version: z.number().int()
})
export type RewardView = z.infer<typeof RewardView>

export const RedemptionView = z.object({
  id: z.string(),
  rewardId: z.string(),
  rewardName: z.string(),
  kind: z.enum(REWARD_KINDS),
  cost: z.number().int(),
  /** Shown at the service desk to collect the reward. */
  pickupCode: z.string(),
  status: z.enum(REDEMPTION_STATUSES),
  statusLabel: z.string(),
  /** Who redeemed it: shown to coordinators only (null in the member's own list). */
  memberName: z.string().nullable(),
  createdAt: z.string(),
  fulfilledAt: z.string().nullable()
})
export type RedemptionView = z.infer<typeof RedemptionView>

export const rewardsContracts = {
  /** The caller's community catalogue: active rewards for members; `all` (coordinators, admins) includes inactive ones. */
  'rewards.list': {
    input: z.object({ all: z.boolean().default(false) }).strict(),
    output: z.object({ items: z.array(RewardView) })
  },
  /** Coordinators add (requestId, replay-safe) or edit (rewardId + version) a reward of their community. */
  'rewards.upsert': {
    input: z
      .object({
        requestId: requestId.optional(),
        rewardId: id.optional(),
        version: z.number().int().min(1).optional(),
        name: shortText(30, '名称'),
        kind: z.enum(REWARD_KINDS),
        cost: z.number().int('积分须为整数').min(1, '至少1积分').max(1000000, '积分过大'),
        stock: z.number().int('库存须为整数').min(0, '库存不能为负数').max(100000, '库存过大'),
        description: z.string().trim().max(200, '说明最多200个字').default(''),
        active: z.boolean().default(true)
      })
      .strict()
      .refine((v) => !!v.requestId !== !!v.rewardId, { message: '新增需要 requestId，修改需要 rewardId', path: ['rewardId'] })
      .refine((v) => !v.rewardId || v.version !== undefined, { message: '修改需要版本号', path: ['version'] }),
    output: RewardView
  },
  /** A member redeems one unit with their points; the same requestId always answers the first redemption. */
  'rewards.redeem': {
    input: z.object({ rewardId: id, requestId }).strict(),
    output: z.object({ redemption: RedemptionView, balance: z.number().int() })
  },
  /** mine: the caller's redemptions; community: the community's (coordinators, admins), optionally by status. */
  'rewards.redemptions': {
    input: z
      .object({
        as: z.enum(['mine', 'community']).default('mine'),
        status: z.enum(REDEMPTION_STATUSES).optional(),
        offset: z.number().int().min(0).max(1000).default(0),
        limit: z.number().int().min(1).max(50).default(20)
      })
      .strict(),
    output: z.object({ items: z.array(RedemptionView), hasMore: z.boolean() })
  },
  /** A coordinator hands the reward over: 待领取 → 已领取, once. */
  'rewards.fulfil': { input: z.object({ redemptionId: id }).strict(), output: RedemptionView }
}
