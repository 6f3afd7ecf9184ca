// The caller's community service catalogue for pages that name or offer categories (skills, order forms, project
// and station forms, the 工作台's chart). One catalog.list per identity, shared by every component of the session
// (a list of cards asks once), dropped when the identity changes or a coordinator edits the catalogue. Names come
// from the shared domain's categoryLabel: the community's entry, else the built-in label — never a retyped list.
import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { callApi } from '../api/client'
import type { CatalogEntryView } from '../shared/contracts'
import { categoryLabel, DEFAULT_CATALOG, type StoredCatalog } from '../shared/domain/order/catalog'
import { IDENTITY_CHANGED } from './identityEvents'

const CATALOG_CHANGED = 'catalog:changed'
let shared: Promise<CatalogEntryView[]> | null = null

/** Entries of the caller's community (the built-in ten for a caller without one, or when it cannot be read). */
function loadShared(): Promise<CatalogEntryView[]> {
  shared ??= callApi('catalog.list', {})
    .then((r) => r.entries)
    .catch(() => {
      shared = null // try again next time
      return Object.values(DEFAULT_CATALOG)
    })
  return shared
}

/** After a catalogue write: every mounted page reloads its names and pickers. */
export function announceCatalogChanged(): void {
  shared = null
  Taro.eventCenter.trigger(CATALOG_CHANGED)
}

export const catalogOf = (entries: readonly CatalogEntryView[] | null): StoredCatalog | null =>
  entries ? Object.fromEntries(entries.map((e) => [e.category, e])) : null

export interface UseCatalog {
  /** All entries, retired too; null while loading. */
  entries: CatalogEntryView[] | null
  /** What may be picked for something new (not retired). */
  live: CatalogEntryView[]
  /** The Chinese name of a category key. */
  label: (category: string) => string
  /** Names of several keys joined with 、 (a volunteer's skills). */
  labels: (categories: readonly string[]) => string
}

export function useCatalog(): UseCatalog {
  const [entries, setEntries] = useState<CatalogEntryView[] | null>(null)
  useEffect(() => {
    let live = true
    const load = () => void loadShared().then((e) => live && setEntries(e))
    const reset = () => {
      shared = null
      load()
    }
    load()
    Taro.eventCenter.on(IDENTITY_CHANGED, reset)
    Taro.eventCenter.on(CATALOG_CHANGED, load)
    return () => {
      live = false
      Taro.eventCenter.off(IDENTITY_CHANGED, reset)
      Taro.eventCenter.off(CATALOG_CHANGED, load)
    }
  }, [])
  const label = useCallback((c: string) => categoryLabel(c, catalogOf(entries)), [entries])
  const labels = useCallback((cs: readonly string[]) => cs.map(label).join('、'), [label])
  return { entries, live: (entries ?? []).filter((e) => !e.retired), label, labels }
}
