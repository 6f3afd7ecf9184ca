// Which declared index serves a query — recorded per function call so tests and `npm run trips` can show that
// every query the product makes is backed by an index of the database manifest. A light planner: a query is
// served when it names `_id`, or when it constrains the LEADING field of some index (equality, range or $in),
// as MongoDB's planner needs; $geoNear uses the 2dsphere index of its key; a $lookup is served when its foreign
// field (or the first field its sub-pipeline matches on) leads an index. (Issue 7 turns this into real SQLite
// expression indexes; this only names the index.)
import type { IndexDecl } from '../../src/shared/db/manifest'

export interface QueryUse { coll: string; kind: string; fields: string[]; index: string | null }

type Doc = Record<string, any>

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

function exprFields(e: any): string[] {
  if (!e || typeof e !== 'object') return []
  if (Array.isArray(e.$and)) return e.$and.flatMap(exprFields)
  const pair = e.$eq ?? e.$in
  if (Array.isArray(pair) && typeof pair[0] === 'string' && pair[0].startsWith('$') && !pair[0].startsWith('$$')) return [pair[0].slice(1)]
  return []
}

export function indexFor(indexes: IndexDecl[], fields: string[]): string | null {
  if (fields.includes('_id')) return '_id_'
  return indexes.find((i) => fields.includes(i.fields[0].field))?.name ?? null
}

/** The uses of one aggregate pipeline on `coll`: its first stage, and each $lookup. */
export function pipelineUses(coll: string, stages: Doc[], indexesOf: (c: string) => IndexDecl[]): QueryUse[] {
  const uses: QueryUse[] = []
  const first = stages[0] ?? {}
  if (first.$geoNear) uses.push({ coll, kind: 'geoNear', fields: [first.$geoNear.key], index: indexesOf(coll).find((i) => i.fields.some((f) => f.field === first.$geoNear.key && f.order === '2dsphere'))?.name ?? null })
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
