// The durable document store behind the local cloud: one SQLite table per collection (id, relaxed-EJSON text),
// WAL journal with synchronous commits, and an in-memory copy of each collection for query evaluation by mingo.
// Every declared index is also an SQLite index table (indexTables.ts) the planner (planner.ts) reads candidate ids
// from; the documents themselves are then taken from memory by id.
// Invariants:
// - SQLite is the source of truth; memory changes only after the SQLite transaction has committed.
// - Every batch of changes is atomic (one SQLite transaction, index rows included) and checked against unique
//   indexes first.
// - Each committed version carries a sequence number, so open transactions can read their snapshot.
// - The in-memory Map is in rowid order (insertion order), the tie order index scans reproduce.
import Database from 'better-sqlite3'
import { randomBytes } from 'crypto'
import { parseEjson, toRelaxed, type Doc } from '../ejson'
import { dbErrors } from './errors'
import { IndexTables } from './indexTables'
import { getPath } from './values'

export interface IndexField {
  field: string
  order: 1 | -1 | '2dsphere'
}
export interface IndexSpec {
  name: string
  fields: IndexField[]
  unique?: boolean
}
/** rid: the document's SQLite rowid (its insertion rank). */
export interface Rec {
  doc: Doc
  seq: number
  rid: number
}
export interface Change {
  coll: string
  id: string
  doc: Doc | null
}

export interface CollState {
  docs: Map<string, Rec>
  indexes: IndexSpec[]
  unique: Map<string, Map<string, string>> // index name → key → doc id
  /** Indexed paths that met an array in some document (multikey: several index rows per document). */
  multikey: Set<string>
}

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/

export function newDocId(): string {
  return randomBytes(16).toString('hex')
}

function uniqueKey(doc: Doc, spec: IndexSpec): string {
  // MongoDB indexes a missing field as null, so two documents missing it collide in a unique index.
  return toRelaxed(spec.fields.map((f) => getPath(doc, f.field) ?? null))
}

export class Store {
  readonly sql: Database.Database
  private colls = new Map<string, CollState>()
  private seq = 0
  /** Called after each committed batch with the previous versions (for transaction snapshots). */
  onCommit: ((changes: Array<{ coll: string; id: string; prev: Rec | undefined; seq: number }>) => void) | null = null

  readonly tables: IndexTables
  private stmts = new Map<string, Database.Statement>()

  constructor(readonly file: string) {
    this.sql = new Database(file)
    this.sql.pragma('journal_mode = WAL')
    this.sql.pragma('synchronous = FULL') // an acknowledged write survives kill -9 and power loss
    this.sql.exec('CREATE TABLE IF NOT EXISTS _collections (name TEXT PRIMARY KEY, created_at TEXT NOT NULL)')
    this.sql.exec('CREATE TABLE IF NOT EXISTS _indexes (coll TEXT NOT NULL, name TEXT NOT NULL, spec TEXT NOT NULL, PRIMARY KEY (coll, name))')
    this.tables = new IndexTables(this.sql, (text) => this.stmt(text))
  }

  /**
   * Prepared statements are cached: preparing costs more than running a small one. `Row` is the shape the
   * statement's SELECT list gives each row; the cache holds them untyped, so this is where a row gets its type.
   */
  stmt<Row = unknown>(text: string): Database.Statement<unknown[], Row> {
    let st = this.stmts.get(text)
    if (!st) this.stmts.set(text, (st = this.sql.prepare(text)))
    return st as Database.Statement<unknown[], Row>
  }

  close(): void {
    this.sql.close()
  }

  table(name: string): string {
    return `"c_${name}"`
  }

  hasCollection(name: string): boolean {
    return this.colls.has(name) || !!this.sql.prepare('SELECT 1 FROM _collections WHERE name = ?').get(name)
  }

  listCollections(): string[] {
    return this.sql
      .prepare<unknown[], { name: string }>('SELECT name FROM _collections ORDER BY name')
      .all()
      .map((r) => r.name)
  }

  createCollection(name: string): void {
    if (!NAME_RE.test(name)) throw dbErrors.badName(name)
    if (this.hasCollection(name)) throw dbErrors.collectionExists(name)
    this.sql.transaction(() => {
      this.sql.exec(`CREATE TABLE ${this.table(name)} (id TEXT PRIMARY KEY, doc TEXT NOT NULL)`)
      this.sql.prepare('INSERT INTO _collections (name, created_at) VALUES (?, ?)').run(name, new Date().toISOString())
    })()
  }

  /** Loads a collection into memory on first use; throws CloudBase's error if it does not exist. */
  state(name: string): CollState {
    const cached = this.colls.get(name)
    if (cached) return cached
    if (!this.hasCollection(name)) throw dbErrors.collectionNotExist(name)
    const docs = new Map<string, Rec>()
    for (const row of this.sql
      .prepare<unknown[], { rid: number; id: string; doc: string }>(`SELECT rowid AS rid, id, doc FROM ${this.table(name)} ORDER BY rowid`)
      .iterate()) {
      docs.set(row.id, { doc: parseEjson(row.doc), seq: 0, rid: row.rid })
    }
    const indexes = this.sql
      .prepare<unknown[], { spec: string }>('SELECT spec FROM _indexes WHERE coll = ?')
      .all(name)
      .map((r) => JSON.parse(r.spec) as IndexSpec)
    const st: CollState = { docs, indexes, unique: new Map(), multikey: this.tables.multikeyOf(name) }
    for (const spec of indexes) if (spec.unique) st.unique.set(spec.name, this.buildUnique(name, st, spec))
    // Data written before index tables existed (or by an older version) gets them built now.
    for (const spec of indexes) this.tables.ensure(name, spec, st)
    this.colls.set(name, st)
    return st
  }

  private buildUnique(coll: string, st: CollState, spec: IndexSpec): Map<string, string> {
    const map = new Map<string, string>()
    for (const [id, rec] of st.docs) {
      const key = uniqueKey(rec.doc, spec)
      if (map.has(key)) throw dbErrors.duplicateKey(coll, spec.name, key)
      map.set(key, id)
    }
    return map
  }

  indexes(coll: string): IndexSpec[] {
    return this.state(coll).indexes
  }

  /** Declares an index (idempotent by name). A unique index over existing duplicates is refused. */
  createIndex(coll: string, spec: IndexSpec): void {
    const st = this.state(coll)
    const existing = st.indexes.find((i) => i.name === spec.name)
    if (existing && JSON.stringify(existing) === JSON.stringify(spec)) return
    const unique = spec.unique ? this.buildUnique(coll, st, spec) : null
    this.sql.transaction(() => {
      if (existing) this.tables.drop(coll, existing)
      this.sql.prepare('INSERT OR REPLACE INTO _indexes (coll, name, spec) VALUES (?, ?, ?)').run(coll, spec.name, JSON.stringify(spec))
      this.tables.ensure(coll, spec, st)
    })()
    st.indexes = [...st.indexes.filter((i) => i.name !== spec.name), spec]
    if (unique) st.unique.set(spec.name, unique)
    else st.unique.delete(spec.name)
  }

  get(coll: string, id: string): Rec | undefined {
    return this.state(coll).docs.get(id)
  }

  all(coll: string): Map<string, Rec> {
    return this.state(coll).docs
  }

  currentSeq(): number {
    return this.seq
  }

  /** Throws a duplicate-key error if applying `changes` would break a unique index. */
  /**
   * A cheap, conservative check of one more change of a batch against the unique indexes: `seen` holds the unique
   * keys the batch's earlier changes claimed (it is updated). False: it certainly clashes with nothing; true: it
   * might (a holder or an earlier change has the key) — then checkUnique over the whole batch decides. Lets a
   * transaction stage thousands of writes in linear rather than quadratic time (a 10 000-row roster import).
   */
  mayClash(c: Change, seen: Map<string, string>): boolean {
    if (!c.doc) return false
    const st = this.state(c.coll)
    let may = false
    for (const spec of st.indexes) {
      if (!spec.unique) continue
      const key = uniqueKey(c.doc, spec)
      const k = `${c.coll}\u0000${spec.name}\u0000${key}`
      const holder = st.unique.get(spec.name)!.get(key)
      const earlier = seen.get(k)
      if ((holder !== undefined && holder !== c.id) || (earlier !== undefined && earlier !== c.id)) may = true
      seen.set(k, c.id)
    }
    return may
  }

  checkUnique(changes: Change[]): void {
    const byColl = new Map<string, Change[]>()
    for (const c of changes) {
      const list = byColl.get(c.coll)
      if (list) list.push(c)
      else byColl.set(c.coll, [c])
    }
    for (const [coll, list] of byColl) {
      const st = this.state(coll)
      const batchIds = new Set(list.map((c) => c.id))
      for (const spec of st.indexes) {
        if (!spec.unique) continue
        const map = st.unique.get(spec.name)!
        const added = new Map<string, string>()
        for (const c of list) {
          if (!c.doc) continue
          const key = uniqueKey(c.doc, spec)
          const holder = map.get(key)
          const clash = (added.has(key) && added.get(key) !== c.id) || (holder !== undefined && holder !== c.id && !batchIds.has(holder))
          if (clash) throw dbErrors.duplicateKey(coll, spec.name, key)
          added.set(key, c.id)
        }
      }
    }
  }

  /** Atomically applies a batch of upserts (doc) and deletions (null). */
  commit(changes: Change[]): void {
    if (changes.length === 0) return
    this.checkUnique(changes)
    const texts = changes.map((c) => (c.doc ? toRelaxed(c.doc) : null))
    const rids: number[] = []
    const multikey: Array<{ coll: string; field: string }> = []
    // The version each index row was computed from: memory's, or an earlier change of this batch to the same id.
    const written = new Map<string, { doc: Doc; rid: number } | null>()
    this.sql.transaction(() => {
      changes.forEach((c, i) => {
        const st = this.state(c.coll)
        const key = `${c.coll}\u0000${c.id}`
        const prev = written.has(key) ? (written.get(key) ?? undefined) : st.docs.get(c.id)
        if (texts[i] === null) {
          this.stmt(`DELETE FROM ${this.table(c.coll)} WHERE id = ?`).run(c.id)
          if (prev) for (const spec of st.indexes) this.tables.remove(c.coll, spec, prev.rid, prev.doc)
          written.set(key, null)
          return
        }
        const row = this.stmt<{ rid: number }>(
          `INSERT INTO ${this.table(c.coll)} (id, doc) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc RETURNING rowid AS rid`
        ).get(c.id, texts[i])!
        rids[i] = row.rid
        written.set(key, { doc: c.doc!, rid: row.rid })
        for (const spec of st.indexes) {
          this.tables.put(c.coll, spec, row.rid, c.id, prev && prev.rid === row.rid ? prev.doc : undefined, c.doc!, (field) => {
            if (!st.multikey.has(field)) multikey.push({ coll: c.coll, field })
          })
        }
      })
      for (const m of multikey) this.tables.markMultikey(m.coll, m.field)
    })()
    for (const m of multikey) this.state(m.coll).multikey.add(m.field)
    const seq = ++this.seq
    const prevs: Array<{ coll: string; id: string; prev: Rec | undefined; seq: number }> = []
    changes.forEach((c, i) => {
      const st = this.state(c.coll)
      const prev = st.docs.get(c.id)
      prevs.push({ coll: c.coll, id: c.id, prev, seq })
      for (const spec of st.indexes) {
        if (!spec.unique) continue
        const map = st.unique.get(spec.name)!
        if (prev && map.get(uniqueKey(prev.doc, spec)) === c.id) map.delete(uniqueKey(prev.doc, spec))
        if (c.doc) map.set(uniqueKey(c.doc, spec), c.id)
      }
      if (c.doc) st.docs.set(c.id, { doc: c.doc, seq, rid: rids[i] })
      else st.docs.delete(c.id)
    })
    this.onCommit?.(prevs)
  }

  /** Removes every collection and index (local `npm run reset` and tests). */
  wipe(): void {
    for (const name of this.listCollections()) this.sql.exec(`DROP TABLE IF EXISTS ${this.table(name)}`)
    this.tables.dropAll()
    this.sql.exec('DELETE FROM _collections; DELETE FROM _indexes;')
    this.stmts.clear()
    this.colls.clear()
  }
}
