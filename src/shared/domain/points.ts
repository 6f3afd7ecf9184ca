// 爱心积分 (points) — pure rules, shared by the server and the app. Points are NOT time-bank hours: they are earned
// for service at the community's rate, spent in the 积分商城 on privileges and goods, and expire; hours never expire.
// Invariants the repos rely on:
// - a record's points are floor(record minutes × rate ÷ 60), with the rate fixed when the record first earned
//   (a later rate change never reprices old service), so a correction moves points by
//   pointsFor(new) − pointsFor(old) and a record earns exactly what its final minutes are worth;
// - points are kept in yearly lots: points earned in China-time year Y (the year they were EARNED, not the
//   service day: a late record must not land in a lot that has already expired) expire at the end of Y + 1;
// - the balance is the sum of the unexpired lots' (earned − used), computed at read time with the current date,
//   so nothing has to run at midnight for expiry to be right; spending uses the oldest unexpired lot first;
// - a lot's `used` never exceeds its `earned`; no balance is ever negative.
import { SHANGHAI_OFFSET_MINUTES } from '../time'

export const DEFAULT_POINTS_PER_HOUR = 10
export const MAX_POINTS_PER_HOUR = 1000

export interface PointsLot {
  /** China-time year the points were earned in. */
  year: number
  earned: number
  /** Spent, or taken back by a correction. */
  used: number
}

/** Points for `minutes` of service at `ratePerHour` (whole points, rounded down; never negative). */
export function pointsFor(minutes: number, ratePerHour: number): number {
  if (minutes <= 0 || ratePerHour <= 0) return 0
  return Math.floor((minutes * ratePerHour) / 60)
}

/** The China-time year an instant falls in. */
export function shanghaiYear(at: Date): number {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MINUTES * 60000).getUTCFullYear()
}

/** The instant a lot of year Y expires: 1 January of Y + 2, 00:00 China time (the end of Y + 1). */
export function lotExpiresAt(year: number): Date {
  return new Date(Date.UTC(year + 2, 0, 1) - SHANGHAI_OFFSET_MINUTES * 60000)
}

/** The last day a lot can be spent, YYYY-MM-DD (31 December of Y + 1). */
export function lotLastDay(year: number): string {
  return `${year + 1}-12-31`
}

export const isLotExpired = (lot: PointsLot, now: Date): boolean => now.getTime() >= lotExpiresAt(lot.year).getTime()
export const lotLeft = (lot: PointsLot): number => Math.max(0, lot.earned - lot.used)

/** Spendable points now: the unexpired lots' remainders. */
export function balanceOf(lots: readonly PointsLot[], now: Date): number {
  return lots.reduce((s, l) => s + (isLotExpired(l, now) ? 0 : lotLeft(l)), 0)
}

/** Points that expired unspent (shown on the statement; nothing is written when they expire). */
export function expiredOf(lots: readonly PointsLot[], now: Date): number {
  return lots.reduce((s, l) => s + (isLotExpired(l, now) ? lotLeft(l) : 0), 0)
}

/** The lots, oldest first, with one lot's earned points added (a new year starts a new lot). */
export function addToLot(lots: readonly PointsLot[], year: number, points: number): PointsLot[] {
  const out = lots.map((l) => ({ ...l }))
  const lot = out.find((l) => l.year === year)
  if (lot) lot.earned += points
  else out.push({ year, earned: points, used: 0 })
  return out.sort((a, b) => a.year - b.year)
}

export interface Take {
  lots: PointsLot[]
  /** Points taken from each lot, by year. */
  taken: Array<{ year: number; points: number }>
  /** Points asked for that no unexpired lot could give. */
  shortfall: number
}

/**
 * Takes `points` from the unexpired lots: `firstYear` first when given (a correction takes back from the lot the
 * record earned into), then the others oldest first. Never takes more than a lot has left; what is left over is
 * the shortfall (a spend refuses it; a correction writes it off — see repos/points.ts).
 */
export function takeFromLots(lots: readonly PointsLot[], points: number, now: Date, firstYear?: number): Take {
  const out = lots.map((l) => ({ ...l })).sort((a, b) => a.year - b.year)
  const order = firstYear === undefined ? out : [...out.filter((l) => l.year === firstYear), ...out.filter((l) => l.year !== firstYear)]
  const taken: Take['taken'] = []
  let need = Math.max(0, points)
  for (const lot of order) {
    if (need === 0) break
    if (isLotExpired(lot, now)) continue
    const n = Math.min(need, lotLeft(lot))
    if (n === 0) continue
    lot.used += n
    need -= n
    taken.push({ year: lot.year, points: n })
  }
  return { lots: out, taken, shortfall: need }
}

/** The soonest-expiring unexpired points: how many, and their last day (for 「X 分将于 … 到期」). */
export function nextExpiry(lots: readonly PointsLot[], now: Date): { points: number; lastDay: string } | null {
  const live = lots.filter((l) => !isLotExpired(l, now) && lotLeft(l) > 0).sort((a, b) => a.year - b.year)
  return live.length ? { points: lotLeft(live[0]), lastDay: lotLastDay(live[0].year) } : null
}
