// volunteers.reinstate — a coordinator (or admin) lets a suspended volunteer serve again.
// With a reason, audited (lifecycle.ts). The move table: src/shared/domain/volunteerLifecycle.ts.
import { defineAction } from '../define'
import { volunteerInScope } from './inScope'
import { moveVolunteer } from './lifecycle'
import { adminView } from './views'

export const reinstate = defineAction({
  action: 'volunteers.reinstate',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const v = await moveVolunteer(ctx, await volunteerInScope(ctx, input.volunteerId), 'reinstate', input.reason)
    return adminView(v, ctx.now)
  }
})
