// catalog.add — a coordinator adds a category of their own (助餐送餐, 义剪, 心理疏导 …) with its terms. Its key is
// `c_` + 8 hex digits of a hash of the name, so communities of a street that add the same service share its key: a
// volunteer of one community whose skills list 助餐送餐 can be dispatched by the street to another's 助餐送餐 order.
// The entry keeps a stamp of (community, caller, requestId): a replay finds the entry it made and returns it, adding
// nothing. The name must be new in the community, retired entries included (CATEGORY_LABEL_TAKEN); at most
// CATALOG_BOUNDS.ownCategories own categories. Written by store.ts (version-conditional, audited once).
import { createHash } from 'crypto'
import { CATALOG_BOUNDS, findCatalogEntry, labelTaken, ownCategoryCount, type CatalogEntry } from '../../../../../src/shared/domain/order'
import { AppError } from '../../../../../src/shared/errors'
import { callerCommunity } from '../../lib/scope'
import { defineAction } from '../define'
import { storeEntry } from './store'

const hash = (text: string) => createHash('sha256').update(text).digest('hex')

export const add = defineAction({
  action: 'catalog.add',
  allow: ['coordinator'],
  scope: 'community',
  async handler(input, ctx) {
    const communityId = callerCommunity(ctx)
    const catalog = ctx.community?.catalog
    const key = `c_${hash(input.label.trim()).slice(0, 8)}`
    const addedBy = hash(`${communityId}\u0000${ctx.openid}\u0000${input.requestId}`).slice(0, 16)
    const made = findCatalogEntry(catalog, key)
    if (made && catalog?.[key]?.addedBy === addedBy) return made // a replay: the entry this request added
    const taken = labelTaken(input.label, catalog) ?? (made ? `与本社区的服务「${made.label}」冲突，请换一个名称` : null)
    if (taken) throw new AppError('CATEGORY_LABEL_TAKEN', { label: taken })
    if (ownCategoryCount(catalog) >= CATALOG_BOUNDS.ownCategories.max) throw new AppError('LIMIT_REACHED', { label: CATALOG_BOUNDS.ownCategories.message })
    const { requestId: _r, ...terms } = input
    const entry: CatalogEntry = { ...terms, category: key, skills: [key], enabled: true, retired: false, builtin: false }
    return storeEntry(ctx, 'catalog.add', entry, null, { addedBy })
  }
})
