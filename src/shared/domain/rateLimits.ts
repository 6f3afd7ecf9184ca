// Rate limits on writes that other people must act on (a coordinator reviews a registration, dispatches an order,
// handles a 随手拍; a recipient receives hours; a community issues a certificate). Each action has a window and two
// caps inside it: per person (OPENID) and per community (all its members together, against a flood from many
// accounts). Defaults here; a community may override any number in its document's `rateLimits` list, and a
// deployment may override or switch them all off with the function's API_RATE_LIMITS environment variable.
// Windows are aligned to China time (a one-day window is a China calendar day), so "retry after" is a round time.
import { formatShanghai, SHANGHAI_OFFSET_MINUTES } from '../time'

export const RATE_LIMITED_ACTIONS = [
  'orders.create',
  'reports.create',
  'volunteers.register',
  'timebank.transfer',
  'certificates.issue',
  'volunteers.claim'
] as const
export type RateLimitedAction = (typeof RATE_LIMITED_ACTIONS)[number]

export interface RateLimit {
  /** Length of a window in minutes (60 = each clock hour, 1440 = each China calendar day). */
  windowMinutes: number
  /** Attempts one person may make in a window. */
  perUser: number
  /** Attempts all members of one community may make together in a window. */
  perCommunity: number
}

export const DEFAULT_RATE_LIMITS: Record<RateLimitedAction, RateLimit> = {
  // A resident rarely needs more than a few services an hour; a community's coordinators can absorb a few hundred.
  'orders.create': { windowMinutes: 60, perUser: 10, perCommunity: 300 },
  'reports.create': { windowMinutes: 60, perUser: 10, perCommunity: 300 },
  // One record per person: repeated submissions are corrections after a rejection, not new work.
  'volunteers.register': { windowMinutes: 60, perUser: 5, perCommunity: 100 },
  'timebank.transfer': { windowMinutes: 60, perUser: 10, perCommunity: 300 },
  'certificates.issue': { windowMinutes: 1440, perUser: 10, perCommunity: 500 },
  // Guessing a roster identity (name + ID + phone): a few tries a day per person. Claimants mostly have no
  // community yet and share one bucket, hence the high community cap.
  'volunteers.claim': { windowMinutes: 1440, perUser: 5, perCommunity: 2000 }
}

/** The resident-facing limits a community's coordinators may tune (communities.updateRateLimits), in page order. */
export const COMMUNITY_RATE_LIMITS = ['orders.create', 'reports.create', 'volunteers.register', 'timebank.transfer'] as const
export type CommunityRateLimitedAction = (typeof COMMUNITY_RATE_LIMITS)[number]
export const isCommunityTunable = (a: string): a is CommunityRateLimitedAction => (COMMUNITY_RATE_LIMITS as readonly string[]).includes(a)
/** Names on the 限流设置 page (an action missing here shows as 其他操作). */
export const RATE_LIMIT_LABELS: Partial<Record<RateLimitedAction, string>> = {
  'orders.create': '发布求助',
  'reports.create': '随手拍上报',
  'volunteers.register': '志愿者注册',
  'timebank.transfer': '时间转赠',
  'certificates.issue': '开具证明',
  'volunteers.claim': '认领志愿者档案'
}
/** Window lengths a community may choose: each divides a day, so windows stay aligned to China time. */
export const RATE_WINDOW_CHOICES = [15, 30, 60, 120, 240, 360, 720, 1440] as const
/** Inclusive bounds of a community's caps, with the Chinese message shown outside them. */
export const RATE_LIMIT_BOUNDS = {
  perUser: { min: 1, max: 100, message: '每人次数应在1到100之间' },
  perCommunity: { min: 10, max: 10000, message: '全社区次数应在10到10000之间' }
} as const

/** Why a community's limit is refused, by field, in Chinese; empty when it may be stored. */
export function rateLimitProblems(limit: RateLimit): Record<string, string> {
  const problems: Record<string, string> = {}
  if (!(RATE_WINDOW_CHOICES as readonly number[]).includes(limit.windowMinutes)) problems.windowMinutes = '统计时段应为15、30、60、120、240、360、720或1440分钟'
  for (const k of ['perUser', 'perCommunity'] as const) {
    const b = RATE_LIMIT_BOUNDS[k]
    if (!(Number.isInteger(limit[k]) && limit[k] >= b.min && limit[k] <= b.max)) problems[k] = b.message
  }
  if (!problems.perUser && !problems.perCommunity && limit.perCommunity < limit.perUser) problems.perCommunity = '全社区次数不能少于每人次数'
  return problems
}

export type RateLimitOverrides = Partial<Record<RateLimitedAction, Partial<RateLimit>>>
/** A community's override as stored: a list, because a database field name cannot hold the dot of 'orders.create'. */
export type CommunityRateLimits = Array<{ action: RateLimitedAction } & Partial<RateLimit>>

export function overridesOf(list: CommunityRateLimits | null | undefined): RateLimitOverrides {
  return Object.fromEntries((Array.isArray(list) ? list : []).map(({ action, ...limit }) => [action, limit]))
}

/** The limit in force: defaults, then the deployment's overrides, then the community's. Non-positive numbers are ignored. */
export function rateLimitOf(action: RateLimitedAction, ...overrides: Array<RateLimitOverrides | null | undefined>): RateLimit {
  const out = { ...DEFAULT_RATE_LIMITS[action] }
  for (const o of overrides) {
    for (const [k, v] of Object.entries(o?.[action] ?? {})) {
      if (typeof v === 'number' && Number.isInteger(v) && v > 0 && k in out) out[k as keyof RateLimit] = v
    }
  }
  return out
}

/** The window holding `now`: [start, end), aligned to China time. */
export function rateWindow(now: Date, windowMinutes: number): { start: Date; end: Date } {
  const ms = windowMinutes * 60000
  const offset = SHANGHAI_OFFSET_MINUTES * 60000
  const start = Math.floor((now.getTime() + offset) / ms) * ms - offset
  return { start: new Date(start), end: new Date(start + ms) }
}

/** 操作过于频繁，请于 14:05 后再试 — the date is added when the retry time is on another China day. */
export function rateLimitedMessage(retryAt: Date, now: Date): string {
  const sameDay = formatShanghai(retryAt, 'YYYY-MM-DD') === formatShanghai(now, 'YYYY-MM-DD')
  return `操作过于频繁，请于 ${formatShanghai(retryAt, sameDay ? 'HH:mm' : 'M月D日 HH:mm')} 后再试`
}

/** Every limit as the community has it (its overrides over the defaults), for the 限流设置 page and catalog.list. */
export function rateLimitViews(list: CommunityRateLimits | null | undefined) {
  const overrides = overridesOf(list)
  return RATE_LIMITED_ACTIONS.map((action) => ({
    action,
    label: RATE_LIMIT_LABELS[action] ?? '其他操作',
    ...rateLimitOf(action, overrides),
    defaults: { ...DEFAULT_RATE_LIMITS[action] },
    overridden: action in overrides,
    tunable: isCommunityTunable(action)
  }))
}
