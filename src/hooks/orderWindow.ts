// The service window's quick choices (尽快 / 今天下午 / 明天上午 / 明天下午) as ISO strings with the +08:00 offset the
// contract asks for. Computed from Shanghai calendar days, so a phone set to another time zone still asks for the
// right afternoon. Pure functions: `now` comes in.
import { formatShanghai, shanghaiDay } from '../shared/time'

export const WINDOW_CHOICES = ['asap', 'today_pm', 'tomorrow_am', 'tomorrow_pm'] as const
export type WindowChoice = (typeof WINDOW_CHOICES)[number]

export const WINDOW_LABELS: Record<WindowChoice, string> = {
  asap: '尽快（4小时内）',
  today_pm: '今天下午',
  tomorrow_am: '明天上午',
  tomorrow_pm: '明天下午'
}

export interface ServiceWindow {
  windowStart: string
  windowEnd: string
}

const HOUR = 3600000
const iso = (instant: number) => formatShanghai(instant, 'YYYY-MM-DDTHH:mm:ssZ')
const at = (day: string, hhmm: string) => `${day}T${hhmm}:00+08:00`

/** The window for a choice, or null when it is no longer possible today (today's afternoon after 17:00). */
export function windowFor(choice: WindowChoice, now: number): ServiceWindow | null {
  const today = shanghaiDay(now)
  const tomorrow = shanghaiDay(now + 24 * HOUR)
  switch (choice) {
    case 'asap':
      return { windowStart: iso(now), windowEnd: iso(now + 4 * HOUR) }
    case 'today_pm': {
      const end = Date.parse(at(today, '18:00'))
      if (end - now < HOUR) return null // less than an hour of afternoon left
      const start = Math.max(Date.parse(at(today, '13:00')), now)
      return { windowStart: iso(start), windowEnd: at(today, '18:00') }
    }
    case 'tomorrow_am':
      return { windowStart: at(tomorrow, '08:00'), windowEnd: at(tomorrow, '12:00') }
    case 'tomorrow_pm':
      return { windowStart: at(tomorrow, '13:00'), windowEnd: at(tomorrow, '18:00') }
  }
}

/** The choices still possible now, in order. */
export function availableWindows(now: number): WindowChoice[] {
  return WINDOW_CHOICES.filter((c) => windowFor(c, now) !== null)
}
