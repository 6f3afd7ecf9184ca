// records.correct — a coordinator of the record's community answers a correction request (correct or reject) or
// corrects a record on their own finding. A correction changes minutes and/or content, appends {at, byName,
// reason, before, after} to the record's history and moves the volunteer's total by the difference; the record,
// the total and the audit entry land in ONE transaction (it re-reads inside, so it may safely run again).
// Round trips: caller (router), transaction: start, record, [total read + write], record update, audit, commit.
import { AppError } from '../../../../../src/shared/errors'
import { assertTextSafe } from '../../lib/contentCheck'
import { assertSameCommunity } from '../../lib/scope'
import { recordAuditIn } from '../../repos/audit'
import { readRecordIn, reviseRecordIn, type CorrectionDoc, type RecordDoc } from '../../repos/records'
import { inTransaction } from '../../repos/transaction'
import { defineAction } from '../define'
import { recordView } from './view'

export const correct = defineAction({
  action: 'records.correct',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    // The volunteer reads the reason (and a new content goes on certificates): checked before the transaction.
    await assertTextSafe(ctx.openid, { content: input.content, reason: input.reason })
    const byName = ctx.user?.nickname || '社区协调员'
    const record = await inTransaction(async (t) => {
      const r = await readRecordIn(t, input.recordId)
      if (!r) throw new AppError('NOT_FOUND', { recordId: '服务记录不存在' })
      assertSameCommunity(ctx, r.communityId)
      const pending = r.correction?.status === 'requested' ? r.correction : null
      const decided = (status: CorrectionDoc['status']): CorrectionDoc | null =>
        pending ? { ...pending, status, reply: input.reason, decidedBy: ctx.openid, decidedAt: ctx.now } : r.correction
      const before = { minutes: r.minutes, content: r.content }
      let next: RecordDoc
      if (input.decision === 'reject') {
        if (!pending) throw new AppError('NO_CORRECTION_REQUESTED')
        next = await reviseRecordIn(t, r, { correction: decided('rejected') }, null, ctx.now)
      } else {
        // Given neither minutes nor content, the coordinator accepts the volunteer's proposed minutes.
        const proposal = input.minutes === undefined && input.content === undefined ? pending?.proposedMinutes : null
        const after = { minutes: input.minutes ?? proposal ?? r.minutes, content: input.content ?? r.content }
        if (after.minutes === r.minutes && after.content === r.content) throw new AppError('BAD_INPUT', { minutes: '请填写更正后的时长或内容' })
        next = await reviseRecordIn(
          t,
          r,
          { ...after, correction: decided('corrected') },
          { at: ctx.now, byOpenid: ctx.openid, byName, reason: input.reason, before, after },
          ctx.now
        )
      }
      const audited = { minutes: next.minutes, content: next.content, correction: next.correction?.status ?? null, reason: input.reason }
      await recordAuditIn(
        t,
        {
          actorOpenid: ctx.openid,
          communityId: r.communityId,
          action: 'records.correct',
          targetType: 'service_record',
          targetId: r._id,
          requestId: ctx.requestId,
          before: { ...before, correction: r.correction?.status ?? null },
          after: audited
        },
        ctx.now
      )
      return next
    })
    return recordView(record)
  }
})
