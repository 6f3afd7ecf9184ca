// What is durably in the store, read straight from its SQLite file (the source of truth) with a read-only
// connection — safe while the gateway runs (WAL readers never block the writer) and after it was killed.
import Database from 'better-sqlite3'
import path from 'path'
import { parseEjson } from '../../localcloud/src/ejson'

export type Docs = Map<string, any>
export type Snapshot = Record<string, Docs>

/** The collections the crash suite reads (business data; not the 工作台 rollups or logs). */
export const CHECKED = [
  'orders',
  'ledger_accounts',
  'ledger_postings',
  'ledger_entries',
  'service_records',
  'record_totals',
  'points_accounts',
  'points_entries'
] as const

function open(dataDir: string): Database.Database {
  return new Database(path.join(dataDir, 'db.sqlite'), { readonly: true, fileMustExist: true })
}

/** Every document of `collections` as stored (parsed EJSON: dates are Dates), keyed by collection then id. */
export function readStore(dataDir: string, collections: readonly string[] = CHECKED): Snapshot {
  const sql = open(dataDir)
  try {
    const out: Snapshot = {}
    for (const coll of collections) {
      const docs: Docs = new Map()
      const exists = sql.prepare('SELECT 1 FROM _collections WHERE name = ?').get(coll)
      if (exists)
        for (const row of sql.prepare(`SELECT id, doc FROM "c_${coll}"`).all() as Array<{ id: string; doc: string }>)
          docs.set(row.id, { _id: row.id, ...parseEjson(row.doc) })
      out[coll] = docs
    }
    return out
  } finally {
    sql.close()
  }
}

/** The stored text of every document (for "nothing was written" comparisons). */
export function storeTexts(dataDir: string, collections: readonly string[] = CHECKED): Map<string, string> {
  const sql = open(dataDir)
  try {
    const out = new Map<string, string>()
    for (const coll of collections) {
      if (!sql.prepare('SELECT 1 FROM _collections WHERE name = ?').get(coll)) continue
      for (const row of sql.prepare(`SELECT id, doc FROM "c_${coll}"`).all() as Array<{ id: string; doc: string }>) out.set(`${coll}/${row.id}`, row.doc)
    }
    return out
  } finally {
    sql.close()
  }
}

/** Keys whose text differs between two storeTexts() results (added, removed or changed). */
export function changedKeys(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()])
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort()
}
