// Time is stored as UTC (Date / ISO string) and shown in China Standard Time. China has had no daylight saving
// time since 1991, so a fixed +08:00 offset is exact and needs no timezone database in the mini-program bundle.
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

export const SHANGHAI_OFFSET_MINUTES = 8 * 60

/** Format an instant for display in Asia/Shanghai. */
export function formatShanghai(instant: Date | string | number, pattern = 'YYYY-MM-DD HH:mm'): string {
  return dayjs(instant).utcOffset(SHANGHAI_OFFSET_MINUTES).format(pattern)
}

/** ISO-8601 UTC string for storage and transport. */
export function toUtcIso(instant: Date | string | number): string {
  return dayjs(instant).utc().toISOString()
}

/** The Shanghai calendar day (YYYY-MM-DD) an instant falls on: daily caps and reports count by it. */
export function shanghaiDay(instant: Date | string | number): string {
  return formatShanghai(instant, 'YYYY-MM-DD')
}

/** Whole minutes between two instants, floored; negative if `to` is before `from`. */
export function minutesBetween(from: Date | string | number, to: Date | string | number): number {
  return Math.floor((dayjs(to).valueOf() - dayjs(from).valueOf()) / 60000)
}

/** "2小时30分钟" style duration for integer minutes. */
export function formatMinutes(total: number): string {
  const sign = total < 0 ? '-' : ''
  const m = Math.abs(Math.trunc(total))
  const h = Math.floor(m / 60)
  const r = m % 60
  if (h === 0) return `${sign}${r}分钟`
  return r === 0 ? `${sign}${h}小时` : `${sign}${h}小时${r}分钟`
}
