// users.updateProfile — the caller's nickname and avatar (a cloud fileID from chooseAvatar, or https). The
// nickname is public-facing text, so it passes content security before anything is written.
import { ROLES } from '../../../../../src/shared/domain/roles'
import { assertTextSafe } from '../../lib/contentCheck'
import { updateProfile as saveProfile, type UserDoc } from '../../repos/users'
import { defineAction } from '../define'
import { meView } from './view'

export const updateProfile = defineAction({
  action: 'users.updateProfile',
  allow: ROLES, // any signed-up user
  scope: 'self',
  personal: true, // 《用户隐私保护指引》 consent first (router: CONSENT_REQUIRED)
  async handler(input, ctx) {
    const user = ctx.user!
    await assertTextSafe(ctx.openid, { nickname: input.nickname })
    const patch: Partial<Pick<UserDoc, 'nickname' | 'avatarUrl'>> = {}
    if (input.nickname !== undefined && input.nickname !== user.nickname) patch.nickname = input.nickname
    if (input.avatarUrl !== undefined && input.avatarUrl !== user.avatarUrl) patch.avatarUrl = input.avatarUrl
    if (Object.keys(patch).length > 0) await saveProfile(ctx.openid, patch, ctx.now)
    return meView({ ...user, ...patch })
  }
})
