// me.cancelDeletion — 撤销注销 during the cooling-off period. Conditional on the request still pending: once the
// erasure job has begun it is too late (DELETION_NOT_PENDING), and a cancel racing the job's start has one winner.
// Round trips: caller with account (router), conditional update, audit, request and links for the view.
import { AppError } from '../../../../../src/shared/errors'
import { ROLES } from '../../../../../src/shared/domain/roles'
import { recordAudit } from '../../repos/audit'
import { cancelDeletionDoc, findDeletion } from '../../repos/deletions'
import { defineAction } from '../define'
import { deletionView, familyMembersOf } from './deletionView'

export const cancelDeletion = defineAction({
  action: 'me.cancelDeletion',
  allow: ROLES,
  scope: 'self',
  needs: ['account'],
  async handler(_input, ctx) {
    if (!(await cancelDeletionDoc(ctx.openid, ctx.now))) throw new AppError('DELETION_NOT_PENDING')
    await recordAudit({ actorOpenid: ctx.openid, action: 'me.cancelDeletion', targetType: 'user', targetId: ctx.openid, requestId: ctx.requestId }, ctx.now)
    const [d, family] = await Promise.all([findDeletion(ctx.openid), familyMembersOf(ctx.openid)])
    return deletionView(d, ctx, family)
  }
})
