// communities.create — an administrator sets up a community (audited). Its code (typed or scanned to join) is unique by
// the index code_unique: the insert itself decides, so two admins racing for one code cannot both get it.
import { AppError, messageFor } from '../../../../../src/shared/errors'
import { assertTextSafe } from '../../lib/contentCheck'
import { isDuplicateKey } from '../../lib/dbErrors'
import { recordAudit } from '../../repos/audit'
import { insertCommunity } from '../../repos/communities'
import { defineAction } from '../define'
import { communityView } from './view'

export const create = defineAction({
  action: 'communities.create',
  allow: ['admin'],
  scope: 'global',
  async handler(input, ctx) {
    await assertTextSafe(ctx.openid, { name: input.name, address: input.address })
    const doc = { name: input.name, code: input.code, address: input.address, location: input.location, createdBy: ctx.openid, createdAt: ctx.now }
    try {
      const id = await insertCommunity(doc)
      await recordAudit(
        {
          actorOpenid: ctx.openid,
          communityId: id,
          action: 'communities.create',
          targetType: 'community',
          targetId: id,
          requestId: ctx.requestId,
          after: { name: doc.name, code: doc.code }
        },
        ctx.now
      )
      return communityView({ ...doc, _id: id })
    } catch (e) {
      if (isDuplicateKey(e, 'code_unique')) throw new AppError('COMMUNITY_CODE_TAKEN', { code: messageFor('COMMUNITY_CODE_TAKEN') })
      throw e
    }
  }
})
