// system.ping — proves the whole path (client → router → contract → handler) without touching user data.
import { toUtcIso } from '../../../../../src/shared/time'
import { defineAction } from '../define'

export const ping = defineAction({
  action: 'system.ping',
  allow: 'anyone',
  scope: 'global',
  async handler(input, ctx) {
    return { echo: input.echo ?? null, serverTime: toUtcIso(ctx.now) }
  }
})
