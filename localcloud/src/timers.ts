// Local timer triggers: what CloudBase does with each cloud function's config.json `triggers`. Once a second
// the due triggers run their function through the local runtime with the event WeChat sends,
// `{ Type: 'Timer', TriggerName, Time }`. A trigger whose previous run has not finished is skipped for that
// second (never two runs of one trigger at once: the jobs tolerate overlap, but a slow store should not pile up).
//
// Cron format (WeChat 定时触发器): 7 fields `sec min hour day month week year`, evaluated in UTC+8 (the platform's
// time zone, so `0 30 2 * * * *` is 02:30 in China wherever the machine is). Supported: `*`, numbers, `a-b`,
// comma lists, `*/n` and `a/n`; month names JAN–DEC and week names SUN–SAT (0 = Sunday). As on the platform,
// when both day and week are restricted a time matches if either does.
import fs from 'fs'
import path from 'path'
import type { FunctionRuntime } from './runtime'

const FIELDS = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'], base: 1 },
  { name: 'week', min: 0, max: 6, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'], base: 0 },
  { name: 'year', min: 1970, max: 2099 }
] as const

export interface CronExpr {
  /** Allowed values per field, in FIELDS order. */
  sets: Array<Set<number>>
  /** Whether day / week were restricted (not `*`): decides the day-or-week rule. */
  dayRestricted: boolean
  weekRestricted: boolean
}

/** Parses a 7-field WeChat cron expression; throws on anything it does not support. */
export function parseCron(expr: string): CronExpr {
  const parts = expr.trim().split(/\s+/)
  if (parts.length !== 7) throw new Error(`cron "${expr}": expected 7 fields (sec min hour day month week year)`)
  const sets = parts.map((part, i) => parseField(part, FIELDS[i], expr))
  return { sets, dayRestricted: parts[3] !== '*', weekRestricted: parts[5] !== '*' }
}

function parseField(part: string, f: (typeof FIELDS)[number], expr: string): Set<number> {
  const out = new Set<number>()
  const value = (s: string) => {
    const named = 'names' in f ? (f.names as readonly string[]).indexOf(s.toUpperCase()) : -1
    const n = named >= 0 ? named + (f as { base: number }).base : /^\d+$/.test(s) ? Number(s) : NaN
    if (!(n >= f.min && n <= f.max)) throw new Error(`cron "${expr}": bad ${f.name} value "${s}"`)
    return n
  }
  for (const item of part.split(',')) {
    const [range, stepText] = item.split('/')
    const step = stepText === undefined ? 1 : Number(stepText)
    if (!Number.isInteger(step) || step < 1) throw new Error(`cron "${expr}": bad step in "${item}"`)
    let lo: number, hi: number
    if (range === '*') [lo, hi] = [f.min, f.max]
    else if (range.includes('-')) [lo, hi] = range.split('-').map(value) as [number, number]
    else [lo, hi] = [value(range), stepText === undefined ? value(range) : f.max] // `a/n`: from a to the end
    if (lo > hi) throw new Error(`cron "${expr}": empty range "${item}"`)
    for (let n = lo; n <= hi; n += step) out.add(n)
  }
  return out
}

/** The calendar fields of `at` in UTC+8. */
function chinaFields(at: Date): number[] {
  const d = new Date(at.getTime() + 8 * 3600000)
  return [d.getUTCSeconds(), d.getUTCMinutes(), d.getUTCHours(), d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCDay(), d.getUTCFullYear()]
}

/** Does `at` (to the second) match the expression? */
export function cronMatches(expr: string | CronExpr, at: Date): boolean {
  const c = typeof expr === 'string' ? parseCron(expr) : expr
  const v = chinaFields(at)
  const has = (i: number) => c.sets[i].has(v[i])
  if (![0, 1, 2, 4, 6].every(has)) return false
  if (c.dayRestricted && c.weekRestricted) return has(3) || has(5)
  return has(3) && has(5)
}

export interface TimerTrigger {
  fn: string
  name: string
  config: string
  cron: CronExpr
}

/**
 * Every timer trigger declared in `<functionsDir>/<fn>/config.json`. A config that cannot be read or parsed
 * throws, unless `onError` is given: then that function's triggers are left out and the others still run (the
 * gateway's /api/health reports the unloadable function).
 */
export function readTriggers(functionsDir: string, onError?: (fn: string, error: Error) => void): TimerTrigger[] {
  const out: TimerTrigger[] = []
  if (!fs.existsSync(functionsDir)) return out
  for (const fn of fs.readdirSync(functionsDir).sort()) {
    const file = path.join(functionsDir, fn, 'config.json')
    if (!fs.existsSync(file)) continue
    try {
      const triggers = (JSON.parse(fs.readFileSync(file, 'utf8')).triggers ?? []) as Array<{ name: string; type: string; config: string }>
      const mine = triggers.filter((t) => t.type === 'timer').map((t) => ({ fn, name: t.name, config: t.config, cron: parseCron(t.config) }))
      out.push(...mine)
    } catch (e) {
      if (!onError) throw e
      onError(fn, e as Error)
    }
  }
  return out
}

export interface TimerOptions {
  functionsDir?: string
  /** The clock (tests pass their own). */
  now?: () => Date
  tickMs?: number
  /** Called after each run (tests, logging). */
  onRun?: (t: TimerTrigger, outcome: { result?: unknown; error?: unknown; at: Date }) => void
}

/**
 * Starts the local timers; returns the function that stops them. Seconds the event loop skipped (a long
 * synchronous stretch) are caught up, at most a minute's worth, so a `0 * * * * * *` trigger is not lost.
 */
export function startTimers(local: { runtime: Pick<FunctionRuntime, 'invoke'> & { functionsDir?: string } }, opts: TimerOptions = {}): () => void {
  const triggers = readTriggers(opts.functionsDir ?? local.runtime.functionsDir ?? path.resolve('cloudfunctions'), (fn, e) =>
    console.error(JSON.stringify({ level: 'error', timer: `${fn}/config.json`, error: `triggers not read: ${e.message}` }))
  )
  // The platform takes ONE timer trigger per function (config.json `triggers` holds at most one entry); say so
  // here rather than let a deployment drop the others silently.
  for (const fn of new Set(triggers.map((t) => t.fn))) {
    if (triggers.filter((t) => t.fn === fn).length > 1)
      console.warn(`[localcloud] ${fn}/config.json declares several timer triggers; CloudBase accepts only one per function`)
  }
  const now = opts.now ?? (() => new Date())
  const running = new Set<string>()
  let last = Math.floor(now().getTime() / 1000)
  const tick = () => {
    const current = Math.floor(now().getTime() / 1000)
    for (let s = Math.max(last + 1, current - 59); s <= current; s++) {
      const at = new Date(s * 1000)
      for (const t of triggers) if (cronMatches(t.cron, at)) void fire(t, at)
    }
    last = Math.max(last, current)
  }
  // A timer must never take the gateway down: whatever the function does — missing, failing to load, throwing
  // synchronously, rejecting, or an onRun hook throwing — ends here as one JSON line on stderr per firing, and the
  // trigger simply fires again at its next matching second. `fire` therefore catches everything and never rejects.
  const fire = async (t: TimerTrigger, at: Date): Promise<void> => {
    const key = `${t.fn}/${t.name}`
    if (running.has(key)) return // the previous run of this trigger is still going
    running.add(key)
    const time = at.toISOString().replace(/\.\d{3}Z$/, 'Z')
    const event = { Type: 'Timer', TriggerName: t.name, Time: time }
    let outcome: { result?: unknown; error?: unknown; at: Date }
    try {
      outcome = { result: (await local.runtime.invoke(t.fn, event, '', 'wx_timer')).result, at }
    } catch (error) {
      logTimerError(key, time, error)
      outcome = { error, at }
    } finally {
      running.delete(key)
    }
    try {
      opts.onRun?.(t, outcome)
    } catch (error) {
      logTimerError(key, time, error)
    }
  }
  const handle = setInterval(tick, opts.tickMs ?? 1000)
  handle.unref?.()
  return () => clearInterval(handle)
}

/** One line per failed firing, so a log reader counts failures by counting lines. */
function logTimerError(timer: string, time: string, error: unknown): void {
  const e = error as { message?: string; errCode?: number } | undefined
  console.error(JSON.stringify({ level: 'error', timer, time, errCode: e?.errCode, error: e?.message ?? String(error) }))
}
