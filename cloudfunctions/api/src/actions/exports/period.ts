// The days an export of records covers: a month (YYYY-MM → its first and last day) or [from, to], both China-time
// service days. RANGE_INVALID unless both are real days, from ≤ to and the range spans at most 366 days.
import { AppError } from '../../../../../src/shared/errors'

const MAX_DAYS = 366
const DAY_MS = 86400000

const utcDay = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)))
const isRealDay = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(utcDay(d)).toISOString().slice(0, 10) === d

export function exportPeriod(input: { month?: string; from?: string; to?: string }): { from: string; to: string; label: string } {
  if (input.month) {
    const [y, m] = input.month.split('-').map(Number)
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate() // day 0 of the next month
    return { from: `${input.month}-01`, to: `${input.month}-${String(last).padStart(2, '0')}`, label: input.month }
  }
  const from = input.from ?? ''
  const to = input.to ?? ''
  if (!isRealDay(from) || !isRealDay(to) || from > to || (utcDay(to) - utcDay(from)) / DAY_MS >= MAX_DAYS) {
    throw new AppError('RANGE_INVALID', { to: `起始日期不能晚于截止日期，跨度不超过${MAX_DAYS}天` })
  }
  return { from, to, label: `${from.replace(/-/g, '')}-${to.replace(/-/g, '')}` }
}
