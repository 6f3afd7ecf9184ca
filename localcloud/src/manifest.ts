// Applies the product's database manifest to the local store: creates missing collections and indexes.
// CloudBase needs the same done once per environment: `npm run db:plan` prints the steps.
import { MANIFEST } from '../../src/shared/db/manifest'
import type { Store } from './store/Store'

export function applyManifest(store: Store): { created: string[] } {
  const created: string[] = []
  for (const coll of MANIFEST) {
    if (!store.hasCollection(coll.name)) {
      store.createCollection(coll.name)
      created.push(coll.name)
    }
    for (const index of coll.indexes) store.createIndex(coll.name, index)
  }
  return { created }
}
