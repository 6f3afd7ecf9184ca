// users.me — the signed-in user, created on first call from the caller's OPENID. Round trips: 1 (existing
// user without community), 2 (with community), 3 (first call: read, add, community none).
import { AppError } from '../../../../../src/shared/errors'
import { toUtcIso } from '../../../../../src/shared/time'
import type { MeView } from '../../../../../src/shared/contracts'
import { findCommunity } from '../../repos/communities'
import { ensureUser } from '../../repos/users'
import { effectiveRoles } from '../../lib/roles'
import { defineAction } from '../define'

export const me = defineAction({
  action: 'users.me',
  allow: 'anyone',
  scope: 'self',
  async handler(_input, ctx): Promise<MeView> {
    const user = ctx.user ?? (await ensureUser(ctx.openid, ctx.now))
    if (!user) throw new AppError('INTERNAL')
    const community = user.communityId ? await findCommunity(user.communityId) : null
    return {
      id: user._id,
      nickname: user.nickname,
      avatarUrl: user.avatarUrl,
      roles: effectiveRoles(user),
      community: community ? { id: community._id, name: community.name } : null,
      createdAt: toUtcIso(user.createdAt)
    }
  }
})
