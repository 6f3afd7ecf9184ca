// Which declared index serves a query — recorded per function call so tests and `npm run trips` can show that
// every query the product makes is backed by an index of the database manifest. A light planner: a query is
// served when it names `_id`, or when it constrains the LEADING field of some index (equality, range or $in),
// as MongoDB's planner needs; $geoNear uses the 2dsphere index of its key; a $lookup is served when its foreign
// field (or the first field its sub-pipeline matches on) leads an index. The store serves the same queries
// through SQLite index tables (store/planner.ts, store/candidates.ts, store/lookup.ts) and refuses, in tests, an
// uncovered query on a large collection; this names the index per call for the round-trip report.
import type { IndexDecl } from '../../src/shared/db/manifest'
import type { Doc } from './ejson'
import { isObject } from './store/values'

export interface QueryUse {
  coll: string
  kind: string
  fields: string[]
  index: string | null
}

/** Top-level fields a filter constrains ($and flattened; $expr `$eq`/`$in` on `$field` counted; $or needs every branch). */
export function filterFields(filter: Doc | undefined): string[] {
  if (!filter || typeof filter !== 'object') return []
  const out: string[] = []
  for (const [k, v] of Object.entries(filter)) {
    if (k === '$and' && Array.isArray(v)) out.push(...v.flatMap(filterFields))
    else if (k === '$expr') out.push(...exprFields(v))
    else if (!k.startsWith('$')) out.push(k)
  }
  return [...new Set(out)]
}

function exprFields(e: unknown): string[] {
  if (!isObject(e)) return []
  if (Array.isArray(e.$and)) return e.$and.flatMap(exprFields)
  const pair = e.$eq ?? e.$in
  if (Array.isArray(pair) && typeof pair[0] === 'string' && pair[0].startsWith('$') && !pair[0].startsWith('$$')) return [pair[0].slice(1)]
  return []
}

/**
 * The index with the longest run of constrained leading fields (the first declared on a tie), which is what the
 * store's planner (store/planner.ts) reads when the constraints are equalities (a 2dsphere index: a geo query).
 */
export function indexFor(indexes: IndexDecl[], fields: string[]): string | null {
  if (fields.includes('_id')) return '_id_'
  let best: { name: string; n: number } | null = null
  for (const i of indexes) {
    let n = 0
    while (n < i.fields.length && fields.includes(i.fields[n].field)) n++
    if (n > 0 && (!best || n > best.n)) best = { name: i.name, n }
  }
  return best?.name ?? null
}

/** The uses of one aggregate pipeline on `coll`: its first stage, and each $lookup. */
export function pipelineUses(coll: string, stages: Doc[], indexesOf: (c: string) => IndexDecl[]): QueryUse[] {
  const uses: QueryUse[] = []
  const first = stages[0] ?? {}
  if (first.$geoNear)
    uses.push({
      coll,
      kind: 'geoNear',
      fields: [first.$geoNear.key],
      index: indexesOf(coll).find((i) => i.fields.some((f) => f.field === first.$geoNear.key && f.order === '2dsphere'))?.name ?? null
    })
  else {
    const fields = filterFields(first.$match)
    uses.push({ coll, kind: 'aggregate', fields, index: indexFor(indexesOf(coll), fields) })
  }
  for (const s of stages) {
    const l = s.$lookup
    if (!l) continue
    const inner = Array.isArray(l.pipeline) ? filterFields(l.pipeline.find((p: Doc) => p.$match)?.$match) : []
    const fields = l.foreignField ? [l.foreignField] : inner
    uses.push({ coll: l.from, kind: 'lookup', fields, index: indexFor(indexesOf(l.from), fields) })
  }
  return uses
}
