// Declared indexes as SQLite index tables, written in the same SQLite transaction as the documents.
// Why tables of computed keys rather than expression indexes on json_extract(doc, '$.field'): four declared
// indexes are multikey (users.roles, orders.ownerOpenids, orders/reports photos.traceId), which an expression
// index cannot hold (one entry per row), and json_extract orders booleans with numbers and dates ({"$date": …})
// with strings. Keys computed in JS (keys.ts) give one encoding for every index, multikey or not, in mingo's
// order, so the planner can push ORDER BY and LIMIT down and stay identical to the scanning engine.
// - B-tree index `name` of `coll`: table "x_<coll>__<name>" (rid, id, t0, v0, t1, v1, …), SQLite index on
//   (t0, v0, t1, v1, …, rid) with each field's declared direction. A document's old rows are deleted by their
//   keys (recomputed from the old version, which memory holds), so no second SQLite index on id is kept.
// - 2dsphere index: table "g_<coll>__<name>" (rid, id, lng, lat) of documents holding a point, SQLite index on
//   (lat, lng, rid): a bounding-box prefilter for $nearSphere/$geoNear with a max distance; and on (id): the
//   points of named documents (a $geoNear whose query's indexed part names few).
// - `_multikey` (coll, field): indexed paths that met an array; the planner then avoids two-sided ranges and
//   sort push-down on them (MongoDB's multikey rules).
import type Database from 'better-sqlite3'
import type { Doc } from '../ejson'
import { indexRows, pointKey } from './keys'
import type { CollState, IndexSpec } from './Store'

const q = (name: string) => `"${name.replace(/"/g, '""')}"`
const safe = (name: string) => name.replace(/[^A-Za-z0-9_-]/g, '_')

export const isGeo = (spec: IndexSpec) => spec.fields.some((f) => f.order === '2dsphere')

export function indexTableName(coll: string, spec: IndexSpec): string {
  return q(`${isGeo(spec) ? 'g' : 'x'}_${coll}__${safe(spec.name)}`)
}

export class IndexTables {
  constructor(
    private sql: Database.Database,
    private stmt: (text: string) => Database.Statement
  ) {
    sql.exec('CREATE TABLE IF NOT EXISTS _multikey (coll TEXT NOT NULL, field TEXT NOT NULL, PRIMARY KEY (coll, field))')
  }

  multikeyOf(coll: string): Set<string> {
    return new Set(
      this.sql
        .prepare<unknown[], { field: string }>('SELECT field FROM _multikey WHERE coll = ?')
        .all(coll)
        .map((r) => r.field)
    )
  }

  markMultikey(coll: string, field: string): void {
    this.stmt('INSERT OR IGNORE INTO _multikey (coll, field) VALUES (?, ?)').run(coll, field)
  }

  private exists(table: string): boolean {
    return !!this.sql.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(JSON.parse(table))
  }

  /** Creates and fills the index table unless it exists (it is created and filled in one transaction). */
  ensure(coll: string, spec: IndexSpec, st: CollState): void {
    const table = indexTableName(coll, spec)
    const base = JSON.parse(table) as string
    // Geo tables are also read by document id (a query's indexed part names the candidates, candidates.ts
    // pointsOf); stores made before that gain the index here.
    const byId = () => this.sql.exec(`CREATE INDEX IF NOT EXISTS ${q(base + '_id')} ON ${table} (id)`)
    if (this.exists(table)) return void (isGeo(spec) && byId())
    this.sql.transaction(() => {
      if (isGeo(spec)) {
        this.sql.exec(`CREATE TABLE ${table} (rid INTEGER NOT NULL, id TEXT NOT NULL, lng REAL NOT NULL, lat REAL NOT NULL)`)
        this.sql.exec(`CREATE INDEX ${q(base + '_k')} ON ${table} (lat, lng, rid)`)
        byId()
      } else {
        const cols = spec.fields.map((_, i) => `t${i}, v${i}`).join(', ')
        const keyCols = spec.fields.map((f, i) => (f.order === -1 ? `t${i} DESC, v${i} DESC` : `t${i}, v${i}`)).join(', ')
        this.sql.exec(`CREATE TABLE ${table} (rid INTEGER NOT NULL, id TEXT NOT NULL, ${cols})`)
        this.sql.exec(`CREATE INDEX ${q(base + '_k')} ON ${table} (${keyCols}, rid)`)
      }
      for (const [id, rec] of st.docs)
        this.insert(coll, spec, rec.rid, id, rec.doc, (f) => {
          st.multikey.add(f)
          this.markMultikey(coll, f)
        })
    })()
  }

  drop(coll: string, spec: IndexSpec): void {
    this.sql.exec(`DROP TABLE IF EXISTS ${indexTableName(coll, spec)}`)
  }

  dropAll(): void {
    for (const r of this.sql
      .prepare<unknown[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'x\\_%' ESCAPE '\\' OR name LIKE 'g\\_%' ESCAPE '\\')"
      )
      .all()) {
      this.sql.exec(`DROP TABLE IF EXISTS ${q(r.name)}`)
    }
    this.sql.exec('DELETE FROM _multikey')
  }

  /** Deletes the rows of a document's stored version `prev` (rowid `rid`). */
  remove(coll: string, spec: IndexSpec, rid: number, prev: Doc): void {
    const cols = isGeo(spec) ? ['lat', 'lng'] : spec.fields.flatMap((_, i) => [`t${i}`, `v${i}`])
    const st = this.stmt(`DELETE FROM ${indexTableName(coll, spec)} WHERE ${cols.map((c) => `${c} IS ?`).join(' AND ')} AND rid = ?`)
    for (const r of this.rows(spec, prev)) st.run(...(isGeo(spec) ? [r[1], r[0]] : r), rid)
  }

  /** Rewrites a document's rows (unchanged keys are left alone: most updates touch no indexed field). */
  put(coll: string, spec: IndexSpec, rid: number, id: string, prev: Doc | undefined, next: Doc, multikey: (field: string) => void): void {
    if (prev && JSON.stringify(this.rows(spec, prev)) === JSON.stringify(this.rows(spec, next, multikey))) return
    if (prev) this.remove(coll, spec, rid, prev)
    this.insert(coll, spec, rid, id, next, multikey)
  }

  private rows(spec: IndexSpec, doc: Doc, multikey?: (field: string) => void): Array<Array<number | string | null>> {
    if (isGeo(spec)) {
      const p = pointKey(doc, spec.fields.find((f) => f.order === '2dsphere')!.field)
      return p ? [p] : []
    }
    return indexRows(
      doc,
      spec.fields.map((f) => f.field),
      multikey
    )
  }

  private insert(coll: string, spec: IndexSpec, rid: number, id: string, doc: Doc, multikey: (field: string) => void): void {
    const table = indexTableName(coll, spec)
    const n = isGeo(spec) ? 2 : spec.fields.length * 2
    const cols = isGeo(spec) ? 'lng, lat' : spec.fields.map((_, i) => `t${i}, v${i}`).join(', ')
    const st = this.stmt(`INSERT INTO ${table} (rid, id, ${cols}) VALUES (?, ?${', ?'.repeat(n)})`)
    for (const r of this.rows(spec, doc, multikey)) st.run(rid, id, ...r)
  }
}
