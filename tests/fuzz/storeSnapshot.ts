// The whole local store as stored text (SQLite is the source of truth): equal snapshots = byte-identical database.
import { createHash } from 'crypto'

type SqlStore = { sql: { prepare(q: string): { all(...a: unknown[]): unknown[] } }; listCollections(): string[] }

export type Snapshot = Map<string, Map<string, string>>

export function snapshot(store: SqlStore): Snapshot {
  const out: Snapshot = new Map()
  for (const coll of store.listCollections()) {
    const rows = store.sql.prepare(`SELECT id, doc FROM "c_${coll}" ORDER BY id`).all() as Array<{ id: string; doc: string }>
    out.set(coll, new Map(rows.map((r) => [r.id, r.doc])))
  }
  return out
}

export function digest(s: Snapshot): string {
  const h = createHash('sha256')
  for (const [coll, docs] of [...s].sort(([a], [b]) => a.localeCompare(b))) {
    h.update(`\u0000${coll}\u0000`)
    for (const [id, doc] of docs) h.update(`${id}\u0001${doc}\u0002`)
  }
  return h.digest('hex')
}

/** Documents added, changed or removed between two snapshots: `coll/id` → the new text (null when removed). */
export function changes(before: Snapshot, after: Snapshot): Map<string, string | null> {
  const out = new Map<string, string | null>()
  for (const coll of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(coll) ?? new Map<string, string>()
    const a = after.get(coll) ?? new Map<string, string>()
    for (const [id, text] of a) if (b.get(id) !== text) out.set(`${coll}/${id}`, text)
    for (const id of b.keys()) if (!a.has(id)) out.set(`${coll}/${id}`, null)
  }
  return out
}

const FORBIDDEN_KEY = /^\$|^(__proto__|constructor|prototype)$/
/** What a stored document must never hold: an operator or prototype key, or an unbounded string. */
export function storedProblems(text: string, maxString = 20000): string[] {
  const problems: string[] = []
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'string' && v.length > maxString) problems.push(`${path}: string of ${v.length} chars`)
    if (!v || typeof v !== 'object') return
    if (Array.isArray(v)) {
      if (v.length > 2000) problems.push(`${path}: array of ${v.length} items`)
      return v.forEach((x, i) => walk(x, `${path}.${i}`))
    }
    for (const k of Object.keys(v)) {
      // Extended-JSON wrappers of the store's own types ($date, $numberLong…) are the store's, not input.
      const ejson = /^\$(date|numberLong|numberInt|numberDouble|numberDecimal|oid|regularExpression|binary|timestamp)$/.test(k) && Object.keys(v).length === 1
      if (FORBIDDEN_KEY.test(k) && !ejson) problems.push(`${path}: key ${k}`)
      walk((v as any)[k], `${path}.${k}`)
    }
  }
  walk(JSON.parse(text), '')
  return problems
}

type CountingStore = { sql: { prepare(q: string): { get(): unknown; all(...a: unknown[]): unknown[] } }; listCollections(): string[] }
/** SQLite's count of rows inserted, updated or deleted through the store's connection (every write goes through it). */
const rowChanges = (store: CountingStore) => (store.sql.prepare('SELECT total_changes() AS n').get() as { n: number }).n

/**
 * The store's snapshot, re-read only when SQLite says some row changed since the last read: a call after which
 * total_changes() is unchanged provably left every stored byte as it was, without reading the store again.
 */
export function storeWatch(store: CountingStore) {
  let at = -1
  let last: Snapshot = new Map()
  return {
    now(): Snapshot {
      const n = rowChanges(store)
      if (n !== at) {
        last = snapshot(store)
        at = rowChanges(store)
      }
      return last
    }
  }
}
