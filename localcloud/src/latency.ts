// LOCALCLOUD_LATENCY: what a database round trip costs. On CloudBase every SDK call crosses the network, so two
// concurrent function calls interleave at each round trip; served in microtasks they never do, and a race that
// needs interleaving (a read, then a write decided from it) passes locally. `5` waits 5 ms per round trip,
// `2-20` a random 2–20 ms each; unset, empty or 0 waits nothing (tests stay fast). Half the wait comes before the
// store serves the request and half after (the request travels, then the reply), so what a caller read may be
// stale by the time it acts on it, as on CloudBase.
const SPEC_RE = /^\s*(\d+(?:\.\d+)?)\s*(?:-\s*(\d+(?:\.\d+)?)\s*)?$/

export interface LatencyRange {
  min: number
  max: number
}

/** `5` → 5–5 ms, `2-20` → 2–20 ms; unset/empty/0 → null (off). Anything else is refused with a clear message. */
export function parseLatency(spec: string | undefined): LatencyRange | null {
  if (spec === undefined || spec.trim() === '' || spec.trim() === '0') return null
  const m = SPEC_RE.exec(spec)
  const min = m ? Number(m[1]) : NaN
  const max = m ? Number(m[2] ?? m[1]) : NaN
  if (!(min >= 0 && max >= min && max <= 10_000)) throw new Error(`LOCALCLOUD_LATENCY must be ms or a range like 2-20 (≤ 10000), got "${spec}"`)
  return max === 0 ? null : { min, max }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** The latency model of one local cloud; `set()` switches it at run time (a test turns it on for its race only). */
export class Latency {
  private range: LatencyRange | null

  constructor(spec: string | undefined = process.env.LOCALCLOUD_LATENCY) {
    this.range = parseLatency(spec)
  }

  set(spec: string | undefined): void {
    this.range = parseLatency(spec)
  }

  get current(): LatencyRange | null {
    return this.range
  }

  /** Serves one round trip with the wait around it; with latency off, exactly `serve()`. */
  async around<T>(serve: () => Promise<T>): Promise<T> {
    const r = this.range
    if (!r) return serve()
    const total = r.min + Math.random() * (r.max - r.min)
    await sleep(total / 2)
    const reply = await serve()
    await sleep(total / 2)
    return reply
  }
}
