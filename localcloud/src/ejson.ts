// Documents travel as MongoDB Extended JSON (the SDK sends canonical, parses relaxed). The store keeps relaxed
// EJSON text (plain JSON numbers, {"$date": ...}) so SQLite's json_extract can index and compare fields.
import { bson } from './sdkPaths'
import { isObject } from './store/values'

const { EJSON } = bson()

export type Doc = Record<string, any>

export function parseEjson<T = unknown>(text: string | undefined | null): T {
  if (text === undefined || text === null || text === '') return undefined as T
  return nativeRegExps(EJSON.parse(text, { relaxed: true })) as T
}

/**
 * EJSON turns `{"$regularExpression": …}` (what the SDK sends for a JS RegExp and for db.RegExp) into a
 * BSONRegExp, which mingo treats as a plain object to compare by equality, so no regex query ever matched.
 * MongoDB evaluates it as a regular expression: convert it to a JS RegExp (flags JS lacks, such as `x`, dropped).
 */
function nativeRegExps(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(nativeRegExps)
  if (isObject(value)) {
    if (value._bsontype === 'BSONRegExp') return new RegExp(String(value.pattern), String(value.options ?? '').replace(/[^imsu]/g, ''))
    if (value instanceof Date || value._bsontype) return value
    for (const k of Object.keys(value)) value[k] = nativeRegExps(value[k])
  }
  return value
}

/** What EJSON.stringify accepts; callers hand it documents and operands, and bson throws on anything else. */
type Serializable = Parameters<typeof EJSON.stringify>[0]

export function toCanonical(value: unknown): string {
  return EJSON.stringify(value as Serializable, { relaxed: false })
}

export function toRelaxed(value: unknown): string {
  return EJSON.stringify(value as Serializable, { relaxed: true })
}

/**
 * Deep copy (Dates and RegExps keep their types); stored documents are never handed out by reference.
 * Not structuredClone: under jest it builds Dates of the outer realm, which mingo does not recognise as Dates
 * (`instanceof Date` fails), so equality on a Date field (`where({ at: someDate })`) never matched in tests.
 */
export function cloneDoc<T>(value: T): T {
  // A deep copy has the shape of what it copies.
  return deepCopy(value) as T
}

function deepCopy(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(deepCopy)
  if (!isObject(v)) return v
  // Tags, not instanceof: a Date or RegExp of another realm (see above) is copied as one too.
  const tag = Object.prototype.toString.call(v)
  if (tag === '[object Date]') return new Date(Number(v.valueOf()))
  if (tag === '[object RegExp]') return new RegExp(String(v.source), String(v.flags))
  if (v._bsontype) return v // immutable BSON value types (ObjectId, Decimal128, …)
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(v)) out[k] = deepCopy(v[k])
  return out
}
