// Where a query's candidate documents come from, in order of preference:
// 1. `_id` (or `_id: {$in: [...]}`): the primary key;
// 2. geo: $nearSphere/$geoNear read the 2dsphere index table — a bounding box around the point when a maximum
//    distance is given, else every document holding a point; $geoWithin reads the documents holding a point;
// 3. a declared B-tree index chosen by planner.ts (ids from SQLite, documents from memory by id);
// 4. a scan of the collection — refused (strict, LOCALCLOUD_STRICT_INDEXES=1, as in tests) or warned about once
//    (npm start) when the collection holds more than LOCALCLOUD_SCAN_LIMIT documents (default 1000). Strict
//    applies to the product's collections (declared in the database manifest); a collection the manifest does
//    not declare (the emulator conformance suite's) is served like CloudBase serves it, with a warning.
// `examined` counts each candidate document read (a multikey index row for an already-read document is not).
import type { Doc } from '../ejson'
import { dbErrors } from './errors'
import { EARTH_RADIUS_M, geoFields, type NearSpec } from './geo'
import { indexTableName } from './indexTables'
import { namedFields, planQuery } from './planner'
import type { Store } from './Store'
import { MANIFEST } from '../../../src/shared/db/manifest'

const DECLARED = new Set(MANIFEST.map((c) => c.name))

export interface MatchOptions {
  order?: Record<string, 1 | -1>
  near?: NearSpec | null
  /** Stop after this many matches when candidates arrive in the wanted order. */
  want: number
  test: (d: Doc) => boolean
}

const DEFAULT_SCAN_LIMIT = 1000

export function scanLimit(): number {
  const n = Number(process.env.LOCALCLOUD_SCAN_LIMIT)
  return Number.isFinite(n) && n >= 0 && process.env.LOCALCLOUD_SCAN_LIMIT !== '' ? n : DEFAULT_SCAN_LIMIT
}

export class Candidates {
  private warned = new Set<string>()
  /** The index that served the last query (tests, probe); '_id_', a geo index, or null for a scan. */
  lastIndex: string | null = null

  constructor(private store: Store) {}

  matching(coll: string, filter: Doc | undefined, opts: MatchOptions, stats: { examined: number }): Doc[] {
    const st = this.store.state(coll)
    const out: Doc[] = []
    const take = (d: Doc) => {
      stats.examined++
      if (opts.test(d)) out.push(d)
    }
    const id = filter?._id
    // Every stored _id is a string (inserts convert it), so a null in the list (a $lookup from a missing local
    // field) matches nothing and is dropped.
    const ids =
      typeof id === 'string'
        ? [id]
        : Array.isArray(id?.$in) && id.$in.every((x: unknown) => typeof x === 'string' || x === null)
          ? (id.$in as Array<string | null>).filter((x): x is string => x !== null)
          : null
    if (ids) {
      this.lastIndex = '_id_'
      for (const i of new Set(ids)) {
        const r = st.docs.get(i)
        if (r) take(r.doc)
      }
      return out
    }
    if (opts.near) {
      this.nearby(coll, opts.near.field, opts.near.point, opts.near.maxDistance).forEach(take)
      return out
    }
    const geo = [...geoFields(filter)]
    if (geo.length) {
      const within = geo.find((f) => filter?.[f]?.$geoWithin)
      // $geoIntersects may match stored polygons, which the point table does not hold: read every document.
      if (within) this.nearby(coll, within, null, undefined).forEach(take)
      else [...st.docs.values()].forEach((r) => take(r.doc))
      return out
    }
    const plan = planQuery({ coll, filter, order: opts.order, indexes: st.indexes, multikey: st.multikey })
    if (plan) {
      this.lastIndex = plan.index
      const seen = new Set<string>()
      for (const row of this.store.stmt<{ id: string }>(plan.sql).iterate(...plan.params)) {
        if (seen.has(row.id)) continue
        seen.add(row.id)
        const r = st.docs.get(row.id)
        if (!r) continue
        take(r.doc)
        if (plan.ordered && out.length >= opts.want) break
      }
      return out
    }
    this.checkScan(coll, filter, opts.order)
    this.lastIndex = null
    for (const r of st.docs.values()) {
      take(r.doc)
      if (!opts.order && out.length >= opts.want) break
    }
    return out
  }

  /** Refuses (strict) or warns about (once per collection and fields) a scan of a collection above the limit. */
  checkScan(coll: string, filter: Doc | undefined, order: Record<string, 1 | -1> | undefined): void {
    const size = this.store.state(coll).docs.size
    const limit = scanLimit()
    if (size <= limit) return
    const fields = [...namedFields(filter)]
    const sort = Object.keys(order ?? {})
    const what = `fields [${fields.join(', ')}]${sort.length ? ` sorted by [${sort.join(', ')}]` : ''}`
    const message = `no declared index covers a query on collection ${coll} (${size} documents, scan limit ${limit}): ${what}. Declare an index led by a field the query constrains in src/shared/db/manifest.ts.`
    if (process.env.LOCALCLOUD_STRICT_INDEXES === '1' && DECLARED.has(coll)) throw dbErrors.unindexed(message)
    const key = `${coll}\u0000${fields.join(',')}\u0000${sort.join(',')}`
    if (this.warned.has(key) || process.env.JEST_WORKER_ID) return // tests: the conformance suite's own collections
    this.warned.add(key)
    console.warn(`[localcloud] ${message}`)
  }

  /**
   * The ids a declared index yields for `filter` (read from the index table only, no document), or null when no
   * index covers it, or when there are more than `cap` of them. $geoNear narrows its candidates with them: a
   * community's volunteers, not every volunteer.
   */
  plannedIds(coll: string, filter: Doc | undefined, cap = Infinity): Set<string> | null {
    if (!filter || !Object.keys(filter).length) return null
    const st = this.store.state(coll)
    const plan = planQuery({ coll, filter, order: undefined, indexes: st.indexes, multikey: st.multikey, unordered: true })
    if (!plan) return null
    const ids = new Set<string>()
    for (const row of this.store.stmt<{ id: string }>(plan.sql).iterate(...plan.params)) {
      ids.add(row.id)
      if (ids.size > cap) return null // `cap`: only a narrowing worth having (the iterator stops here)
    }
    return ids
  }

  /** The points at `field` of the documents `ids` that hold one, from the 2dsphere index table (no document read). */
  pointsOf(coll: string, field: string, ids: Set<string>): Array<{ id: string; lng: number; lat: number }> {
    const spec = this.store.state(coll).indexes.find((i) => i.fields.some((f) => f.field === field && f.order === '2dsphere'))
    if (!spec || !ids.size) return []
    return this.store
      .stmt<{ id: string; lng: number; lat: number }>(`SELECT id, lng, lat FROM ${indexTableName(coll, spec)} WHERE id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify([...ids]))
  }

  /**
   * Documents whose point at `field` may lie within `maxDistance` metres of `point` (all documents holding a
   * point when either is absent), read from the field's 2dsphere index table in insertion order; with `only`,
   * just those ids among them (the rest are never read).
   */
  nearby(coll: string, field: string, point: [number, number] | null, maxDistance: number | undefined, only: Set<string> | null = null): Doc[] {
    const st = this.store.state(coll)
    const spec = st.indexes.find((i) => i.fields.some((f) => f.field === field && f.order === '2dsphere'))
    if (!spec) return [...st.docs.values()].map((r) => r.doc)
    this.lastIndex = spec.name
    const table = indexTableName(coll, spec)
    const where: string[] = []
    const params: number[] = []
    if (point && maxDistance !== undefined && Number.isFinite(Number(maxDistance))) {
      // Degrees of latitude per metre are constant; a degree of longitude shrinks with cos(latitude): take the
      // box's widest latitude so the box always contains the circle (0.1% slack for rounding).
      const dLat = (((Number(maxDistance) / EARTH_RADIUS_M) * 180) / Math.PI) * 1.001 + 1e-9
      const [lng, lat] = point
      where.push('lat BETWEEN ? AND ?')
      params.push(lat - dLat, lat + dLat)
      const edge = Math.min(89.9, Math.max(Math.abs(lat - dLat), Math.abs(lat + dLat)))
      const dLng = Math.abs(lat) + dLat >= 89.9 ? Infinity : dLat / Math.cos((edge * Math.PI) / 180)
      if (lng - dLng >= -180 && lng + dLng <= 180) {
        where.push('lng BETWEEN ? AND ?')
        params.push(lng - dLng, lng + dLng)
      }
    }
    const rows = this.store.stmt<{ id: string }>(`SELECT id FROM ${table}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY rid`).all(...params)
    return rows
      .filter((r) => !only || only.has(r.id))
      .map((r) => st.docs.get(r.id)?.doc)
      .filter((d): d is Doc => !!d)
  }
}
