// The catalogue rulebook (src/shared/domain/order/catalog.ts) and what reads it: built-in entries merged with a
// community's changes (built-in names fixed), own categories only with a valid key and a name, nonsense stored
// values ignored, labels with their fallbacks, the 工作台 counting own categories, and the rate-limit bounds.
import {
  categoryLabel,
  DEFAULT_CATALOG,
  effectiveCatalog,
  findCatalogEntry,
  isOrderable,
  labelTaken,
  orderCategoryLabel,
  unknownCategories,
  type StoredCatalog
} from '../../src/shared/domain/order'
import { dashboardOf } from '../../src/shared/domain/stats/dashboard'
import { rateLimitProblems } from '../../src/shared/domain/rateLimits'
import { SERVICE_CATEGORIES } from '../../src/shared/contracts'

const stored: StoredCatalog = {
  shopping: { defaultMinutes: 30, label: '买菜', grabPool: false },
  c_meals001: { label: '助餐送餐', defaultMinutes: 45, seq: 2 },
  c_haircut1: { label: '义剪', retired: true, seq: 1 },
  c_nolabel1: { defaultMinutes: 30, seq: 3 },
  bogus_key: { label: '乱写', seq: 4 },
  elder_visit: { defaultMinutes: -5, minAge: 'x' as unknown as number, enabled: 'no' as unknown as boolean }
}

describe('the effective catalogue', () => {
  it('lists the built-in ten in order, then own categories by when they were added, retired ones included', () => {
    expect(effectiveCatalog(stored).map((e) => e.category)).toEqual([...SERVICE_CATEGORIES, 'c_haircut1', 'c_meals001'])
  })

  it('keeps built-in names and ignores stored values of the wrong type or sign', () => {
    expect(findCatalogEntry(stored, 'shopping')).toMatchObject({ label: '代购跑腿', defaultMinutes: 30, grabPool: false, builtin: true })
    expect(findCatalogEntry(stored, 'elder_visit')).toEqual(DEFAULT_CATALOG.elder_visit)
  })

  it('knows own categories only with a c_ key and a name', () => {
    expect(findCatalogEntry(stored, 'c_meals001')).toMatchObject({ label: '助餐送餐', skills: ['c_meals001'], minAge: 18, grabPool: true, builtin: false })
    expect(findCatalogEntry(stored, 'c_nolabel1')).toBeNull()
    expect(findCatalogEntry(stored, 'bogus_key')).toBeNull()
    expect(unknownCategories(['shopping', 'c_meals001', 'c_haircut1', 'bogus_key'], stored)).toEqual(['bogus_key'])
    expect(unknownCategories(['c_meals001', 'c_haircut1'], stored, true)).toEqual(['c_haircut1'])
  })

  it('decides who may order what', () => {
    const e = findCatalogEntry(stored, 'legal_advice')!
    expect([isOrderable(e, false), isOrderable(e, true)]).toEqual([false, true])
    expect(isOrderable(findCatalogEntry(stored, 'c_haircut1')!, true)).toBe(false)
  })
})

describe('labels', () => {
  it('names a category from the catalogue, else the built-in table, else 其他服务', () => {
    expect(categoryLabel('c_meals001', stored)).toBe('助餐送餐')
    expect(categoryLabel('shopping', stored)).toBe('代购跑腿')
    expect(categoryLabel('c_meals001')).toBe('其他服务')
    expect(orderCategoryLabel({ category: 'c_meals001', categoryLabel: '老年助餐' }, stored)).toBe('老年助餐')
  })

  it('finds a name taken by any entry, a retired one too, except the one being renamed', () => {
    expect(labelTaken('义剪', stored)).toBe('已有名为「义剪」的服务（已停用，可恢复）')
    expect(labelTaken('代购跑腿', stored)).toBe('已有名为「代购跑腿」的服务')
    expect(labelTaken('助餐送餐', stored, 'c_meals001')).toBeNull()
  })
})

it('counts an own category on the 工作台 after the built-in ten', () => {
  const d = dashboardOf({
    communityId: 'c',
    communityName: 'C',
    year: 2027,
    asOf: new Date('2027-06-01T00:00:00Z'),
    now: null,
    yearDoc: { months: { '2027-03': { categories: { c_meals001: { created: 2, completed: 1, servedMinutes: 45 }, shopping: { created: 1 } } } } },
    issuingBalance: 0
  })
  expect(d.byCategory.map((c) => c.category)).toEqual([...SERVICE_CATEGORIES, 'c_meals001'])
  expect(d.byCategory.at(-1)).toEqual({ category: 'c_meals001', ordersCreated: 2, ordersCompleted: 1, servedMinutes: 45 })
})

it('bounds a community rate limit', () => {
  expect(rateLimitProblems({ windowMinutes: 60, perUser: 5, perCommunity: 100 })).toEqual({})
  expect(rateLimitProblems({ windowMinutes: 45, perUser: 0, perCommunity: 100 })).toEqual({
    windowMinutes: '统计时段应为15、30、60、120、240、360、720或1440分钟',
    perUser: '每人次数应在1到100之间'
  })
  expect(rateLimitProblems({ windowMinutes: 60, perUser: 20, perCommunity: 10 })).toEqual({ perCommunity: '全社区次数不能少于每人次数' })
})
