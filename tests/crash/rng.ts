// A small seeded PRNG (mulberry32), so a failing crash round can be rerun with the seed it printed. (Which call
// the kill cuts off still depends on timing; the seed fixes the workload and the kill delays.)
export interface Rng {
  next(): number
  int(n: number): number
  pick<T>(xs: readonly T[]): T | undefined
  one<T>(xs: readonly T[]): T
}

export function rngFrom(seed: number): Rng {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(xs: readonly T[]): T | undefined => (xs.length ? xs[Math.floor(next() * xs.length)] : undefined)
  const one = <T>(xs: readonly T[]): T => {
    if (!xs.length) throw new Error('one() of nothing')
    return pick(xs) as T
  }
  return { next, int: (n) => Math.floor(next() * n), pick, one }
}
