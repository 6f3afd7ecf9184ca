// Value helpers shared by queries, updates and indexes.
import type { Doc } from '../ejson'

/** Documents are wire JSON: objects whose fields are read as `unknown` and checked where used. */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/**
 * A document or sub-document, not a typed value: Dates, RegExps and BSON values (ObjectId, Timestamp, … — EJSON
 * `$oid`, `$timestamp`) are leaves. Rebuilding those from their own keys flattened an ObjectId to `{}` and a
 * Timestamp to `{low, high, unsigned}`.
 */
export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  isObject(v) && !(v instanceof Date) && !(v instanceof RegExp) && !('_bsontype' in v && (v as { _bsontype?: unknown })._bsontype)

/** Reads a dotted path ("a.b.0.c"); undefined when any step is missing. */
export function getPath(doc: unknown, path: string): unknown {
  let cur: unknown = doc
  for (const part of path.split('.')) {
    if (!isObject(cur)) return undefined
    cur = cur[part]
  }
  return cur
}

/**
 * Replaces `{ $tcb_server_date: { offset } }` (db.serverDate()) by the server's time plus offset (ms).
 * It may appear anywhere in inserted data, update values and query operands.
 */
export function resolveServerDates<T>(value: T, now: number): T {
  // The markers become Dates; T (what the caller sent) is otherwise kept, so the result is read as T.
  return withServerDates(value, now) as T
}

function withServerDates(value: unknown, now: number): unknown {
  if (Array.isArray(value)) return value.map((v) => withServerDates(v, now))
  if (isPlainObject(value)) {
    const marker = value.$tcb_server_date
    if (marker && Object.keys(value).length === 1) {
      return new Date(now + Number((isObject(marker) ? marker.offset : undefined) ?? 0))
    }
    const out: Doc = {}
    for (const k of Object.keys(value)) out[k] = withServerDates(value[k], now)
    return out
  }
  return value
}

/** Rejects keys that could corrupt documents or prototypes (`__proto__`, `constructor`, `prototype`). */
export function assertSafeKeys(value: unknown, depth = 0): void {
  if (depth > 100) throw new Error('document nesting is too deep')
  if (Array.isArray(value)) return value.forEach((v) => assertSafeKeys(v, depth + 1))
  if (isPlainObject(value)) {
    for (const k of Object.keys(value)) {
      if (k === '__proto__' || k === 'constructor' || k === 'prototype') throw new Error(`forbidden key: ${k}`)
      assertSafeKeys(value[k], depth + 1)
    }
  }
}
