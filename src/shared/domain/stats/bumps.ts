// Rollup increments ("bumps"): which counters of which rollup document a change moves, as flat dotted paths.
// Two documents per community (stats_rollups): `<communityId>:now` holds gauges (registered volunteers, residents,
// open escalations); `<communityId>:<YYYY>` holds the year's participants and per-month counters under
// `months.<YYYY-MM>.…`. The same builders serve the live writes (each bump applied with _.inc right where the change
// is written) and the nightly rebuild (replaying raw documents through them), so both agree by construction and the
// drift check finds only writes that were lost between a change and its bump.
import { formatShanghai } from '../../time'

/** doc key ('now' or a year 'YYYY') → dotted counter path → increment. */
export type Bumps = Record<string, Record<string, number>>

export const NOW = 'now'

export function monthOf(instant: Date | string | number): string {
  return formatShanghai(instant, 'YYYY-MM')
}

export function bump(b: Bumps, doc: string, path: string, by = 1): Bumps {
  if (!by) return b
  const d = (b[doc] ??= {})
  d[path] = (d[path] ?? 0) + by
  return b
}

/** Adds `by` to a month counter (in that month's year document). */
export function bumpMonth(b: Bumps, month: string, path: string, by = 1): Bumps {
  return bump(b, month.slice(0, 4), `months.${month}.${path}`, by)
}

/** Adds every bump of `more` into `into` (a counter that nets to zero stays, as 0). */
export function addBumps(into: Bumps, more: Bumps): Bumps {
  for (const [doc, paths] of Object.entries(more)) for (const [p, n] of Object.entries(paths)) bump(into, doc, p, n)
  return into
}

/** Adds every bump of `more` into `into`, dropping counters that net to zero. */
export function mergeBumps(into: Bumps, more: Bumps): Bumps {
  addBumps(into, more)
  for (const [doc, paths] of Object.entries(into)) {
    for (const [p, n] of Object.entries(paths)) if (n === 0) delete paths[p]
    if (!Object.keys(paths).length) delete into[doc]
  }
  return into
}

export const isEmpty = (b: Bumps) => Object.values(b).every((paths) => Object.values(paths).every((n) => n === 0))

/** The counters of a stored rollup document as flat paths (what bumps address), skipping bookkeeping fields. */
export function flatten(value: unknown, prefix = '', out: Record<string, number> = {}): Record<string, number> {
  if (typeof value === 'number') {
    if (value !== 0) out[prefix] = value
    return out
  }
  if (value && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out)
  }
  return out
}

/** Paths whose values differ between two flat counter sets (missing counts as 0). */
export function differences(a: Record<string, number>, b: Record<string, number>): Array<{ path: string; stored: number; raw: number }> {
  const paths = new Set([...Object.keys(a), ...Object.keys(b)])
  return [...paths]
    .filter((p) => (a[p] ?? 0) !== (b[p] ?? 0))
    .sort()
    .map((p) => ({ path: p, stored: a[p] ?? 0, raw: b[p] ?? 0 }))
}
