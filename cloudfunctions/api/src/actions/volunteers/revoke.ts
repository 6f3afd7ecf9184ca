// volunteers.revoke — a coordinator (or admin) revokes a volunteer for good (refused while they hold an open order).
// With a reason, audited (lifecycle.ts). The move table: src/shared/domain/volunteerLifecycle.ts.
import { defineAction } from '../define'
import { volunteerInScope } from './inScope'
import { moveVolunteer } from './lifecycle'
import { adminView } from './views'

export const revoke = defineAction({
  action: 'volunteers.revoke',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const v = await moveVolunteer(ctx, await volunteerInScope(ctx, input.volunteerId), 'revoke', input.reason)
    return adminView(v, ctx.now)
  }
})
