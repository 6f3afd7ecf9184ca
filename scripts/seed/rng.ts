// mulberry32 (as localcloud/src/demo/yearPlan.ts): a small deterministic generator, so a scale always yields the
// same data set.
export type Rand = () => number

export function rng(seed: number): Rand {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function weighted<T>(rand: Rand, xs: ReadonlyArray<readonly [T, number]>): T {
  let r = rand() * xs.reduce((s, [, w]) => s + w, 0)
  for (const [x, w] of xs) if ((r -= w) < 0) return x
  return xs[xs.length - 1][0]
}
