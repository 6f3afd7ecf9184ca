// records.requestCorrection — a volunteer asks for one of their records to be corrected (《志愿服务记录与证明出具
// 办法》: the organization must check and correct promptly). One open request per record; the reason is read by
// the coordinator, so it passes content security. Conditional on the record's version: of two simultaneous
// requests one is stored, the other gets CORRECTION_PENDING.
// Round trips: caller (router), record (1), conditional update (1).
import { AppError } from '../../../../../src/shared/errors'
import { assertTextSafe } from '../../lib/contentCheck'
import { findRecord, setCorrectionRequest, type CorrectionDoc } from '../../repos/records'
import { defineAction } from '../define'
import { recordView } from './view'

export const requestCorrection = defineAction({
  action: 'records.requestCorrection',
  // The record's volunteer, whatever roles they hold now: ownership is checked below.
  allow: ['resident', 'volunteer', 'coordinator', 'admin'],
  scope: 'self',
  async handler(input, ctx) {
    const r = await findRecord(input.recordId)
    // Somebody else's record answers like a missing one: ids cannot be probed.
    if (!r || r.volunteerOpenid !== ctx.openid) throw new AppError('NOT_FOUND', { recordId: '服务记录不存在' })
    if (r.correction?.status === 'requested') throw new AppError('CORRECTION_PENDING')
    await assertTextSafe(ctx.openid, { reason: input.reason })
    const correction: CorrectionDoc = {
      status: 'requested',
      reason: input.reason,
      proposedMinutes: input.proposedMinutes ?? null,
      reply: null,
      requestedAt: ctx.now,
      decidedBy: null,
      decidedAt: null
    }
    if (!(await setCorrectionRequest(r, correction, ctx.now))) {
      const now = await findRecord(r._id)
      throw new AppError(now?.correction?.status === 'requested' ? 'CORRECTION_PENDING' : 'CONFLICT')
    }
    return recordView({ ...r, correction, version: r.version + 1, updatedAt: ctx.now })
  }
})
