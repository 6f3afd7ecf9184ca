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

/** Deep copy (Dates and RegExps keep their types); stored documents are never handed out by reference. */
export function cloneDoc<T>(value: T): T {
  return structuredClone(value)
}
