// Query, update and aggregation semantics over the store, in MongoDB terms (what CloudBase runs).
// Each method is synchronous: once it starts, no other call interleaves, so a conditional update is atomic.
// Candidates come from candidates.ts: by _id, through a declared index (planner.ts), or by a scan that strict
// mode refuses above the scan limit; `examined` counts the candidate documents actually read.
import { cloneDoc, type Doc } from '../ejson'
import { Candidates } from './candidates'
import { dbErrors } from './errors'
import { distanceMeters, extractNear, geoFields, pointOf } from './geo'
import { lookupFilter } from './lookup'
import { applyUpdate, makeQuery, runPipeline } from './mingo'
import { newDocId, type Change, type Store } from './Store'
import { assertSafeKeys } from './values'

export interface FindOptions {
  order?: Record<string, 1 | -1>
  offset?: number
  limit?: number
  projection?: Doc
}
/**
 * examined: documents of the queried collection read as candidates; returned: documents handed back; joined:
 * foreign documents a $lookup read (kept apart, and reported apart in the per-call counters as `joined`).
 */
export interface Stats {
  examined: number
  returned: number
  joined?: number
}

const MAX_LIMIT = 1000

export class Engine {
  readonly candidates: Candidates
  constructor(readonly store: Store) {
    this.candidates = new Candidates(store)
  }

  /** CloudBase, like MongoDB, answers geo queries only through a 2dsphere index on the field. */
  requireGeoIndex(coll: string, fields: Iterable<string>): void {
    const indexed = new Set(this.store.indexes(coll).flatMap((i) => i.fields.filter((f) => f.order === '2dsphere').map((f) => f.field)))
    for (const f of fields) if (!indexed.has(f)) throw dbErrors.noGeoIndex(coll)
  }

  find(coll: string, filter: Doc | undefined, opts: FindOptions, stats: Stats): Doc[] {
    this.requireGeoIndex(coll, geoFields(filter))
    const { rest, near } = extractNear(filter)
    const query = makeQuery(rest)
    const order = opts.order && Object.keys(opts.order).length ? opts.order : undefined
    const want = near ? Infinity : (opts.offset ?? 0) + Math.min(opts.limit ?? MAX_LIMIT, MAX_LIMIT)
    let docs = this.candidates.matching(coll, rest, { order, near, want, test: (d) => query.test(d) }, stats)
    if (near) {
      const withDistance = docs
        .map((d) => ({ d, m: pointOf(d[near.field] ?? undefined) }))
        .filter((x) => x.m !== null)
        .map((x) => ({ d: x.d, dist: distanceMeters(x.m!, near.point) }))
        .filter((x) => (near.maxDistance === undefined || x.dist <= near.maxDistance) && (near.minDistance === undefined || x.dist >= near.minDistance))
      docs = withDistance.sort((a, b) => a.dist - b.dist).map((x) => x.d)
    }
    let cursor = makeQuery({}).find(docs, opts.projection && Object.keys(opts.projection).length ? opts.projection : undefined)
    if (opts.order && Object.keys(opts.order).length) cursor = cursor.sort(opts.order)
    if (opts.offset) cursor = cursor.skip(opts.offset)
    cursor = cursor.limit(Math.min(opts.limit ?? MAX_LIMIT, MAX_LIMIT))
    const out = cursor.all() as Doc[]
    stats.returned += out.length
    return out
  }

  count(coll: string, filter: Doc | undefined, stats: Stats): number {
    this.requireGeoIndex(coll, geoFields(filter))
    const query = makeQuery(filter)
    return this.candidates.matching(coll, filter, { want: Infinity, test: (d) => query.test(d) }, stats).length
  }

  matchIds(coll: string, filter: Doc | undefined, multi: boolean, stats: Stats): string[] {
    const ids = this.find(coll, filter, { projection: { _id: 1 }, limit: multi ? MAX_LIMIT * 1000 : 1 }, stats).map((d) => String(d._id))
    stats.returned -= ids.length
    return ids
  }

  /** The new version of `doc` under `data`: update operators when merging, a replacement otherwise. */
  static updated(doc: Doc, data: Doc, merge: boolean, query?: Doc): { next: Doc; changed: boolean } {
    assertSafeKeys(data)
    if (!merge) {
      const next = { ...cloneDoc(data), _id: doc._id }
      return { next, changed: JSON.stringify(next) !== JSON.stringify(doc) }
    }
    const modifier = Object.keys(data).some((k) => k.startsWith('$')) ? data : { $set: data }
    const next = cloneDoc(doc)
    const paths = applyUpdate(next, modifier, usesPositional(modifier) ? extractNear(query).rest : undefined)
    return { next, changed: paths.length > 0 }
  }

  /** Builds the changes for an update; nothing is written here. */
  planUpdate(coll: string, ids: string[], data: Doc, merge: boolean, query?: Doc): Change[] {
    const changes: Change[] = []
    for (const id of ids) {
      const cur = this.store.get(coll, id)
      if (!cur) continue
      const { next, changed } = Engine.updated(cur.doc, data, merge, query)
      if (changed) changes.push({ coll, id, doc: next })
    }
    return changes
  }

  /** `inTransaction`: the caller judges an existing id on the transaction's view (a write conflict or duplicate). */
  planInsert(coll: string, docs: Doc[], inTransaction = false): Change[] {
    this.store.state(coll)
    const seen = new Set<string>()
    return docs.map((d) => {
      assertSafeKeys(d)
      const id = d._id === undefined ? newDocId() : String(d._id)
      if ((!inTransaction && this.store.get(coll, id)) || seen.has(id)) throw dbErrors.duplicateKey(coll, '_id_', JSON.stringify({ _id: id }))
      seen.add(id)
      return { coll, id, doc: { ...cloneDoc(d), _id: id } }
    })
  }

  aggregate(coll: string, stages: Doc[], stats: Stats): Doc[] {
    const resolve = (name: string) => [...this.store.all(name).values()].map((r) => cloneDoc(r.doc))
    let docs: Doc[]
    let rest = stages
    const first = stages[0]
    if (first && first.$geoNear) {
      const limit = stages[1]?.$limit
      docs = this.geoNear(coll, first.$geoNear, stats, typeof limit === 'number' && limit > 0 ? limit : null)
      rest = stages.slice(1)
    } else if (first?.$match) {
      // A pipeline that starts with $match (then maybe $sort, $skip, $limit) reads its candidates like a find:
      // by _id, or through a declared index, stopping early when the index gives the sort. The stages still run.
      const query = makeQuery(first.$match)
      const { order, want } = leadingWindow(stages.slice(1))
      docs = this.candidates.matching(coll, first.$match, { order, want, test: (d) => query.test(d) }, stats).map((d) => cloneDoc(d))
    } else {
      docs = resolve(coll)
      this.candidates.checkScan(coll, {}, undefined)
      stats.examined += docs.length
    }
    for (const s of rest) if (s.$geoNear) throw dbErrors.invalid('$geoNear is only valid as the first stage of a pipeline')
    // Split at each top-level $lookup: the stages before it run first, so its foreign side can be narrowed to the
    // documents that can join (lookup.ts). Running a pipeline in consecutive parts is the same pipeline.
    let part: Doc[] = []
    for (const s of rest) {
      if (!s.$lookup) {
        part.push(s)
        continue
      }
      docs = runPipeline(docs, part, resolve)
      part = []
      docs = this.lookup(docs, s, resolve, stats)
    }
    const out = runPipeline(docs, part, resolve)
    stats.returned += out.length
    return out
  }

  private lookup(docs: Doc[], stage: Doc, resolve: (name: string) => Doc[], stats: Stats): Doc[] {
    const l = stage.$lookup
    const from: string = l.from
    const filter = docs.length ? lookupFilter(docs, l) : {}
    const read = { examined: 0 }
    let foreign: Doc[]
    if (!docs.length) foreign = []
    else if (filter) {
      const rid = (d: Doc) => this.store.get(from, String(d._id))?.rid ?? 0
      // In the collection's own order, the order mingo met them in when it was handed the whole collection.
      foreign = this.candidates
        .matching(from, filter, { want: Infinity, test: () => true }, read)
        .sort((a, b) => rid(a) - rid(b))
        .map((d) => cloneDoc(d))
    } else {
      this.candidates.checkScan(from, l.pipeline?.[0]?.$match, undefined)
      foreign = resolve(from)
      read.examined += foreign.length
    }
    stats.joined = (stats.joined ?? 0) + read.examined
    return runPipeline(docs, [stage], (name) => (name === from ? foreign : resolve(name)))
  }

  /**
   * $geoNear: documents by distance from `near`. With a `$limit` k right after it, the k nearest are found by
   * growing rings (ringSearch) instead of reading every candidate. Otherwise the query's indexed part (e.g.
   * communityId, status) and the maximum distance's bounding box both narrow what is read.
   */
  private geoNear(coll: string, spec: Doc, stats: Stats, limit: number | null): Doc[] {
    const geoIndexes = this.store.indexes(coll).flatMap((i) => i.fields.filter((f) => f.order === '2dsphere').map((f) => f.field))
    const field: string | undefined = spec.key ?? (geoIndexes.length === 1 ? geoIndexes[0] : undefined)
    if (!field) throw dbErrors.noGeoIndex(coll)
    this.requireGeoIndex(coll, [field])
    const near = pointOf(spec.near)
    if (!near || !spec.distanceField) throw dbErrors.invalid('$geoNear requires near and distanceField')
    const query = makeQuery(spec.query ?? {})
    const score: Score = (doc) => {
      const p = pointOf(doc[field])
      if (!p || !query.test(doc)) return null
      const dist = distanceMeters(p, near)
      if (spec.maxDistance !== undefined && dist > spec.maxDistance) return null
      if (spec.minDistance !== undefined && dist < spec.minDistance) return null
      return { d: doc, dist }
    }
    // A selective indexed part (at most FEW ids: the pending orders or approved volunteers of a community) names
    // the candidates: their points come from the index table and documents are read nearest first until k match.
    // A broad one (100 000 volunteers of one community) is left to the growing rings.
    const planned = limit ? this.candidates.plannedIds(coll, spec.query, FEW) : null
    const scored = planned
      ? this.nearestAmong(coll, field, near, planned, spec, limit!, score, stats)
      : (limit && this.ringSearch(coll, field, near, spec.maxDistance, limit, score, stats)) || this.narrowed(coll, field, near, spec, score, stats)
    const multiplier = Number(spec.distanceMultiplier ?? 1)
    return scored.sort((a, b) => a.dist - b.dist).map(({ d, dist }) => ({ ...cloneDoc(d), [spec.distanceField]: dist * multiplier }))
  }

  /** The k nearest matches among the named documents: by their indexed points, reading documents nearest first. */
  private nearestAmong(coll: string, field: string, near: [number, number], ids: Set<string>, spec: Doc, k: number, score: Score, stats: Stats): Scored[] {
    const byDistance = this.candidates
      .pointsOf(coll, field, ids)
      .map((p) => ({ id: p.id, dist: distanceMeters([p.lng, p.lat], near) }))
      .filter((p) => (spec.maxDistance === undefined || p.dist <= spec.maxDistance) && (spec.minDistance === undefined || p.dist >= spec.minDistance))
      .sort((a, b) => a.dist - b.dist)
    const found: Scored[] = []
    for (const p of byDistance) {
      // Past the k-th match's distance nothing can enter the first k (ties at that distance are still read).
      if (found.length >= k && p.dist > found[k - 1].dist) break
      const doc = this.store.get(coll, p.id)?.doc
      if (!doc) continue
      stats.examined++
      const x = score(doc)
      if (x) found.push(x)
    }
    return found
  }

  /** Every match: the query's indexed part and the maximum distance's bounding box narrow what is read. */
  private narrowed(coll: string, field: string, near: [number, number], spec: Doc, score: Score, stats: Stats): Scored[] {
    const all = this.candidates.nearby(coll, field, near, spec.maxDistance, this.candidates.plannedIds(coll, spec.query))
    stats.examined += all.length
    return all.map(score).filter((x): x is Scored => x !== null)
  }

  /**
   * The k nearest matches: read the documents inside a circle of radius r (its bounding box, from the point
   * table), doubling r until k matches lie within r — every document nearer than r has then been seen, so the k
   * nearest are among them. Gives up (null: the caller reads every match instead) when the query's unindexed part
   * is so selective that the rings read many documents that do not match.
   */
  private ringSearch(
    coll: string,
    field: string,
    near: [number, number],
    maxDistance: number | undefined,
    k: number,
    score: Score,
    stats: Stats
  ): Scored[] | null {
    const seen = new Set<string>()
    const found: Scored[] = []
    const cap = maxDistance !== undefined && Number.isFinite(Number(maxDistance)) ? Number(maxDistance) : 2.1e7
    const budget = Math.max(2000, 50 * k)
    let examined = 0
    for (let r = Math.min(32, cap); ; r = Math.min(r * 2, cap)) {
      for (const doc of this.candidates.nearby(coll, field, near, r)) {
        const id = String(doc._id)
        if (seen.has(id)) continue
        seen.add(id)
        examined++
        const x = score(doc)
        if (x) found.push(x)
      }
      if (found.filter((x) => x.dist <= r).length >= k || r >= cap) break
      if (examined > budget) {
        stats.examined += examined // what the abandoned rings read still counts
        return null
      }
    }
    stats.examined += examined
    return found
  }
}

type Scored = { d: Doc; dist: number }
/** The most ids a $geoNear query's indexed part may yield and still name the candidates (see geoNear). */
const FEW = 2000
type Score = (doc: Doc) => Scored | null

/** The order and the number of documents needed by `$sort`, `$skip`, `$limit` right after a leading `$match`. */
function leadingWindow(stages: Doc[]): { order?: Record<string, 1 | -1>; want: number } {
  let i = 0
  const order = stages[i]?.$sort as Record<string, 1 | -1> | undefined
  if (order) i++
  let skip = 0
  if (typeof stages[i]?.$skip === 'number') skip = stages[i++].$skip
  const limit = stages[i]?.$limit
  return { order, want: typeof limit === 'number' ? skip + limit : Infinity }
}

/** Does an update use MongoDB's positional `$` (first matched array element) in one of its paths? */
function usesPositional(modifier: Doc): boolean {
  return Object.values(modifier).some((fields) => fields && typeof fields === 'object' && Object.keys(fields).some((path) => /(^|\.)\$(\.|$)/.test(path)))
}
