// 我的数据 and 注销账号 (《个人信息保护法》 arts 45 and 47: the right to see, copy and delete one's data).
// me.export: everything the app stores about the caller as a JSON file in cloud storage (temporary link) and a
// readable summary; ID numbers only masked (never decrypted). me.requestDeletion starts a cooling-off period
// (default 7 days) during which me.cancelDeletion undoes it; then the `cron` job eraseAccounts erases the account
// (cloudfunctions/cron/src/jobs/eraseAccounts.ts; what happens to each collection: src/shared/domain/myData.ts).
import * as z from '../zod'
import { DELETION_CONFIRM_TEXT } from '../domain/myData'
import { ExportFile } from './exports'
import { id } from './fields'

const requestId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/)

/** One readable entry of a section: a title and a few lines of its key fields. */
export const MyDataItem = z.object({ id: z.string(), title: z.string(), lines: z.array(z.string()) })
/** One collection's data: how many documents, the first MY_DATA_ITEMS of them (the JSON file has all). */
export const MyDataSection = z.object({ key: z.string(), title: z.string(), count: z.number().int(), items: z.array(MyDataItem) })
export type MyDataSection = z.infer<typeof MyDataSection>
/** Items per section on the page (the file holds every document). */
export const MY_DATA_ITEMS = 20

export const DISPOSALS = ['donate_pool', 'transfer_family'] as const
export type Disposal = (typeof DISPOSALS)[number]
export const DISPOSAL_LABELS: Record<Disposal, string> = { donate_pool: '捐赠给社区公益池', transfer_family: '转给家人' }

export const DeletionView = z.object({
  /** none: no request (or cancelled); pending: cooling off or waiting to run; erased: done. */
  status: z.enum(['none', 'pending', 'erased']),
  requestedAt: z.string().nullable(),
  /** When the erasure runs (ISO, UTC); it may wait for services in progress to finish. */
  dueAt: z.string().nullable(),
  disposal: z.enum(DISPOSALS).nullable(),
  /** The family member receiving the balance (transfer_family). */
  toName: z.string().nullable(),
  coolingOffDays: z.number().int(),
  /** Spendable minutes now (balance less held) — what the disposal moves. */
  balanceMinutes: z.number().int(),
  /** Family members (active links, using WeChat) the balance may go to. */
  familyMembers: z.array(z.object({ userId: z.string(), name: z.string(), relation: z.string() }))
})
export type DeletionView = z.infer<typeof DeletionView>

export const meContracts = {
  /** The caller's data as a JSON file (temporary link) and as sections for the 我的数据 page. Writes only the file and an audit entry. */
  'me.export': {
    input: z.object({ requestId }).strict(),
    output: z.object({ file: ExportFile, generatedAt: z.string(), sections: z.array(MyDataSection) })
  },
  'me.deletionStatus': { input: z.object({}).strict(), output: DeletionView },
  /** Starts the cooling-off period; a repeat while pending returns the pending request unchanged. */
  'me.requestDeletion': {
    input: z
      .object({
        requestId,
        disposal: z.enum(DISPOSALS),
        /** transfer_family: the family member (FamilyLinkView.counterpart.userId). */
        toUserId: id.optional(),
        confirmText: z
          .string()
          .max(20)
          .refine((s) => s.trim() === DELETION_CONFIRM_TEXT, `请输入“${DELETION_CONFIRM_TEXT}”以确认`)
      })
      .strict()
      .refine((v) => v.disposal !== 'transfer_family' || !!v.toUserId, { message: '请选择接收时长的家人', path: ['toUserId'] }),
    output: DeletionView
  },
  'me.cancelDeletion': { input: z.object({}).strict(), output: DeletionView }
}
