// Documents travel as MongoDB Extended JSON (the SDK sends canonical, parses relaxed). The store keeps relaxed
// EJSON text (plain JSON numbers, {"$date": ...}) so SQLite's json_extract can index and compare fields.
import { bson } from './sdkPaths'

const { EJSON } = bson()

export type Doc = Record<string, any>

export function parseEjson<T = any>(text: string | undefined | null): T {
  if (text === undefined || text === null || text === '') return undefined as T
  return nativeRegExps(EJSON.parse(text, { relaxed: true })) as T
}

/**
 * EJSON turns `{"$regularExpression": …}` (what the SDK sends for a JS RegExp and for db.RegExp) into a
 * BSONRegExp, which mingo treats as a plain object to compare by equality, so no regex query ever matched.
 * MongoDB evaluates it as a regular expression: convert it to a JS RegExp (flags JS lacks, such as `x`, dropped).
 */
function nativeRegExps(value: any): any {
  if (Array.isArray(value)) return value.map(nativeRegExps)
  if (value && typeof value === 'object') {
    if (value._bsontype === 'BSONRegExp') return new RegExp(value.pattern, String(value.options ?? '').replace(/[^imsu]/g, ''))
    if (value instanceof Date || value._bsontype) return value
    for (const k of Object.keys(value)) value[k] = nativeRegExps(value[k])
  }
  return value
}

export function toCanonical(value: unknown): string {
  return EJSON.stringify(value as any, { relaxed: false })
}

export function toRelaxed(value: unknown): string {
  return EJSON.stringify(value as any, { relaxed: true })
}

/**
 * Deep copy (Dates and RegExps keep their types); stored documents are never handed out by reference.
 * Not structuredClone: under jest it builds Dates of the outer realm, which mingo does not recognise as Dates
 * (`instanceof Date` fails), so equality on a Date field (`where({ at: someDate })`) never matched in tests.
 */
export function cloneDoc<T>(value: T): T {
  return deepCopy(value)
}

function deepCopy(v: any): any {
  if (Array.isArray(v)) return v.map(deepCopy)
  if (!v || typeof v !== 'object') return v
  const tag = Object.prototype.toString.call(v)
  if (tag === '[object Date]') return new Date(v.getTime())
  if (tag === '[object RegExp]') return new RegExp(v.source, v.flags)
  if (v._bsontype) return v // immutable BSON value types (ObjectId, Decimal128, …)
  const out: Record<string, any> = {}
  for (const k of Object.keys(v)) out[k] = deepCopy(v[k])
  return out
}
