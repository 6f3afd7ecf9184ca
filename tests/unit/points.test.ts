// 爱心积分 lot and expiry rules (src/shared/domain/points.ts): points by the hour, the China-time year a lot belongs
// to, the instant it expires (end of the next year, China time), balances computed at a given date, and spending
// or taking back oldest-first without ever going below zero.
import {
  addToLot,
  balanceOf,
  expiredOf,
  isLotExpired,
  lotExpiresAt,
  nextExpiry,
  pointsFor,
  shanghaiYear,
  takeFromLots,
  type PointsLot
} from '../../src/shared/domain/points'

const at = (s: string) => new Date(s)

it('gives whole points for service minutes at the hourly rate, rounded down, never negative', () => {
  expect(pointsFor(60, 10)).toBe(10)
  expect(pointsFor(90, 10)).toBe(15)
  expect(pointsFor(5, 10)).toBe(0)
  expect(pointsFor(-30, 10)).toBe(0)
  expect(pointsFor(120, 0)).toBe(0)
})

it('dates a lot by the China-time year, and expires it when year + 2 begins in China', () => {
  expect(shanghaiYear(at('2025-12-31T16:30:00Z'))).toBe(2026) // 00:30 on 1 Jan 2026 in Beijing
  expect(shanghaiYear(at('2025-12-31T15:59:00Z'))).toBe(2025)
  expect(lotExpiresAt(2025).toISOString()).toBe('2026-12-31T16:00:00.000Z')
  const lot: PointsLot = { year: 2025, earned: 10, used: 0 }
  expect(isLotExpired(lot, at('2026-12-31T23:59:59+08:00'))).toBe(false)
  expect(isLotExpired(lot, at('2027-01-01T00:00:00+08:00'))).toBe(true)
})

it('counts only unexpired lots in the balance and reports the rest as expired', () => {
  const lots: PointsLot[] = [
    { year: 2024, earned: 30, used: 10 },
    { year: 2025, earned: 50, used: 0 },
    { year: 2026, earned: 5, used: 5 }
  ]
  const now = at('2026-03-01T10:00:00+08:00')
  expect(balanceOf(lots, now)).toBe(50)
  expect(expiredOf(lots, now)).toBe(20)
  expect(nextExpiry(lots, now)).toEqual({ points: 50, lastDay: '2026-12-31' })
  expect(balanceOf(lots, at('2024-06-01T00:00:00+08:00'))).toBe(70) // read in 2024 everything was live
  expect(nextExpiry([], now)).toBeNull()
})

it('adds to the lot of its year, keeping lots oldest first', () => {
  expect(addToLot([{ year: 2026, earned: 5, used: 0 }], 2025, 7)).toEqual([
    { year: 2025, earned: 7, used: 0 },
    { year: 2026, earned: 5, used: 0 }
  ])
  expect(addToLot([{ year: 2026, earned: 5, used: 1 }], 2026, 7)).toEqual([{ year: 2026, earned: 12, used: 1 }])
})

it('takes from the oldest unexpired lot first, skips expired ones, and reports what it could not take', () => {
  const lots: PointsLot[] = [
    { year: 2024, earned: 30, used: 0 },
    { year: 2025, earned: 20, used: 5 },
    { year: 2026, earned: 40, used: 0 }
  ]
  const now = at('2026-05-01T00:00:00+08:00')
  const t = takeFromLots(lots, 25, now)
  expect(t.taken).toEqual([
    { year: 2025, points: 15 },
    { year: 2026, points: 10 }
  ])
  expect(t.shortfall).toBe(0)
  expect(t.lots.find((l) => l.year === 2024)).toEqual({ year: 2024, earned: 30, used: 0 }) // expired: untouched
  expect(balanceOf(t.lots, now)).toBe(balanceOf(lots, now) - 25)
  expect(takeFromLots(lots, 100, now)).toMatchObject({ shortfall: 45 })
  expect(lots[1].used).toBe(5) // the input is not changed
})

it('takes a correction from the named lot first, then the others, never below zero', () => {
  const lots: PointsLot[] = [
    { year: 2025, earned: 20, used: 0 },
    { year: 2026, earned: 10, used: 8 }
  ]
  const now = at('2026-05-01T00:00:00+08:00')
  const t = takeFromLots(lots, 15, now, 2026)
  expect(t.taken).toEqual([
    { year: 2026, points: 2 },
    { year: 2025, points: 13 }
  ])
  const all = takeFromLots(lots, 50, now, 2026)
  expect(all.shortfall).toBe(50 - 22)
  expect(all.lots.every((l) => l.used <= l.earned)).toBe(true)
  expect(balanceOf(all.lots, now)).toBe(0)
})
