// volunteers.pause — the volunteer stops taking orders for a while (条例 art 22: notice before not serving); open orders stay theirs.
// The move table: src/shared/domain/volunteerLifecycle.ts.
import { defineAction } from '../define'
import { moveVolunteer, ownVolunteer } from './lifecycle'
import { selfView } from './views'

export const pause = defineAction({
  action: 'volunteers.pause',
  allow: ['volunteer'],
  scope: 'self',
  async handler(_input, ctx) {
    const v = await moveVolunteer(ctx, ownVolunteer(ctx), 'pause', null)
    return selfView(v, ctx.now)
  }
})
