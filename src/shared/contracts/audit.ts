// audit.list — administrators read the append-only audit log: who (nickname and role), what (the action in Chinese),
// when (China time), the target and the before/after of each changed field. Filters: community, action, actor
// (a user id from an entry), China calendar days; newest first, paged.
import * as z from '../zod'
import { calendarDay, id } from './fields'

export const AuditChangeView = z.object({ field: z.string(), label: z.string(), before: z.string().nullable(), after: z.string().nullable() })

export const AuditItemView = z.object({
  id: z.string(),
  at: z.string(),
  action: z.string(),
  actionLabel: z.string(),
  /** The actor's user id (to filter by them), nickname ('已注销用户' when gone) and highest role in Chinese. */
  actor: z.object({ id: z.string(), name: z.string(), role: z.string() }),
  community: z.object({ id: z.string(), name: z.string() }).nullable(),
  target: z.object({ type: z.string(), label: z.string(), id: z.string() }),
  changes: z.array(AuditChangeView)
})
export type AuditItemView = z.infer<typeof AuditItemView>

export const auditContracts = {
  'audit.list': {
    input: z
      .object({
        communityId: id.optional(),
        action: z
          .string()
          .max(60)
          .regex(/^[a-zA-Z]+\.[a-zA-Z]+$/, '操作名称不正确')
          .optional(),
        actorId: id.optional(),
        /** China calendar days, inclusive. */
        fromDay: calendarDay('开始日期格式应为YYYY-MM-DD').optional(),
        toDay: calendarDay('结束日期格式应为YYYY-MM-DD').optional(),
        offset: z.number().int().min(0).max(5000).default(0),
        limit: z.number().int().min(1).max(50).default(20)
      })
      .strict(),
    output: z.object({ items: z.array(AuditItemView), hasMore: z.boolean() })
  }
}
