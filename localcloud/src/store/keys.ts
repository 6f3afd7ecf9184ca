import { pointOf } from './geo'
import { getPath, isObject } from './values'

// Index keys: how a document field becomes sortable SQLite values, in the order mingo (and MongoDB) compare them.
// Each indexed field is two columns: t, the type rank (mingo's SORT_ORDER: missing = null < number < string <
// object < array < boolean < date < regexp), and v, a value SQLite compares like mingo within that type (numbers
// as numbers, dates as epoch ms, booleans 0/1, strings as text — UTF-8 byte order, which equals JS order except
// for characters beyond U+FFFF against U+E000–U+FFFF). Ordering by (t, v) per field then by the document's rowid
// (insertion order, the order the in-memory Map and mingo's stable sort use for ties) reproduces the scanning
// engine's order exactly for scalar fields.
// Arrays are multikey, as in MongoDB: an array on the path yields one key per element (an empty array one
// "array" key), so a document has several index rows; a compound index takes the product of its fields' keys.

export type Key = [number, number | string | null]

export const T = { null: 2, number: 3, string: 4, object: 6, array: 7, boolean: 9, date: 10, regexp: 11 } as const

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]'
const isRegExp = (v: unknown): v is RegExp => Object.prototype.toString.call(v) === '[object RegExp]'

/** The key of one scalar value (arrays are expanded by the caller). */
export function keyOf(v: unknown): Key {
  // mingo's $sort groups a missing field with null (as MongoDB does), so they share one key.
  if (v === undefined || v === null) return [T.null, null]
  if (typeof v === 'number') return [T.number, Number.isNaN(v) ? null : v]
  if (typeof v === 'string') return [T.string, v]
  if (typeof v === 'boolean') return [T.boolean, v ? 1 : 0]
  if (isDate(v)) return [T.date, v.getTime()]
  if (isRegExp(v)) return [T.regexp, String(v)]
  if (Array.isArray(v)) return [T.array, JSON.stringify(v)]
  return [T.object, JSON.stringify(v)]
}

/** A value the planner can look up by key: what equality/range operands in product queries are. */
export function isSimple(v: unknown): boolean {
  return v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || isDate(v)
}

/** The values at a dotted path, arrays expanded (MongoDB multikey); `multi` tells whether an array was met. */
export function valuesAt(doc: unknown, path: string): { values: unknown[]; multi: boolean } {
  let multi = false
  let cur: unknown[] = [doc]
  for (const part of path.split('.')) {
    const next: unknown[] = []
    for (const c of cur) {
      if (Array.isArray(c)) {
        multi = true
        for (const e of c) next.push(isObject(e) && !Array.isArray(e) ? e[part] : undefined)
      } else next.push(isObject(c) ? c[part] : undefined)
    }
    cur = next
  }
  const values: unknown[] = []
  for (const v of cur) {
    if (Array.isArray(v)) {
      multi = true
      if (v.length === 0) values.push([])
      else values.push(...v)
    } else values.push(v)
  }
  return { values, multi }
}

/** Distinct keys of one field of a document (at least one: a missing field is a key too). */
export function fieldKeys(doc: unknown, path: string): { keys: Key[]; multi: boolean } {
  const { values, multi } = valuesAt(doc, path)
  const seen = new Map<string, Key>()
  for (const v of values) {
    const k = keyOf(v)
    seen.set(`${k[0]}:${k[1]}`, k)
  }
  // An element-less path through an array (photos: [] for photos.traceId) is indexed as missing, as in MongoDB.
  if (seen.size === 0) seen.set('2:null', [T.null, null])
  return { keys: [...seen.values()], multi }
}

const MAX_ROWS_PER_DOC = 1000

/** The index rows of a document: the product of each field's keys, flattened to [t0, v0, t1, v1, …]. */
export function indexRows(doc: unknown, fields: string[], multikey?: (field: string) => void): Array<Array<number | string | null>> {
  let rows: Array<Array<number | string | null>> = [[]]
  for (const f of fields) {
    const { keys, multi } = fieldKeys(doc, f)
    if (multi) multikey?.(f)
    const next: Array<Array<number | string | null>> = []
    for (const r of rows) for (const k of keys) next.push([...r, k[0], k[1]])
    if (next.length > MAX_ROWS_PER_DOC) throw new Error(`index key explosion on ${fields.join(', ')}: more than ${MAX_ROWS_PER_DOC} keys for one document`)
    rows = next
  }
  return rows
}

/** A GeoJSON point (or legacy pair) at the field, as [lng, lat]; null when the field holds no point. */
export function pointKey(doc: unknown, path: string): [number, number] | null {
  const p = pointOf(getPath(doc, path))
  return p && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? p : null
}
