// me.requestDeletion — 注销账号: after the typed confirmation, the request waits out a cooling-off period
// (DELETION_COOLING_OFF_DAYS, default 7) during which me.cancelDeletion undoes it; then the cron job eraseAccounts
// erases the account (actions/me/eraseAccount.ts). The balance's destination is chosen now: the community pool, or
// a family member of an active link (checked now and again when the erasure runs).
// Replay: the same requestId returns the stored request; another request while one is pending is DELETION_PENDING.
// Round trips: caller with account (router), links (+names), the request transaction, audit.
import { AppError } from '../../../../../src/shared/errors'
import { DELETION_COOLING_OFF_DAYS } from '../../../../../src/shared/domain/myData'
import { ROLES } from '../../../../../src/shared/domain/roles'
import { recordAuditOnce } from '../../repos/audit'
import { requestDeletionDoc } from '../../repos/deletions'
import { defineAction } from '../define'
import { deletionView, familyMembersOf } from './deletionView'

const DAY_MS = 24 * 60 * 60 * 1000

export const requestDeletion = defineAction({
  action: 'me.requestDeletion',
  allow: ROLES,
  scope: 'self',
  needs: ['account'],
  async handler(input, ctx) {
    const family = await familyMembersOf(ctx.openid)
    const toOpenid = input.disposal === 'transfer_family' ? (input.toUserId ?? null) : null
    if (toOpenid && !family.some((m) => m.userId === toOpenid)) throw new AppError('TRANSFER_NOT_ALLOWED', { toUserId: '只能转给已绑定的家人' })
    const { stored, created } = await requestDeletionDoc({
      _id: ctx.openid,
      status: 'pending',
      requestId: input.requestId,
      requestedAt: ctx.now,
      dueAt: new Date(ctx.now.getTime() + DELETION_COOLING_OFF_DAYS * DAY_MS),
      disposal: input.disposal,
      toOpenid,
      communityId: ctx.user?.communityId ?? null,
      erasedAt: null,
      updatedAt: ctx.now
    })
    if (!created && stored.requestId !== input.requestId && stored.status === 'pending') throw new AppError('DELETION_PENDING')
    if (created)
      await recordAuditOnce(
        `deletion-${ctx.openid}-${input.requestId}`,
        {
          actorOpenid: ctx.openid,
          action: 'me.requestDeletion',
          targetType: 'user',
          targetId: ctx.openid,
          requestId: input.requestId,
          after: { dueAt: stored.dueAt, disposal: stored.disposal }
        },
        ctx.now
      )
    return deletionView(stored, ctx, family)
  }
})
