// me.deletionStatus — the caller's deletion request (cooling off until when, the balance's destination), the
// balance and the family members it may go to. Round trips: caller with account (router), request, links (+names).
import { ROLES } from '../../../../../src/shared/domain/roles'
import { findDeletion } from '../../repos/deletions'
import { defineAction } from '../define'
import { deletionView, familyMembersOf } from './deletionView'

export const deletionStatus = defineAction({
  action: 'me.deletionStatus',
  allow: ROLES,
  scope: 'self',
  needs: ['account'],
  async handler(_input, ctx) {
    const [d, family] = await Promise.all([findDeletion(ctx.openid), familyMembersOf(ctx.openid)])
    return deletionView(d, ctx, family)
  }
})
