// Response times (submit → first acceptance) kept as a histogram so a median and a p90 cost one read however many
// orders there are. Buckets are upper bounds in minutes; a figure is reported as the upper bound of the bucket the
// quantile falls in (nearest rank), so it is exact to the bucket: within 1 min up to 6 min, 5 min up to 30 min…
export const RESPONSE_BUCKETS = [
  1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 75, 90, 120, 150, 180, 240, 360, 480, 720, 1080, 1440, 2880, 4320, 10080
] as const
/** Beyond the last bound: a week or more. */
export const OVERFLOW_BUCKET = 'over'

/** The bucket key for a response of `minutes` (fractions round up: 61 s is in the 2-minute bucket). */
export function responseBucket(minutes: number): string {
  const m = Math.max(0, minutes)
  for (const b of RESPONSE_BUCKETS) if (m <= b) return String(b)
  return OVERFLOW_BUCKET
}

/** The bucket bound holding the q-quantile (0 < q ≤ 1) by nearest rank; null for an empty histogram. */
export function quantileOf(hist: Readonly<Record<string, number>>, q: number): number | null {
  const total = Object.values(hist).reduce((s, n) => s + n, 0)
  if (total <= 0) return null
  const rank = Math.max(1, Math.ceil(q * total))
  let seen = 0
  for (const b of RESPONSE_BUCKETS) {
    seen += hist[String(b)] ?? 0
    if (seen >= rank) return b
  }
  return RESPONSE_BUCKETS[RESPONSE_BUCKETS.length - 1] * 2 // the overflow bucket: reported as "two weeks"
}
