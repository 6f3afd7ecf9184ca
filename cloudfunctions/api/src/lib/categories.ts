// Category keys in any input (skills, an order's or project's category, a station's services) are checked against
// the caller's community catalogue here: the contracts only check a key's shape, since a community adds its own
// categories (catalog.add). Unknown → CATEGORY_UNKNOWN with a Chinese message under the field, nothing written.
import { findCatalogEntry, unknownCategories } from '../../../../src/shared/domain/order'
import { AppError } from '../../../../src/shared/errors'
import type { ActionContext } from '../actions/define'

/**
 * Throws unless every key is a category of the caller's community; with `live`, a retired one counts as unknown
 * too, unless it is in `kept` (what the record already holds: a volunteer keeps a skill whose category retired).
 */
export function assertCategories(
  ctx: Pick<ActionContext, 'community'>,
  keys: readonly string[],
  field: string,
  live = true,
  kept: readonly string[] = []
): void {
  const bad = unknownCategories(keys, ctx.community?.catalog, live).filter((k) => !(kept.includes(k) && findCatalogEntry(ctx.community?.catalog, k)))
  if (bad.length) throw new AppError('CATEGORY_UNKNOWN', { [field]: live ? '请选择本社区在用的服务类别' : '本社区没有这项服务' })
}
