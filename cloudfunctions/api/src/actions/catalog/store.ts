// The one way a catalogue entry is written (catalog.add, catalog.upsert, catalog.retire): conditional on the
// catalogue version the router read with the caller, so two coordinators editing at once cannot silently overwrite
// each other (the loser gets CONFLICT and nothing changes), and audited once per (caller, requestId), so a replay
// adds no second entry. Orders already made keep the terms and label they were made with (copied onto the order).
import type { CatalogEntry } from '../../../../../src/shared/domain/order'
import { AppError } from '../../../../../src/shared/errors'
import { callerCommunity } from '../../lib/scope'
import { recordAuditOnce } from '../../repos/audit'
import { setCatalogEntry } from '../../repos/communities'
import type { ActionContext } from '../define'

type CatalogAction = 'catalog.add' | 'catalog.upsert' | 'catalog.retire'

/** The entry's terms as the audit shows them (label first: a key like c_1a2b3c4d means nothing to a reader). */
const terms = ({ builtin: _b, ...e }: CatalogEntry) => e

/** `stamp`: stored with the entry, never shown (catalog.add's replay stamp). */
export async function storeEntry(
  ctx: ActionContext,
  action: CatalogAction,
  next: CatalogEntry,
  before: CatalogEntry | null,
  stamp: Record<string, string> = {}
): Promise<CatalogEntry> {
  const communityId = callerCommunity(ctx)
  const version = ctx.community?.catalogVersion ?? 0
  // Own categories keep their place in the list: the version that added them.
  const seq = next.builtin ? undefined : (ctx.community?.catalog?.[next.category]?.seq ?? version + 1)
  const kept = ctx.community?.catalog?.[next.category]?.addedBy
  const stored = { ...terms(next), ...(seq === undefined ? {} : { seq }), ...(kept ? { addedBy: kept } : {}), ...stamp }
  if (!(await setCatalogEntry(communityId, version, next.category, stored, ctx.now))) throw new AppError('CONFLICT')
  await recordAuditOnce(
    `${action}:${ctx.openid}:${ctx.requestId}`,
    {
      actorOpenid: ctx.openid,
      communityId,
      action,
      targetType: 'community',
      targetId: communityId,
      requestId: ctx.requestId,
      before: before ? terms(before) : null,
      after: terms(next)
    },
    ctx.now
  )
  return next
}
