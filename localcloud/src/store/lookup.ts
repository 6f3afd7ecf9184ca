// $lookup through indexes: mingo joins against whatever its collection resolver returns, so the engine hands it
// only the foreign documents that can match — found by a filter on the foreign collection built from the input
// documents — and mingo's own $lookup then does the exact join. The filter is a superset of the matches:
// - localField/foreignField: { foreignField: { $in: <every localField value of the input> } } (missing → null);
// - a sub-pipeline without `let`: its leading $match (the sub-pipeline runs it first anyway);
// - `let` + a sub-pipeline whose leading $match has `$expr: { $eq: ['$field', '$$var'] }` (also inside $and):
//   { field: { $in: <the variable's values over the input> } } plus that $match's plain field conditions and the
//   $expr's conditions on constants (`$in: ['$status', [...]]`, `$eq: ['$f', c]`), which mingo still applies.
// Anything else resolves the whole foreign collection, as before (and counts as a scan of it).
import type { Doc } from '../ejson'
import { valuesAt } from './keys'
import { isObject } from './values'

const isVarRef = (v: unknown): v is string => typeof v === 'string' && v.startsWith('$$')
const isFieldRef = (v: unknown): v is string => typeof v === 'string' && v.startsWith('$') && !v.startsWith('$$')

/** Distinct values at a path over the input documents, arrays expanded; a missing value looks up null. */
function valuesOf(docs: Doc[], path: string): unknown[] {
  const out = new Map<string, unknown>()
  for (const d of docs) {
    for (const v of valuesAt(d, path).values) {
      const x = v === undefined ? null : v
      out.set(typeof x === 'object' && x !== null && !(x instanceof Date) ? JSON.stringify(x) : `${typeof x}:${x instanceof Date ? x.getTime() : String(x)}`, x)
    }
  }
  return [...out.values()]
}

/** `$expr` equalities between a foreign field and a `let` variable: [field, variable name]. */
function exprEqualities(expr: unknown): Array<[string, string]> {
  if (!isObject(expr)) return []
  if (Array.isArray(expr.$and)) return expr.$and.flatMap(exprEqualities)
  const pair = expr.$eq
  if (Array.isArray(pair) && pair.length === 2) {
    if (isFieldRef(pair[0]) && isVarRef(pair[1])) return [[pair[0].slice(1), pair[1].slice(2)]]
    if (isFieldRef(pair[1]) && isVarRef(pair[0])) return [[pair[1].slice(1), pair[0].slice(2)]]
  }
  return []
}

const isConstant = (v: unknown): boolean => !JSON.stringify(v ?? null).includes('"$')

/** `$expr` conditions of a foreign field on constants (also inside $and): `$in: ['$status', [...]]`, `$eq: ['$f', c]`. */
function exprConstants(expr: unknown): Doc {
  if (!isObject(expr)) return {}
  if (Array.isArray(expr.$and)) return Object.assign({}, ...expr.$and.map(exprConstants))
  const [a, b] = Array.isArray(expr.$in) ? expr.$in : Array.isArray(expr.$eq) ? expr.$eq : []
  if (!isFieldRef(a) || !isConstant(b)) return {}
  if (expr.$in) return Array.isArray(b) ? { [a.slice(1)]: { $in: b } } : {}
  return { [a.slice(1)]: b }
}

/** The filter on the foreign collection that finds every document the $lookup can join; null: not narrowed. */
export function lookupFilter(docs: Doc[], l: Doc): Doc | null {
  if (typeof l.localField === 'string' && typeof l.foreignField === 'string') {
    // mingo runs a sub-pipeline given with localField over the whole resolved collection: leave that form alone.
    if (Array.isArray(l.pipeline) && l.pipeline.length) return null
    return { [l.foreignField]: { $in: valuesOf(docs, l.localField) } }
  }
  const first = Array.isArray(l.pipeline) ? l.pipeline[0]?.$match : undefined
  if (!first || typeof first !== 'object') return null
  if (!l.let || Object.keys(l.let).length === 0) return JSON.stringify(first).includes('"$$') ? null : first
  const filter: Doc = {}
  for (const [k, v] of Object.entries(first)) if (!k.startsWith('$') && !JSON.stringify(v ?? null).includes('"$$')) filter[k] = v
  for (const [field, name] of exprEqualities(first.$expr)) {
    const ref = l.let[name]
    if (!isFieldRef(ref)) continue
    // e.g. a volunteer's OPEN orders: volunteerOpenid from the variable, status from `$in` on constants — both keyed.
    return { ...exprConstants(first.$expr), ...filter, [field]: { $in: valuesOf(docs, ref.slice(1)) } }
  }
  return null
}
