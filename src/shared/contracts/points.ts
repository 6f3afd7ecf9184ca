// 爱心积分 contracts. Points are whole numbers, separate from time-bank minutes (src/shared/domain/points.ts).
import * as z from '../zod'

export const PointsLotView = z.object({
  year: z.number().int(),
  earned: z.number().int(),
  used: z.number().int(),
  left: z.number().int(),
  /** The last day these points can be spent, YYYY-MM-DD (31 December of the next year). */
  lastDay: z.string(),
  expired: z.boolean()
})

export const POINTS_ENTRY_KINDS = ['earn', 'reverse', 'redeem'] as const
export type PointsEntryKind = (typeof POINTS_ENTRY_KINDS)[number]
export const POINTS_ENTRY_LABELS: Record<PointsEntryKind, string> = { earn: '服务获得', reverse: '记录更正扣回', redeem: '兑换' }

export const PointsEntryView = z.object({
  id: z.string(),
  kind: z.enum(POINTS_ENTRY_KINDS),
  /** Signed: + earned, − spent or taken back. */
  points: z.number().int(),
  memo: z.string(),
  at: z.string()
})

export const PointsAccountView = z.object({
  /** Spendable now (unexpired lots). */
  balance: z.number().int(),
  pointsPerHour: z.number().int(),
  /** Expired unspent, for the record (nothing is written when points expire). */
  expired: z.number().int(),
  lots: z.array(PointsLotView),
  /** The soonest-expiring points and their last day; null with nothing to spend. */
  nextExpiry: z.object({ points: z.number().int(), lastDay: z.string() }).nullable(),
  /** The latest statement entries, newest first. */
  entries: z.array(PointsEntryView)
})
export type PointsAccountView = z.infer<typeof PointsAccountView>

export const pointsContracts = {
  /** The caller's points in their current community: balance, yearly lots with expiry, latest entries. */
  'points.account': { input: z.object({}).strict(), output: PointsAccountView },
  /** Coordinators (and admins, for their own community) set the points earned per served hour; applies to service recorded from now on. */
  'points.updateRate': {
    input: z.object({ pointsPerHour: z.number().int('请填写整数').min(0, '不能为负数').max(1000, '每小时最多1000积分') }).strict(),
    output: z.object({ pointsPerHour: z.number().int() })
  }
}
