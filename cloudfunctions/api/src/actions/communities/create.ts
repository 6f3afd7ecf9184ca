// communities.create — an administrator sets up a community (audited); so does a street admin, in their own street
// only (naming another street is FORBIDDEN). Its code (typed or scanned to join) is unique by the index
// code_unique: the insert itself decides, so two admins racing for one code cannot both get it. A replay (the same
// caller and envelope requestId, kept by the client's retries) finds the community it made and returns it.
import { AppError, messageFor } from '../../../../../src/shared/errors'
import { assertTextSafe } from '../../lib/contentCheck'
import { isDuplicateKey } from '../../lib/dbErrors'
import { callerStreet } from '../../lib/scope'
import { recordAudit } from '../../repos/audit'
import { findCommunityByCode, insertCommunity } from '../../repos/communities'
import { findStreet } from '../../repos/streets'
import { defineAction, type ActionContext } from '../define'
import { communityView } from './view'

export const create = defineAction({
  action: 'communities.create',
  allow: ['admin', 'street_admin'],
  scope: 'global',
  async handler(input, ctx) {
    const streetId = await streetFor(input.streetId, ctx)
    await assertTextSafe(ctx.openid, { name: input.name, address: input.address })
    const doc = {
      name: input.name,
      code: input.code,
      address: input.address,
      location: input.location,
      streetId,
      population: input.population ?? null,
      createdBy: ctx.openid,
      requestId: ctx.requestId,
      createdAt: ctx.now
    }
    try {
      const id = await insertCommunity(doc)
      const audit = { actorOpenid: ctx.openid, communityId: id, action: 'communities.create', targetType: 'community', targetId: id, requestId: ctx.requestId }
      await recordAudit({ ...audit, after: { name: doc.name, code: doc.code, streetId, population: doc.population } }, ctx.now)
      return communityView({ ...doc, _id: id })
    } catch (e) {
      if (!isDuplicateKey(e, 'code_unique')) throw e
      const holder = await findCommunityByCode(doc.code)
      if (holder && holder.createdBy === ctx.openid && holder.requestId === ctx.requestId) return communityView(holder)
      throw new AppError('COMMUNITY_CODE_TAKEN', { code: messageFor('COMMUNITY_CODE_TAKEN') })
    }
  }
})

/** The street the new community joins: a platform admin's choice (which must exist), a street admin's own street. */
async function streetFor(named: string | undefined, ctx: ActionContext): Promise<string | null> {
  if (ctx.user!.roles.includes('admin')) {
    if (named && !(await findStreet(named))) throw new AppError('NOT_FOUND', { streetId: '街道不存在' })
    return named ?? null
  }
  const own = callerStreet(ctx)
  if (named && named !== own) throw new AppError('FORBIDDEN')
  return own
}
