// streets.create — a platform admin (ADMIN_OPENIDS) sets up a street (街道) above communities. Replay-safe: the
// id comes from the caller and requestId, so a retried submit returns the first street and audits nothing twice.
// The name passes content security (it is shown to every street admin and on comparisons).
import { assertTextSafe } from '../../lib/contentCheck'
import { recordAudit } from '../../repos/audit'
import { insertStreetOnce, streetIdFor } from '../../repos/streets'
import { defineAction } from '../define'
import { streetView } from './view'

export const create = defineAction({
  action: 'streets.create',
  allow: ['admin'],
  scope: 'global',
  async handler(input, ctx) {
    await assertTextSafe(ctx.openid, { name: input.name })
    const doc = {
      _id: streetIdFor(ctx.openid, input.requestId),
      name: input.name,
      escalationMinutes: input.escalationMinutes,
      requestId: input.requestId,
      createdBy: ctx.openid,
      createdAt: ctx.now
    }
    const { street, created } = await insertStreetOnce(doc)
    // A replay that finds the street: the first call wrote the audit entry (a crash between the two is a missing
    // entry for a street whose document itself records who made it and when).
    if (created)
      await recordAudit(
        {
          actorOpenid: ctx.openid,
          communityId: null,
          action: 'streets.create',
          targetType: 'street',
          targetId: street._id,
          requestId: ctx.requestId,
          after: { name: street.name, escalationMinutes: street.escalationMinutes }
        },
        ctx.now
      )
    // A new street has no communities yet; a replay answers with the street as stored (streets.list lists them).
    return streetView(street, [])
  }
})
