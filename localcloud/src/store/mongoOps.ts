// Operators where mingo 7.2 departs from MongoDB (what CloudBase runs), replaced by MongoDB's semantics. Each one is
// registered over mingo's own in mingo.ts; the conformance suites (tests/conformance) hold a case for each.
import { $dayOfWeek, $dayOfYear, $substrBytes as mingoSubstrBytes } from 'mingo/operators/expression'
import { evalExpr } from 'mingo/core'
import { Query } from 'mingo/query'
import { isObject, isOperator, resolve } from 'mingo/util'
import type { AnyObject, Options } from 'mingo/types'

/**
 * $elemMatch: with field conditions ({tags: {$elemMatch: {a: 1}}}) only embedded documents can match; mingo also
 * tested plain numbers and strings, so a `{a: {$exists: false}}` or `{a: null}` matched `[1, 2]`. Operator-only
 * criteria ({scores: {$elemMatch: {$gt: 80}}}) apply to each element itself, as before.
 */
export const $elemMatch = (selector: string, criteria: unknown, options: Options) => {
  const c = (criteria ?? {}) as AnyObject
  const keys = Object.keys(c)
  const onValue = keys.length > 0 && keys.every((k) => isOperator(k) && k !== '$and' && k !== '$or' && k !== '$nor')
  const q = new Query(onValue ? { v: c } : c, options)
  const test = onValue ? (v: unknown) => q.test({ v }) : (v: unknown) => isObject(v) && q.test(v as AnyObject)
  return (doc: AnyObject) => {
    const arr = resolve(doc, selector, { unwrapArray: true })
    return Array.isArray(arr) && arr.some(test)
  }
}

/**
 * $week: MongoDB's week of the year (0–53, strftime %U): weeks begin on Sunday, week 1 begins with the year's first
 * Sunday and the days before it are week 0 (2019-05-14 is week 19; mingo answered 20). Day of year and day of week
 * come from mingo, so the `{date, timezone}` form still works.
 */
export const $week = (obj: AnyObject, expr: unknown, options: Options): number | null => {
  const yday: unknown = $dayOfYear(obj, expr, options) // 1-based
  const wday: unknown = $dayOfWeek(obj, expr, options) // 1 = Sunday
  if (typeof yday !== 'number' || typeof wday !== 'number') return null
  return Math.floor((yday - wday + 7) / 7)
}

const lit = (v: unknown) => ({ $literal: v })
function evalArgs(obj: AnyObject, expr: unknown, options: Options): unknown[] {
  if (!Array.isArray(expr)) throw new Error('expects an array of arguments')
  return evalExpr(obj, expr, options) as unknown[]
}

/** $substrBytes / $substr: a negative length means "to the end of the string" in MongoDB; mingo refused it. */
export const $substrBytes = (obj: AnyObject, expr: unknown, options: Options): unknown => {
  const [s, index, count] = evalArgs(obj, expr, options)
  const toEnd = typeof count === 'number' && count < 0 && typeof index === 'number'
  // A null or missing string gives "" whatever the length (mingo checks the rest: types, index, UTF-8 boundaries).
  const n = toEnd ? (typeof s === 'string' ? Math.max(0, Buffer.byteLength(s, 'utf8') - index) : 0) : count
  return mingoSubstrBytes(obj, [lit(s), lit(index), lit(n)], options)
}

/**
 * $indexOfCP (mingo 7.2 does not register it): the code-point index of the first occurrence of a substring at or
 * after `start` and before `end`, -1 when absent, null when the string is null or missing.
 */
export const $indexOfCP = (obj: AnyObject, expr: unknown, options: Options): number | null => {
  const [s, sub, start, end] = evalArgs(obj, expr, options)
  if (s === null || s === undefined) return null
  if (typeof s !== 'string' || typeof sub !== 'string') throw new Error('$indexOfCP requires a string and a substring')
  for (const [name, v] of [
    ['start', start],
    ['end', end]
  ] as const)
    if (v !== undefined && !(Number.isInteger(v) && (v as number) >= 0)) throw new Error(`$indexOfCP ${name} must be a non-negative integer`)
  const cps = Array.from(s)
  const needle = Array.from(sub)
  const from = (start as number | undefined) ?? 0
  const to = Math.min((end as number | undefined) ?? cps.length, cps.length)
  for (let i = from; i + needle.length <= to; i++) if (needle.every((c, j) => cps[i + j] === c)) return i
  return -1
}
