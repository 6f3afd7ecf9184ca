// users.me — the signed-in user, created on first call from the caller's OPENID. Round trips: 1 (existing
// user without community), 2 (with community), 3 (first call: read, add, community none).
import { AppError } from '../../../../../src/shared/errors'
import type { MeView } from '../../../../../src/shared/contracts'
import { ensureUser } from '../../repos/users'
import { defineAction } from '../define'
import { meView } from './view'

export const me = defineAction({
  action: 'users.me',
  allow: 'anyone',
  scope: 'self',
  async handler(_input, ctx): Promise<MeView> {
    const user = ctx.user ?? (await ensureUser(ctx.openid, ctx.now))
    if (!user) throw new AppError('INTERNAL')
    return meView(user)
  }
})
