// catalog.upsert — a coordinator sets one category's terms for their community. Conditional on the catalogue
// version read with the caller, so two coordinators editing at once cannot silently overwrite each other.
// Orders already submitted keep the terms they were made with (skills, age, minutes are copied onto the order).
import { AppError } from '../../../../../src/shared/errors'
import { SERVICE_CATEGORY_LABELS } from '../../../../../src/shared/contracts'
import { callerCommunity } from '../../lib/scope'
import { recordAudit } from '../../repos/audit'
import { setCatalogEntry } from '../../repos/communities'
import { defineAction } from '../define'

export const upsert = defineAction({
  action: 'catalog.upsert',
  allow: ['coordinator'],
  scope: 'community',
  async handler(input, ctx) {
    const communityId = callerCommunity(ctx)
    const version = ctx.community?.catalogVersion ?? 0
    const entry = { ...input, skills: input.skills.length ? input.skills : [input.category] }
    if (!(await setCatalogEntry(communityId, version, entry, ctx.now))) throw new AppError('CONFLICT')
    await recordAudit(
      {
        actorOpenid: ctx.openid,
        communityId,
        action: 'catalog.upsert',
        targetType: 'community',
        targetId: communityId,
        requestId: ctx.requestId,
        before: { entry: ctx.community?.catalog?.[input.category] ?? null },
        after: { entry }
      },
      ctx.now
    )
    return { ...entry, label: SERVICE_CATEGORY_LABELS[entry.category] }
  }
})
