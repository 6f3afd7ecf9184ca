// How dispatch candidates are ranked, with the reasons a coordinator sees. Every candidate here is already
// eligible (skills, age, insurance); the score only orders them. Weights: distance 40, load 20, rating 20,
// reliability 20 (out of 100). Unknown rating or reliability (a new volunteer) scores as a middling one, so
// newcomers are neither buried nor favoured. A volunteer whose stated availability (weekday/weekend × morning/
// afternoon/evening, China time) misses the order's window keeps 80 % of the score: still listed (条例 art 25: the
// coordinator asks, never forces), but below one who said they are free then.
import { formatShanghai } from '../../time'
export interface CandidateFacts {
  distanceMeters: number | null
  load: number
  ratingAvg: number | null
  ratingCount: number
  completed: number
  withdrawn: number
  /** Does their availability cover the order's window? Absent or null: unknown (no effect). */
  available?: boolean | null
}

/** The availability slots (AVAILABILITY_SLOTS) an order's window touches, China time, checked every half hour. */
export function windowSlots(start: Date | string, end: Date | string): string[] {
  const slots = new Set<string>()
  const from = new Date(start).getTime()
  const to = Math.max(from, Math.min(new Date(end).getTime(), from + 7 * 86400000))
  for (let t = from; t <= to; t += 1800000) {
    const [weekday, hour] = formatShanghai(t, 'd H').split(' ').map(Number)
    const part = hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening'
    slots.add(`${weekday === 0 || weekday === 6 ? 'weekend' : 'weekday'}_${part}`)
  }
  return [...slots]
}

export function isAvailable(availability: readonly string[], start: Date | string, end: Date | string): boolean {
  return windowSlots(start, end).some((s) => availability.includes(s))
}

/** 10 m steps below a kilometre, then 0.1 km (rounded first, so 996 m reads 1.0公里, not 1000米). */
const km = (m: number) => {
  const r = Math.round(m / 10) * 10
  return r < 1000 ? `${r}米` : `${(m / 1000).toFixed(1)}公里`
}

export function reliabilityOf(f: Pick<CandidateFacts, 'completed' | 'withdrawn'>): number | null {
  const total = f.completed + f.withdrawn
  return total === 0 ? null : f.completed / total
}

export function rankCandidate(f: CandidateFacts): { score: number; reasons: string[] } {
  const reasons: string[] = []
  const distance = f.distanceMeters === null ? 0.3 : Math.max(0, 1 - f.distanceMeters / 5000)
  reasons.push(f.distanceMeters === null ? '位置未知' : `距离${km(f.distanceMeters)}`)
  const load = 1 / (1 + f.load)
  reasons.push(f.load === 0 ? '当前空闲' : `手上${f.load}单`)
  const rating = f.ratingAvg === null ? 0.6 : (f.ratingAvg - 1) / 4
  if (f.ratingAvg !== null) reasons.push(`评分${f.ratingAvg.toFixed(1)}（${f.ratingCount}次）`)
  const rel = reliabilityOf(f)
  if (rel !== null) reasons.push(`守约率${Math.round(rel * 100)}%`)
  if (f.completed > 0) reasons.push(`已完成${f.completed}单`)
  if (f.available === true) reasons.push('该时段有空')
  if (f.available === false) reasons.push('该时段不在其可服务时间')
  const score = (40 * distance + 20 * load + 20 * rating + 20 * (rel ?? 0.8)) * (f.available === false ? 0.8 : 1)
  return { score: Math.round(score * 10) / 10, reasons }
}
