// volunteers.suspend — a coordinator (or admin) suspends a volunteer of the community (refused while they hold an open order: reassign first).
// With a reason, audited (lifecycle.ts). The move table: src/shared/domain/volunteerLifecycle.ts.
import { defineAction } from '../define'
import { volunteerInScope } from './inScope'
import { moveVolunteer } from './lifecycle'
import { adminView } from './views'

export const suspend = defineAction({
  action: 'volunteers.suspend',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const v = await moveVolunteer(ctx, await volunteerInScope(ctx, input.volunteerId), 'suspend', input.reason)
    return adminView(v, ctx.now)
  }
})
