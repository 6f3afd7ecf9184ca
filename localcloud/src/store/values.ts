// Value helpers shared by queries, updates and indexes.
import type { Doc } from '../ejson'

/** Reads a dotted path ("a.b.0.c"); undefined when any step is missing. */
export function getPath(doc: unknown, path: string): any {
  let cur: any = doc
  for (const part of path.split('.')) {
    if (cur === null || cur === undefined || typeof cur !== 'object') return undefined
    cur = cur[part]
  }
  return cur
}

/**
 * Replaces `{ $tcb_server_date: { offset } }` (db.serverDate()) by the server's time plus offset (ms).
 * It may appear anywhere in inserted data, update values and query operands.
 */
export function resolveServerDates<T>(value: T, now: number): T {
  if (Array.isArray(value)) return value.map((v) => resolveServerDates(v, now)) as any
  if (value && typeof value === 'object' && !(value instanceof Date) && !(value instanceof RegExp)) {
    const obj = value as any
    if (obj.$tcb_server_date && Object.keys(obj).length === 1) {
      return new Date(now + Number(obj.$tcb_server_date.offset ?? 0)) as any
    }
    const out: Doc = {}
    for (const k of Object.keys(obj)) out[k] = resolveServerDates(obj[k], now)
    return out as T
  }
  return value
}

/** Rejects keys that could corrupt documents or prototypes (`__proto__`, `constructor`, `prototype`). */
export function assertSafeKeys(value: unknown, depth = 0): void {
  if (depth > 100) throw new Error('document nesting is too deep')
  if (Array.isArray(value)) return value.forEach((v) => assertSafeKeys(v, depth + 1))
  if (value && typeof value === 'object' && !(value instanceof Date) && !(value instanceof RegExp)) {
    for (const k of Object.keys(value)) {
      if (k === '__proto__' || k === 'constructor' || k === 'prototype') throw new Error(`forbidden key: ${k}`)
      assertSafeKeys((value as any)[k], depth + 1)
    }
  }
}
