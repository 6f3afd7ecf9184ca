// How orders read on screen: labels for statuses, moves and timeline events (from the shared tables), the service
// window, distances and clocks. Pure functions, shared by every order page.
import type { OrderView } from '../shared/contracts'
import { ORDER_EVENT_KINDS } from '../shared/contracts'
import { ORDER_STATUS_LABELS, TRANSITIONS, type OrderMove } from '../shared/domain/order'
import { formatShanghai, minutesBetween, shanghaiDay } from '../shared/time'

export { ORDER_STATUS_LABELS, FUNDING_LABELS, URGENCY_LABELS } from '../shared/domain/order'
export type OrderEventKind = (typeof ORDER_EVENT_KINDS)[number]
export type OrderStatus = OrderView['status']

/** Timeline labels: creation has its own words; every other event is the move's label (escalation's included). */
export function eventLabel(kind: OrderEventKind): string {
  if (kind === 'create') return '提交求助'
  return TRANSITIONS[kind].label
}

export function moveLabel(move: OrderMove): string {
  return TRANSITIONS[move].label
}

export function statusLabel(status: OrderStatus): string {
  return ORDER_STATUS_LABELS[status]
}

/** "今天 14:00–18:00", "明天 08:00–12:00", else "11月25日 08:00–12:00" (a window ending another day shows both). */
export function windowText(start: string, end: string, now = new Date()): string {
  const day = (iso: string) => {
    const d = shanghaiDay(iso)
    if (d === shanghaiDay(now)) return '今天'
    if (d === shanghaiDay(now.getTime() + 86400000)) return '明天'
    return formatShanghai(iso, 'M月D日')
  }
  const sameDay = shanghaiDay(start) === shanghaiDay(end)
  return `${day(start)} ${formatShanghai(start, 'HH:mm')}–${sameDay ? '' : `${day(end)} `}${formatShanghai(end, 'HH:mm')}`
}

/** "850米" / "1.2公里"; null when the server could not tell. */
export function distanceText(meters: number | null): string | null {
  if (meters === null) return null
  return meters < 1000 ? `${meters}米` : `${(meters / 1000).toFixed(1)}公里`
}

/** "还剩12分钟" / "已超时5分钟" for an SLA due time. */
export function slaText(minutesLeft: number): string {
  return minutesLeft >= 0 ? `还剩${minutesLeft}分钟` : `已超时${-minutesLeft}分钟`
}

/** Whole minutes from `now` until `due` (negative once past). */
export function minutesUntil(due: string, now: number): number {
  return minutesBetween(now, due)
}

/** "1小时05分" style elapsed time since an instant, for the service in progress. */
export function elapsedText(since: string, now: number): string {
  const total = Math.max(0, minutesBetween(since, now))
  const h = Math.floor(total / 60)
  const m = total % 60
  return h > 0 ? `${h}小时${String(m).padStart(2, '0')}分` : `${m}分钟`
}

/** Waiting for a volunteer (the SLA clock shows): the shared group, under the name pages use. */
export { UNASSIGNED_STATUSES as UNASSIGNED } from '../shared/domain/order'
