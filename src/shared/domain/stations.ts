// Stations 站、岗、点、室 and the "10-minute volunteer service circle" (about 800 m on foot): opening hours and
// whether a station is open at an instant (China time: fixed +08:00, no DST since 1991), and which residents'
// addresses lie outside every open station's circle. Pure: no Taro, no SDK; the distance function is passed in
// (the server passes lib/geo's haversine, the same sphere the 2dsphere index measures on).

/** 1 = 周一 … 7 = 周日 (ISO weekday numbers, so a week reads Monday first as Chinese calendars do). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7
export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7]
export const WEEKDAY_LABELS: Record<Weekday, string> = { 1: '周一', 2: '周二', 3: '周三', 4: '周四', 5: '周五', 6: '周六', 7: '周日' }

/** One opening range on one weekday, `from` inclusive, `to` exclusive; 'HH:mm', `to` may be '24:00'. */
export interface HoursRange {
  day: Weekday
  from: string
  to: string
}

/** The 10-minute walk: a household farther than this from every open station is outside the circle. */
export const WALK_CIRCLE_METERS = 800
/** Ranges a station may list in a week (a few per day is plenty; bounds the document and the form). */
export const MAX_HOURS_RANGES = 21

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

/** '08:30' → 510, '24:00' → 1440; null for anything else (so '8:30', '24:30', '12:60' are refused). */
export function minuteOfDay(hm: string): number | null {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(hm)
  if (!m) return null
  const v = Number(m[1]) * 60 + Number(m[2])
  return v > 1440 ? null : v
}

/**
 * The first problem with a week of ranges, as a Chinese message, or null when they are fine: each time well
 * formed, each range ending after it starts (no overnight range: split it at midnight into two days), and no two
 * ranges of the same day overlapping.
 */
export function hoursProblem(ranges: readonly HoursRange[]): string | null {
  if (ranges.length > MAX_HOURS_RANGES) return `每周最多${MAX_HOURS_RANGES}个时段`
  for (const r of ranges) {
    if (!WEEKDAYS.includes(r.day)) return '星期不正确'
    const from = minuteOfDay(r.from)
    const to = minuteOfDay(r.to)
    if (from === null || to === null || from === 1440) return '时间格式应为00:00–24:00，例如08:30'
    if (to <= from) return `${WEEKDAY_LABELS[r.day]} ${r.from}-${r.to}：结束时间须晚于开始时间（跨夜请拆成两天）`
  }
  for (const day of WEEKDAYS) {
    const same = ranges
      .filter((r) => r.day === day)
      .map((r) => [minuteOfDay(r.from)!, minuteOfDay(r.to)!])
      .sort((a, b) => a[0] - b[0])
    for (let i = 1; i < same.length; i++) if (same[i][0] < same[i - 1][1]) return `${WEEKDAY_LABELS[day]}的时段有重叠`
  }
  return null
}

/** The China-time weekday and minute of the day of an instant. */
export function chinaWeekMinute(instant: Date): { day: Weekday; minute: number } {
  const t = new Date(instant.getTime() + CHINA_OFFSET_MS)
  const dow = t.getUTCDay() // 0 = Sunday
  return { day: (dow === 0 ? 7 : dow) as Weekday, minute: t.getUTCHours() * 60 + t.getUTCMinutes() }
}

/** Open at `instant` (China time): some range of that weekday holds the minute (from ≤ m < to). */
export function isOpenAt(ranges: readonly HoursRange[], instant: Date): boolean {
  const { day, minute } = chinaWeekMinute(instant)
  return ranges.some((r) => r.day === day && minuteOfDay(r.from)! <= minute && minute < minuteOfDay(r.to)!)
}

/** Ranges sorted by day then start (the stored, canonical order). */
export function sortHours(ranges: readonly HoursRange[]): HoursRange[] {
  return [...ranges].sort((a, b) => a.day - b.day || minuteOfDay(a.from)! - minuteOfDay(b.from)!)
}

/** Ranges of the same times on several days, for the edit form: [{ days: [1..5], from, to }, …]. */
export function groupHours(ranges: readonly HoursRange[]): Array<{ days: Weekday[]; from: string; to: string }> {
  const groups = new Map<string, { days: Weekday[]; from: string; to: string }>()
  for (const r of sortHours(ranges)) {
    const key = `${r.from}-${r.to}`
    const g = groups.get(key) ?? groups.set(key, { days: [], from: r.from, to: r.to }).get(key)!
    if (!g.days.includes(r.day)) g.days.push(r.day)
  }
  return [...groups.values()]
}

/** Lines like '周一至周五 08:30-12:00、14:00-17:30', '周六 09:00-12:00'; consecutive days with the same times merge. */
export function describeHours(ranges: readonly HoursRange[]): string[] {
  const perDay = WEEKDAYS.map((d) =>
    sortHours(ranges.filter((r) => r.day === d))
      .map((r) => `${r.from}-${r.to}`)
      .join('、')
  )
  const lines: string[] = []
  for (let i = 0; i < 7;) {
    if (!perDay[i]) {
      i++
      continue
    }
    let j = i
    while (j + 1 < 7 && perDay[j + 1] === perDay[i]) j++
    const days =
      j === i
        ? WEEKDAY_LABELS[WEEKDAYS[i]]
        : j === i + 1
          ? `${WEEKDAY_LABELS[WEEKDAYS[i]]}、${WEEKDAY_LABELS[WEEKDAYS[j]]}`
          : `${WEEKDAY_LABELS[WEEKDAYS[i]]}至${WEEKDAY_LABELS[WEEKDAYS[j]]}`
    lines.push(`${days} ${perDay[i]}`)
    i = j + 1
  }
  return lines
}

// ---- Coverage: the 10-minute circle ----

export interface Point {
  longitude: number
  latitude: number
}
export type DistanceFn = (a: Point, b: Point) => number

export interface CoverageAddress<A> {
  address: A
  location: Point | null
}
export interface CoverageResult<A> {
  /** Addresses outside every circle, farthest first, with the distance to the nearest open station (null: none open). */
  uncovered: Array<{ address: A; nearestMeters: number | null; nearestIndex: number | null }>
  covered: number
  /** Addresses with no location (typed in H5): they cannot be placed, so they count neither way. */
  unlocated: number
}

/** Splits located addresses into covered (within `radius` of some open station) and uncovered. */
export function coverageOf<A>(
  addresses: ReadonlyArray<CoverageAddress<A>>,
  openStations: readonly Point[],
  distance: DistanceFn,
  radius = WALK_CIRCLE_METERS
): CoverageResult<A> {
  const out: CoverageResult<A> = { uncovered: [], covered: 0, unlocated: 0 }
  for (const a of addresses) {
    if (!a.location) {
      out.unlocated++
      continue
    }
    let best: number | null = null
    let bestIndex: number | null = null
    openStations.forEach((s, i) => {
      const d = distance(a.location!, s)
      if (best === null || d < best) {
        best = d
        bestIndex = i
      }
    })
    if (best !== null && best <= radius) out.covered++
    else out.uncovered.push({ address: a.address, nearestMeters: best, nearestIndex: bestIndex })
  }
  out.uncovered.sort((x, y) => (y.nearestMeters ?? Infinity) - (x.nearestMeters ?? Infinity))
  return out
}

/** Share of located addresses covered, 0..1; null when there are none. */
export function coveredShare(covered: number, uncovered: number): number | null {
  const n = covered + uncovered
  return n === 0 ? null : covered / n
}

/** '余欣怡' → '余**', 'Li Lei' → 'L*****': a coordinator's planning view needs a household, not a name. */
export function maskName(name: string): string {
  const chars = [...name.trim()]
  if (chars.length === 0) return '**'
  return chars[0] + '*'.repeat(Math.max(1, Math.min(chars.length - 1, 5)))
}

/**
 * The street part of an address detail, for planning: '文昌一路18号3栋502' → '文昌一路'. Everything from the first
 * digit on (number, building, room) is dropped; a detail that starts with a digit reads '（门牌已隐去）'.
 */
export function areaOf(detail: string): string {
  const head = detail
    .trim()
    .split(/[0-9０-９]/)[0]
    .replace(/[\s,，、-]+$/, '')
  return head ? [...head].slice(0, 16).join('') : '（门牌已隐去）'
}

/** '350米', '1.2公里' (10 m steps below a kilometre; rounded first, so 996 m reads 1.0公里). */
export function formatDistance(meters: number): string {
  const r = Math.round(meters / 10) * 10
  return r < 1000 ? `${r}米` : `${(meters / 1000).toFixed(1)}公里`
}

/** Walking minutes at 80 m a minute (800 m ≈ 10 minutes, the service circle), at least 1. */
export function walkMinutes(meters: number): number {
  return Math.max(1, Math.round(meters / 80))
}
