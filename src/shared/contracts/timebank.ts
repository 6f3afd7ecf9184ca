// Time-bank contracts. Minutes are integers everywhere; the UI formats them as hours and minutes.
import * as z from '../zod'
import { POSTING_KINDS } from '../domain/ledger'
import { id } from './fields'

const requestId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/)
const minutes = (label: string) =>
  z
    .number()
    .int(`${label}须为整数分钟`)
    .min(1, `${label}至少1分钟`)
    .max(100000 * 60)
const month = z.string().regex(/^\d{4}-\d{2}$/, '月份格式应为YYYY-MM')

export const AccountView = z.object({
  balance: z.number().int(),
  held: z.number().int(),
  available: z.number().int(),
  totals: z.object({
    earned: z.number().int(),
    spent: z.number().int(),
    transferredIn: z.number().int(),
    transferredOut: z.number().int(),
    donated: z.number().int()
  }),
  capMinutes: z.number().int(),
  /** Minutes the caller may still transfer today (the community's daily cap). */
  transferLeftToday: z.number().int()
})

export const StatementEntry = z.object({
  postingId: z.string(),
  kind: z.enum(POSTING_KINDS),
  minutes: z.number().int(),
  balanceAfter: z.number().int(),
  memo: z.string(),
  at: z.string(),
  /** This entry's posting was later reversed. */
  reversed: z.boolean()
})

export const TimebankRulesView = z.object({
  storageCapMinutes: z.number().int(),
  spendFromAge: z.number().int().nullable(),
  transferTo: z.enum(['family', 'anyone']),
  dailyTransferCapMinutes: z.number().int()
})

export const timebankContracts = {
  'timebank.account': { input: z.object({}).strict(), output: AccountView },
  'timebank.statement': {
    input: z
      .object({
        kind: z.enum(POSTING_KINDS).optional(),
        month: month.optional(),
        offset: z.number().int().min(0).max(10000).default(0),
        limit: z.number().int().min(1).max(50).default(20)
      })
      .strict(),
    output: z.object({ items: z.array(StatementEntry), hasMore: z.boolean() })
  },
  /** To a family member (active link, either direction) or, if the community allows, any member of it. */
  'timebank.transfer': {
    input: z.object({ requestId, toUserId: id, minutes: minutes('转赠时长'), note: z.string().trim().max(50).optional() }).strict(),
    output: z.object({ postingId: z.string(), account: AccountView })
  },
  'timebank.donate': {
    input: z.object({ requestId, minutes: minutes('捐赠时长') }).strict(),
    output: z.object({ postingId: z.string(), account: AccountView })
  },
  /** Coordinator correction with a reason: + credits the member from the issuing account, − the reverse. Audited. */
  'timebank.adjust': {
    input: z
      .object({
        requestId,
        userId: id,
        minutes: z
          .number()
          .int()
          .min(-100000 * 60)
          .max(100000 * 60)
          .refine((m) => m !== 0, '调整时长不能为0'),
        reason: z.string().trim().min(2, '请填写调整原因').max(200)
      })
      .strict(),
    output: z.object({ postingId: z.string() })
  },
  'timebank.reverse': {
    input: z.object({ postingId: z.string().min(1).max(200), reason: z.string().trim().min(2, '请填写冲正原因').max(200) }).strict(),
    output: z.object({ postingId: z.string() })
  },
  'communities.updateRules': {
    input: z
      .object({
        storageCapMinutes: z
          .number()
          .int()
          .min(60, '存储上限至少1小时')
          .max(5000 * 60),
        spendFromAge: z.number().int().min(0).max(120).nullable(),
        transferTo: z.enum(['family', 'anyone']),
        dailyTransferCapMinutes: z
          .number()
          .int()
          .min(0)
          .max(100 * 60)
      })
      .partial()
      .strict(),
    output: TimebankRulesView
  }
}
