// The query planner: picks a declared index for a filter (+ sort) and turns the part of the filter the index can
// answer into SQL over its index table (indexTables.ts), returning candidate ids; the engine applies the whole
// filter with mingo to the candidates. An index serves a query when its LEADING field is constrained (equality,
// $in, or a range) — further index fields are constrained in the same SQL when the filter constrains them — or
// when the query has no usable constraint but its sort is the index's leading fields. The sort is pushed down
// (ORDER BY …, rid) when every sort field is in the index and none is multikey; then the engine stops reading
// candidates once it has offset+limit matches. Without a sort, candidates come in rowid order (the in-memory
// Map's order), so index-served and scanned results come out in the same order. `_id` ranges and an `_id` sort
// use the collection table's primary key (idPlan).
import { keyOf, isSimple, T } from './keys'
import { indexTableName, isGeo } from './indexTables'
import type { IndexSpec } from './Store'

type Bound = { v: unknown; incl: boolean }
export interface FieldConstraint {
  eq?: unknown[]
  lo?: Bound
  hi?: Bound
}
export interface Plan {
  index: string
  sql: string
  params: unknown[]
  ordered: boolean
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v) && Object.prototype.toString.call(v) === '[object Object]'
const rangeable = (v: unknown) => isSimple(v) && v !== null && !(typeof v === 'number' && Number.isNaN(v))

/** What the filter says about each top-level field that an index lookup can use ($and flattened; $or not used). */
export function constraintsOf(filter: unknown, out = new Map<string, FieldConstraint>()): Map<string, FieldConstraint> {
  if (!isPlainObject(filter)) return out
  for (const [k, v] of Object.entries(filter)) {
    if (k === '$and' && Array.isArray(v)) v.forEach((b) => constraintsOf(b, out))
    if (k.startsWith('$')) continue
    const c = out.get(k) ?? {}
    if (isSimple(v) && !(typeof v === 'number' && Number.isNaN(v))) c.eq ??= [v]
    else if (isPlainObject(v) && Object.keys(v).every((op) => op.startsWith('$'))) {
      if ('$eq' in v && isSimple(v.$eq)) c.eq ??= [v.$eq]
      if (Array.isArray(v.$in) && v.$in.every((x) => isSimple(x) && !(typeof x === 'number' && Number.isNaN(x)))) c.eq ??= v.$in
      if (rangeable(v.$gt)) c.lo ??= { v: v.$gt, incl: false }
      if (rangeable(v.$gte)) c.lo ??= { v: v.$gte, incl: true }
      if (rangeable(v.$lt)) c.hi ??= { v: v.$lt, incl: false }
      if (rangeable(v.$lte)) c.hi ??= { v: v.$lte, incl: true }
    }
    if (c.eq || c.lo || c.hi) out.set(k, c)
  }
  return out
}

/** SQL over columns t<i>, v<i> for one field's constraint (a superset of what mingo will accept). */
function fieldSql(i: number, c: FieldConstraint, multikey: boolean, params: unknown[]): string {
  const t = `t${i}`
  const v = `v${i}`
  if (c.eq) {
    if (c.eq.length === 0) return '0'
    const parts: string[] = []
    if (c.eq.some((x) => x === null)) parts.push(`${t} = ${T.null}`)
    const byType = new Map<number, unknown[]>()
    for (const x of c.eq) {
      if (x === null) continue
      const [kt, kv] = keyOf(x)
      byType.set(kt, [...(byType.get(kt) ?? []), kv])
    }
    for (const [kt, vals] of byType) {
      parts.push(`(${t} = ? AND ${v} IN (${vals.map(() => '?').join(', ')}))`)
      params.push(kt, ...vals)
    }
    return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`
  }
  const lo = c.lo ? keyOf(c.lo.v) : null
  const hi = c.hi ? keyOf(c.hi.v) : null
  // On a multikey field MongoDB (and mingo) let each bound match a different element: use one bound only.
  const both = lo && hi && lo[0] === hi[0] && !multikey
  const parts: string[] = []
  if (lo) {
    parts.push(`${t} = ? AND ${v} ${c.lo!.incl ? '>=' : '>'} ?`)
    params.push(lo[0], lo[1])
  }
  if (hi && (both || !lo)) {
    parts.push(`${t} = ? AND ${v} ${c.hi!.incl ? '<=' : '<'} ?`)
    params.push(hi[0], hi[1])
  }
  return parts.join(' AND ')
}

export interface PlanInput {
  coll: string
  filter: unknown
  order?: Record<string, 1 | -1>
  indexes: IndexSpec[]
  multikey: Set<string>
  /** The caller wants the ids as a set: no ORDER BY (insertion order would make SQLite sort the whole range before
   * its first row, which a capped read must not pay for). */
  unordered?: boolean
}

/** The best declared B-tree index for the query, as SQL returning (rid, id); null when none serves it. */
export function planQuery({ coll, filter, order, indexes, multikey, unordered }: PlanInput): Plan | null {
  const cons = constraintsOf(filter)
  const sort = Object.entries(order ?? {})
  let best: { spec: IndexSpec; score: number; sortable: boolean } | null = null
  for (const spec of indexes) {
    if (isGeo(spec)) continue
    const fields = spec.fields.map((f) => f.field)
    const sortable = sort.length > 0 && sort.every(([f]) => fields.includes(f) && !multikey.has(f))
    const sortLeads = sortable && sort.every(([f], i) => fields[i] === f)
    let score = 0
    for (const f of fields) {
      const c = cons.get(f)
      if (c?.eq) score += 4
      else if (c) {
        score += 2
        break
      } else break
    }
    if (score === 0 && !sortLeads) continue
    if (sortable) score += 1
    if (!best || score > best.score) best = { spec, score, sortable }
  }
  const byId = idPlan(coll, cons.get('_id'), sort)
  if (byId && (!best || byId.score > best.score)) return byId.plan
  if (!best) return null
  const { spec, sortable } = best
  const params: unknown[] = []
  const where: string[] = []
  spec.fields.forEach((f, i) => {
    const c = cons.get(f.field)
    if (c) where.push(fieldSql(i, c, multikey.has(f.field), params))
  })
  const pos = (f: string) => spec.fields.findIndex((x) => x.field === f)
  const orderSql = sortable
    ? sort
        .map(([f, d]) => `t${pos(f)} ${d === -1 ? 'DESC' : 'ASC'}, v${pos(f)} ${d === -1 ? 'DESC' : 'ASC'}`)
        .concat('rid')
        .join(', ')
    : 'rid'
  const orderBy = unordered && !sortable ? '' : ` ORDER BY ${orderSql}`
  const sql = `SELECT rid, id FROM ${indexTableName(coll, spec)}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}${orderBy}`
  return { index: spec.name, sql, params, ordered: !orderBy ? false : sort.length === 0 || sortable }
}

/**
 * The primary key: the collection table's own index on id serves `_id` ranges and an `_id` sort (every stored
 * _id is a string: inserts convert it). Equality and $in on _id never get here (the engine reads those by id).
 */
function idPlan(coll: string, c: FieldConstraint | undefined, sort: Array<[string, 1 | -1]>): { plan: Plan; score: number } | null {
  const sortable = sort.length === 1 && sort[0][0] === '_id'
  const range = c && !c.eq && (typeof c.lo?.v === 'string' || typeof c.hi?.v === 'string') ? c : undefined
  if (!range && !sortable) return null
  const where: string[] = []
  const params: unknown[] = []
  if (typeof range?.lo?.v === 'string') {
    where.push(`id ${range.lo.incl ? '>=' : '>'} ?`)
    params.push(range.lo.v)
  }
  if (typeof range?.hi?.v === 'string') {
    where.push(`id ${range.hi.incl ? '<=' : '<'} ?`)
    params.push(range.hi.v)
  }
  const dir = sortable && sort[0][1] === -1 ? 'DESC' : 'ASC'
  const sql = `SELECT rowid AS rid, id FROM "c_${coll.replace(/"/g, '""')}"${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${sortable ? `id ${dir}` : 'rowid'}`
  return { plan: { index: '_id_', sql, params, ordered: sort.length === 0 || sortable }, score: (range ? 2 : 0) + (sortable ? 1 : 0) }
}

/** Top-level fields a filter names ($and flattened, operators skipped), for messages. */
export function namedFields(filter: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(filter)) filter.forEach((f) => namedFields(f, out))
  else if (isPlainObject(filter)) {
    for (const [k, v] of Object.entries(filter)) {
      if (k.startsWith('$')) {
        if (k === '$and' || k === '$or' || k === '$nor') namedFields(v, out)
      } else out.add(k)
    }
  }
  return out
}
