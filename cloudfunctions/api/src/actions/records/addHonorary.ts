// records.addHonorary — a coordinator grants a volunteer of their community honorary minutes (荣誉时长). They
// count toward the service record and stars, and never toward the time-bank balance: nothing here touches the
// ledger. The record's id comes from (coordinator, requestId), so a retried form finds the first grant.
// Round trips: caller (router), volunteer (1), [community], transaction: start, record, total read + write,
// record write, audit, commit.
import { AppError } from '../../../../../src/shared/errors'
import { shanghaiDay } from '../../../../../src/shared/time'
import { assertTextSafe } from '../../lib/contentCheck'
import { recordAuditIn } from '../../repos/audit'
import { findCommunity } from '../../repos/communities'
import { honoraryRecordId, insertRecordIn, readRecordIn, type RecordDoc } from '../../repos/records'
import { inTransaction } from '../../repos/transaction'
import { defineAction } from '../define'
import { recordView } from './view'
import { volunteerInScope } from '../volunteers/inScope'

export const addHonorary = defineAction({
  action: 'records.addHonorary',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const v = await volunteerInScope(ctx, input.volunteerId, { volunteerId: '志愿者不存在' })
    if (v.status !== 'approved') throw new AppError('NOT_ELIGIBLE', { volunteerId: '该志愿者尚未通过审核' })
    await assertTextSafe(ctx.openid, { reason: input.reason })
    // An admin may act outside their own community: the organizer is the volunteer's community.
    const community = ctx.community?._id === v.communityId ? ctx.community : await findCommunity(v.communityId)
    const doc: RecordDoc = {
      _id: honoraryRecordId(ctx.openid, input.requestId),
      volunteerOpenid: v.openid,
      volunteerId: v._id,
      volunteerName: v.realName,
      volunteerNo: v.volunteerNo,
      communityId: v.communityId,
      organizer: community?.name ?? '',
      source: 'honorary',
      content: '荣誉时长',
      place: community?.name ?? '',
      date: shanghaiDay(ctx.now),
      category: null,
      startAt: null,
      endAt: null,
      minutes: input.minutes,
      evaluation: null,
      correction: null,
      history: [],
      orderId: null,
      note: input.reason,
      resolutionApplied: false,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now
    }
    const record = await inTransaction(async (t) => {
      const replayed = await readRecordIn(t, doc._id)
      if (replayed) return replayed
      await insertRecordIn(t, doc)
      await recordAuditIn(
        t,
        {
          actorOpenid: ctx.openid,
          communityId: v.communityId,
          action: 'records.addHonorary',
          targetType: 'service_record',
          targetId: doc._id,
          requestId: ctx.requestId,
          after: { volunteerId: v._id, minutes: input.minutes, reason: input.reason }
        },
        ctx.now
      )
      return doc
    })
    return recordView(record)
  }
})
