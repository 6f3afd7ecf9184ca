// Resident identity card numbers (GB 11643-1999): 6-digit region code, 8-digit birth date, 3-digit sequence
// (odd = male), and a check digit from ISO 7064 MOD 11-2. These rules run on both ends: the form shows the
// same field error the server returns. Invariant: the plain number leaves this module only to be encrypted.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

/** Province-level codes (first two digits) in use: mainland provinces, plus 71/81/82 (Taiwan, HK, Macao). */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82
])

export type IdCardProblem = 'ID_FORMAT' | 'ID_REGION_INVALID' | 'ID_BIRTHDATE_INVALID' | 'ID_CHECKSUM_INVALID'

export interface IdCardInfo {
  number: string
  birthDate: string
  gender: 'male' | 'female'
  regionCode: string
}

export function normalizeIdNumber(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase()
}

export function checkDigit(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK[sum % 11]
}

/** Validates an 18-digit number; `today` (YYYY-MM-DD, Shanghai) bounds the birth date. */
export function parseIdNumber(raw: string, today: string): { ok: true; info: IdCardInfo } | { ok: false; problem: IdCardProblem } {
  const number = normalizeIdNumber(raw)
  if (!/^\d{17}[\dX]$/.test(number)) return { ok: false, problem: 'ID_FORMAT' }
  const province = Number(number.slice(0, 2))
  if (!PROVINCES.has(province) || (number.slice(2, 6) === '0000' && province !== 71)) return { ok: false, problem: 'ID_REGION_INVALID' }
  const y = Number(number.slice(6, 10))
  const m = Number(number.slice(10, 12))
  const d = Number(number.slice(12, 14))
  const date = new Date(Date.UTC(y, m - 1, d))
  const birthDate = `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
  if (!real || y < 1900 || birthDate > today) return { ok: false, problem: 'ID_BIRTHDATE_INVALID' }
  if (checkDigit(number.slice(0, 17)) !== number[17]) return { ok: false, problem: 'ID_CHECKSUM_INVALID' }
  return { ok: true, info: { number, birthDate, gender: Number(number[16]) % 2 === 1 ? 'male' : 'female', regionCode: number.slice(0, 6) } }
}

/** Whole years between a birth date and a day (both YYYY-MM-DD). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number)
  const [ty, tm, td] = day.split('-').map(Number)
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0)
}

/** 1101**********1234: the first 4 and last 4 characters; the only form an ID number is ever shown in. */
export function maskIdNumber(number: string): string {
  return number.length < 8 ? '*'.repeat(number.length) : number.slice(0, 4) + '*'.repeat(number.length - 8) + number.slice(-4)
}

/** Registration by age (中国注册志愿者管理办法): 18+ freely, 14–17 with a guardian's consent, under 14 not at all. */
export type AgeBand = 'adult' | 'minor_with_guardian' | 'too_young'
export function ageBand(age: number): AgeBand {
  if (age >= 18) return 'adult'
  if (age >= 14) return 'minor_with_guardian'
  return 'too_young'
}
