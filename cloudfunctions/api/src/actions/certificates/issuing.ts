// The rules of issuing a certificate that are not storage: which date ranges are accepted, how numbers and
// verification codes are made, and how a presented code is compared.
import { randomInt, timingSafeEqual } from 'crypto'
import { AppError } from '../../../../../src/shared/errors'
import { formatShanghai, shanghaiDay } from '../../../../../src/shared/time'

const MAX_YEARS = 10
const CODE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

/** RANGE_INVALID unless both are real days, from ≤ to ≤ today (China time) and the range spans at most 10 years. */
export function assertRange(from: string, to: string, today: string): void {
  const realDay = (d: string) => shanghaiDay(new Date(`${d}T00:00:00+08:00`)) === d
  const sameDay = `${Number(to.slice(0, 4)) - MAX_YEARS}${to.slice(4)}`
  // From 29 Feb the same day ten years back never exists (ten years from a leap year is not one): the window then
  // opens on 28 Feb, as a calendar's "ten years earlier" does.
  const tenYearsBefore = realDay(sameDay) ? sameDay : sameDay.replace(/-02-29$/, '-02-28')
  if (!realDay(from) || !realDay(to) || from > to || to > today || from < tenYearsBefore) {
    throw new AppError('RANGE_INVALID', { to: `起止日期须为今天及以前、起始不晚于截止，且跨度不超过${MAX_YEARS}年` })
  }
}

/** ZM + community code + issue day (China time) + 4 random digits; a taken number is drawn again by the repo. */
export function certificateNumber(communityCode: string, now: Date): string {
  return `ZM${communityCode}${formatShanghai(now, 'YYYYMMDD')}${String(randomInt(0, 10000)).padStart(4, '0')}`
}

/** 6 characters [A-Z0-9] from the CSPRNG: 36^6 ≈ 2.2 × 10^9, not guessable by trying. */
export function newVerifyCode(): string {
  return Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(0, CODE_ALPHABET.length)]).join('')
}

/** Constant-time comparison, so response timing says nothing about how much of a code was right. */
export function codesMatch(stored: string, presented: string): boolean {
  const a = Buffer.from(stored)
  const b = Buffer.from(presented)
  return a.length === b.length && timingSafeEqual(a, b)
}
