// catalog.retire — a coordinator retires a category (停用: no new orders, not offered as a skill; orders, records
// and skills that name it keep its label) or restores it. Already in the asked state: answered as it is, nothing
// written (a replay too). Written by store.ts (version-conditional, audited once per request).
import { findCatalogEntry } from '../../../../../src/shared/domain/order'
import { AppError } from '../../../../../src/shared/errors'
import { callerCommunity } from '../../lib/scope'
import { defineAction } from '../define'
import { storeEntry } from './store'

export const retire = defineAction({
  action: 'catalog.retire',
  allow: ['coordinator'],
  scope: 'community',
  async handler(input, ctx) {
    callerCommunity(ctx)
    const current = findCatalogEntry(ctx.community?.catalog, input.category)
    if (!current) throw new AppError('CATEGORY_UNKNOWN', { category: '本社区没有这项服务' })
    if (current.retired === input.retired) return current
    return storeEntry(ctx, 'catalog.retire', { ...current, retired: input.retired }, current)
  }
})
