// volunteers.resume — the volunteer takes orders again after a pause.
// The move table: src/shared/domain/volunteerLifecycle.ts.
import { defineAction } from '../define'
import { moveVolunteer, ownVolunteer } from './lifecycle'
import { selfView } from './views'

export const resume = defineAction({
  action: 'volunteers.resume',
  allow: ['volunteer'],
  scope: 'self',
  async handler(_input, ctx) {
    const v = await moveVolunteer(ctx, ownVolunteer(ctx), 'resume', null)
    return selfView(v, ctx.now)
  }
})
