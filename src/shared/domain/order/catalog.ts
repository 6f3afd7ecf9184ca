// The service catalogue: what residents can ask for, what it takes to serve it. Stored per community on its
// document as `catalog` (key → entry): the built-in ten (fixed keys and labels; a community may change their terms)
// and the community's own categories (catalog.add: key `c_` + 8 letters/digits, a label unique in the community).
// Invariants: an entry is never deleted — retiring one stops new orders while orders, records, skills and stats
// still show its label; every reader goes through effectiveCatalog / findCatalogEntry / categoryLabel here.
import { SERVICE_CATEGORIES, SERVICE_CATEGORY_LABELS, type BuiltinCategory, type ServiceCategory } from '../../contracts/fields'

export interface CatalogEntry {
  category: ServiceCategory
  label: string
  /** Usual length of the service, used to estimate (and hold) hours before it happens. */
  defaultMinutes: number
  /** Skills a volunteer must have, all of them (registration skills use the same keys). */
  skills: ServiceCategory[]
  minAge: number
  /** Risky service (条例 art 17): only volunteers with insurance on file may take it. */
  risky: boolean
  /** Residents may submit it themselves; otherwise a coordinator creates it after talking to them. */
  residentDirect: boolean
  /** Volunteers may grab it in the 抢单大厅; false: only a coordinator's dispatch serves it. */
  grabPool: boolean
  /** Open for new orders (a pause); a retired entry is closed whatever this says. */
  enabled: boolean
  /** Retired (停用): no new orders, not offered as a skill; kept so old orders and records keep their label. */
  retired: boolean
  /** One of the built-in ten: its key and label are fixed. */
  builtin: boolean
}

/** An entry as stored: any subset of the fields (older documents lack the newer ones); own ones keep `seq`. */
/** `addedBy`: catalog.add's replay stamp (a hash of community, caller and request id), never shown. */
export type StoredCatalogEntry = Partial<CatalogEntry> & { seq?: number; addedBy?: string }
export type StoredCatalog = Partial<Record<string, StoredCatalogEntry>>

/** Bounds of the editable terms, with the Chinese message shown when a value falls outside them. */
export const CATALOG_BOUNDS = {
  defaultMinutes: { min: 15, max: 480, message: '服务时长应在15到480分钟之间' },
  minAge: { min: 14, max: 70, message: '最低年龄应在14到70周岁之间' },
  label: { min: 2, max: 12, message: '服务名称应为2到12个字' },
  /** Own categories a community may add (retired ones count: they stay on the document). */
  ownCategories: { max: 40, message: '每个社区最多添加40个自定义服务' }
} as const

/** Keys of a community's own categories: `c_` + 8 lowercase letters/digits (made on the server). */
export const OWN_CATEGORY_KEY = /^c_[a-z0-9]{8}$/

const BUILTIN: readonly string[] = SERVICE_CATEGORIES
export const isBuiltinCategory = (c: string): c is BuiltinCategory => BUILTIN.includes(c)

const entry = (category: BuiltinCategory, defaultMinutes: number, over: Partial<CatalogEntry> = {}): CatalogEntry => ({
  category,
  label: SERVICE_CATEGORY_LABELS[category],
  defaultMinutes,
  skills: [category],
  minAge: 18,
  risky: false,
  residentDirect: true,
  grabPool: true,
  enabled: true,
  retired: false,
  builtin: true,
  ...over
})

export const DEFAULT_CATALOG: Record<BuiltinCategory, CatalogEntry> = {
  elder_visit: entry('elder_visit', 60),
  shopping: entry('shopping', 45, { minAge: 16 }),
  repair: entry('repair', 90, { risky: true }),
  tutoring: entry('tutoring', 60, { minAge: 16 }),
  companionship: entry('companionship', 60, { minAge: 16 }),
  legal_advice: entry('legal_advice', 60, { residentDirect: false }),
  medical_advice: entry('medical_advice', 45),
  phone_lessons: entry('phone_lessons', 60, { minAge: 14 }),
  cleaning: entry('cleaning', 120),
  escort: entry('escort', 180, { risky: true })
}

/** An own category's terms before the coordinator's choices are applied. */
function ownDefaults(category: string): CatalogEntry {
  return { ...entry('elder_visit', 60), category, label: '', skills: [category], builtin: false }
}

/** Stored fields of the right type only: a hand-edited document cannot put a string where a number belongs. */
function sane(stored: StoredCatalogEntry | undefined): Partial<CatalogEntry> {
  const out: Partial<CatalogEntry> = {}
  if (!stored || typeof stored !== 'object') return out
  for (const k of ['defaultMinutes', 'minAge'] as const) if (Number.isSafeInteger(stored[k]) && stored[k]! > 0) out[k] = stored[k]
  for (const k of ['risky', 'residentDirect', 'grabPool', 'enabled', 'retired'] as const) if (typeof stored[k] === 'boolean') out[k] = stored[k]
  if (Array.isArray(stored.skills) && stored.skills.length && stored.skills.every((s) => typeof s === 'string')) out.skills = [...stored.skills]
  if (typeof stored.label === 'string' && stored.label.trim()) out.label = stored.label.trim()
  return out
}

/** The entry of `category` in force for the community, or null when it has no such category. */
export function findCatalogEntry(stored: StoredCatalog | null | undefined, category: string): CatalogEntry | null {
  if (isBuiltinCategory(category)) {
    const { label: _ignored, ...over } = sane(stored?.[category]) // built-in labels are fixed
    return { ...DEFAULT_CATALOG[category], ...over, category, builtin: true }
  }
  const own = stored?.[category]
  const terms = sane(own)
  if (!OWN_CATEGORY_KEY.test(category) || !terms.label) return null
  return { ...ownDefaults(category), ...terms, category, builtin: false }
}

/** The community's whole catalogue, retired entries included: the built-in ten in the standard order, then its own in the order added. */
export function effectiveCatalog(stored: StoredCatalog | null | undefined): CatalogEntry[] {
  const own = Object.entries(stored ?? {})
    .filter(([k]) => !isBuiltinCategory(k))
    .sort(([, a], [, b]) => (a?.seq ?? 0) - (b?.seq ?? 0))
    .map(([k]) => findCatalogEntry(stored, k))
    .filter((e): e is CatalogEntry => e !== null)
  return [...SERVICE_CATEGORIES.map((c) => findCatalogEntry(stored, c)!), ...own]
}

/** Every category key of the community (retired too): the universe a volunteer's missing skills are taken from. */
export function catalogKeys(stored: StoredCatalog | null | undefined): string[] {
  return effectiveCatalog(stored).map((e) => e.category)
}

/** Categories that may be offered as a skill or picked for something new (not retired). */
export function liveCatalog(stored: StoredCatalog | null | undefined): CatalogEntry[] {
  return effectiveCatalog(stored).filter((e) => !e.retired)
}

/** May a new order of this entry be made — by a resident, or by a coordinator (who may make non-direct ones)? */
export function isOrderable(e: CatalogEntry, byCoordinator: boolean): boolean {
  return e.enabled && !e.retired && (e.residentDirect || byCoordinator)
}

/**
 * The Chinese name of a category: the community's entry (own categories, retired too), else the built-in label,
 * else 其他服务 (a key from another community's catalogue, or an order document older than its label).
 */
export function categoryLabel(category: string, stored?: StoredCatalog | null): string {
  const own = stored?.[category]?.label
  if (!isBuiltinCategory(category) && typeof own === 'string' && own.trim()) return own.trim()
  return isBuiltinCategory(category) ? SERVICE_CATEGORY_LABELS[category] : '其他服务'
}

/** An order's (or record's) category name: the label it was made with, else the catalogue's, else the built-in one. */
export const orderCategoryLabel = (o: { category: string; categoryLabel?: string | null }, stored?: StoredCatalog | null): string =>
  o.categoryLabel || categoryLabel(o.category, stored)

/** Labels of many keys at once, joined with 、 (skills lists). */
export const categoryLabels = (categories: readonly string[], stored?: StoredCatalog | null) => categories.map((c) => categoryLabel(c, stored)).join('、')

/** Why `label` cannot name a category of this community (taken by another entry, retired ones included); null when free. */
export function labelTaken(label: string, stored: StoredCatalog | null | undefined, except?: string): string | null {
  const l = label.trim()
  const taken = effectiveCatalog(stored).find((e) => e.category !== except && e.label === l)
  return taken ? `已有名为「${l}」的服务${taken.retired ? '（已停用，可恢复）' : ''}` : null
}

/** Own categories on the document (retired ones too): what CATALOG_BOUNDS.ownCategories caps. */
export const ownCategoryCount = (stored: StoredCatalog | null | undefined) => effectiveCatalog(stored).filter((e) => !e.builtin).length

/** Keys of `wanted` that are not categories of the community (or are retired, when `live`): empty when all are fine. */
export function unknownCategories(wanted: readonly string[], stored: StoredCatalog | null | undefined, live = false): string[] {
  return wanted.filter((c) => {
    const e = findCatalogEntry(stored, c)
    return !e || (live && e.retired)
  })
}
