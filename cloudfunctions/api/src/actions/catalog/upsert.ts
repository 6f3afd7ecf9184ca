// catalog.upsert — a coordinator sets one category's terms for their community: a built-in one (its name is fixed)
// or one of its own (which may be renamed, to a name no other entry has). Skills must be categories of the
// community. Retiring is catalog.retire's; this keeps the entry's retired state. Written by store.ts (conditional
// on the catalogue version, audited once per request).
import { findCatalogEntry, labelTaken, unknownCategories, type CatalogEntry } from '../../../../../src/shared/domain/order'
import { AppError } from '../../../../../src/shared/errors'
import { callerCommunity } from '../../lib/scope'
import { defineAction } from '../define'
import { storeEntry } from './store'

export const upsert = defineAction({
  action: 'catalog.upsert',
  allow: ['coordinator'],
  scope: 'community',
  async handler(input, ctx) {
    callerCommunity(ctx)
    const catalog = ctx.community?.catalog
    const current = findCatalogEntry(catalog, input.category)
    if (!current) throw new AppError('CATEGORY_UNKNOWN', { category: '本社区没有这项服务' })
    const label = input.label ?? current.label
    if (current.builtin && label !== current.label) throw new AppError('BAD_INPUT', { label: '内置服务的名称不能修改' })
    const taken = labelTaken(label, catalog, current.category)
    if (taken) throw new AppError('CATEGORY_LABEL_TAKEN', { label: taken })
    const skills = input.skills.length ? [...new Set(input.skills)] : [current.category]
    if (unknownCategories(skills, catalog).length) throw new AppError('CATEGORY_UNKNOWN', { skills: '所需技能须为本社区的服务类别' })
    const next: CatalogEntry = { ...current, ...input, label, skills, grabPool: input.grabPool ?? current.grabPool }
    return storeEntry(ctx, 'catalog.upsert', next, current)
  }
})
