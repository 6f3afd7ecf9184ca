// volunteers.leave — the volunteer leaves for good (refused while they hold an open order); their records stay (谁组织谁记录).
// The move table: src/shared/domain/volunteerLifecycle.ts.
import { defineAction } from '../define'
import { moveVolunteer, ownVolunteer } from './lifecycle'
import { selfView } from './views'

export const leave = defineAction({
  action: 'volunteers.leave',
  allow: ['volunteer'],
  scope: 'self',
  async handler(input, ctx) {
    const v = await moveVolunteer(ctx, ownVolunteer(ctx), 'leave', input.reason || null)
    return selfView(v, ctx.now)
  }
})
