// The service catalogue: what residents can ask for, what it takes to serve it. Each community may override an
// entry (catalog.upsert); categories it never touched use these defaults.
import { SERVICE_CATEGORIES, type ServiceCategory } from '../../contracts/fields'

export interface CatalogEntry {
  category: ServiceCategory
  /** Usual length of the service, used to estimate (and hold) hours before it happens. */
  defaultMinutes: number
  /** Skills a volunteer must have, all of them (registration skills use the same names). */
  skills: ServiceCategory[]
  minAge: number
  /** Risky service (条例 art 17): only volunteers with insurance on file may take it. */
  risky: boolean
  /** Residents may submit it themselves; otherwise a coordinator creates it after talking to them. */
  residentDirect: boolean
  enabled: boolean
}

const entry = (category: ServiceCategory, defaultMinutes: number, over: Partial<CatalogEntry> = {}): CatalogEntry => ({
  category,
  defaultMinutes,
  skills: [category],
  minAge: 18,
  risky: false,
  residentDirect: true,
  enabled: true,
  ...over
})

export const DEFAULT_CATALOG: Record<ServiceCategory, CatalogEntry> = {
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

/** The community's effective catalogue: its stored entries over the defaults, in the standard category order. */
export function effectiveCatalog(stored: Partial<Record<string, CatalogEntry>> | null | undefined): CatalogEntry[] {
  return SERVICE_CATEGORIES.map((c) => ({ ...DEFAULT_CATALOG[c], ...(stored?.[c] ?? {}), category: c }))
}

export function catalogEntry(stored: Partial<Record<string, CatalogEntry>> | null | undefined, category: ServiceCategory): CatalogEntry {
  return { ...DEFAULT_CATALOG[category], ...(stored?.[category] ?? {}), category }
}
