// How the time bank reads on screen: minutes as 小时分钟 (never decimals), signed amounts, posting kinds, stars,
// and the hours + minutes inputs the forms use (elderly users think in hours, the contracts in whole minutes).
import type { PostingKind } from '../shared/domain/ledger'
import { formatMinutes } from '../shared/time'

export const POSTING_KIND_LABELS: Record<PostingKind, string> = {
  settle: '服务结算',
  transfer: '转赠',
  donate: '捐赠',
  adjust: '调账',
  reverse: '冲正',
  overflow: '超出上限转捐',
  grant: '社区发放'
}

/** "+1小时30分钟" / "-45分钟". */
export function signedMinutes(m: number): string {
  return m > 0 ? `+${formatMinutes(m)}` : formatMinutes(m)
}

/** ★★☆☆☆ for 2 of 5. */
export function starText(stars: number, of = 5): string {
  const n = Math.max(0, Math.min(of, stars))
  return '★'.repeat(n) + '☆'.repeat(of - n)
}

/** Hours and minutes typed into two inputs → whole minutes; NaN when either is not a whole number. */
export function toMinutes(hours: string, minutes: string): number {
  const h = hours.trim() === '' ? 0 : Number(hours)
  const m = minutes.trim() === '' ? 0 : Number(minutes)
  if (!Number.isInteger(h) || !Number.isInteger(m) || h < 0 || m < 0) return Number.NaN
  return h * 60 + m
}

/** The last `n` China-time months, newest first, as YYYY-MM (the statement's month filter). */
export function recentMonths(now: Date, n = 12): string[] {
  const shanghai = new Date(now.getTime() + 8 * 3600000)
  let y = shanghai.getUTCFullYear()
  let m = shanghai.getUTCMonth() + 1
  const out: string[] = []
  for (let i = 0; i < n; i++) {
    out.push(`${y}-${String(m).padStart(2, '0')}`)
    m -= 1
    if (m === 0) {
      m = 12
      y -= 1
    }
  }
  return out
}

/** "2025年11月" for "2025-11". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-')
  return `${y}年${Number(m)}月`
}
