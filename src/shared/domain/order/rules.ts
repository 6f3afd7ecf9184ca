// Per-community order rules with their defaults (the numbers). Stored on the community document as
// `orderRules` (written only by communities.updateOrderRules); any field it lacks — or holds outside the bounds
// below — takes the default here. Invariant: every reader (create → SLA, checkIn → fence, checkOut → rounding and
// auto-confirm, catalog.list, street escalation) goes through orderRulesOf, so one resolved object is in force.
export interface RoundingRule {
  /** Served minutes are rounded to a multiple of this. */
  unit: 1 | 5 | 10 | 15 | 30
  mode: 'floor' | 'nearest' | 'ceil'
}

export interface OrderRules {
  /** Minutes a normal order may wait for a volunteer before it escalates. */
  slaMinutes: number
  urgentSlaMinutes: number
  /** Check-in must be within this many metres of the address (or use the resident's 4-digit code). */
  fenceMeters: number
  /** An order awaiting confirmation this long is confirmed by `cron`. */
  autoConfirmHours: number
  /** Minutes an escalated order may stay unassigned before it goes up to the street (街道). */
  streetEscalationMinutes: number
  rounding: RoundingRule
}

export const ROUNDING_UNITS = [1, 5, 10, 15, 30] as const
export const ROUNDING_MODES = ['floor', 'nearest', 'ceil'] as const
type NumericRule = Exclude<keyof OrderRules, 'rounding'>

/** Inclusive bounds of each numeric rule, with the Chinese message shown when a value falls outside them. */
export const ORDER_RULE_BOUNDS: Record<NumericRule, { min: number; max: number; message: string }> = {
  slaMinutes: { min: 5, max: 1440, message: '普通订单响应时限应在5到1440分钟之间' },
  urgentSlaMinutes: { min: 1, max: 240, message: '紧急订单响应时限应在1到240分钟之间' },
  fenceMeters: { min: 50, max: 5000, message: '签到范围应在50到5000米之间' },
  autoConfirmHours: { min: 1, max: 720, message: '自动确认时间应在1到720小时之间' },
  streetEscalationMinutes: { min: 10, max: 10080, message: '上报街道时限应在10到10080分钟之间' }
}

/** What each numeric rule is called on the 订单规则 page, and its unit. */
export const ORDER_RULE_LABELS: Record<NumericRule, { label: string; unit: string }> = {
  slaMinutes: { label: '普通订单响应时限', unit: '分钟' },
  urgentSlaMinutes: { label: '紧急订单响应时限', unit: '分钟' },
  streetEscalationMinutes: { label: '上报街道时限', unit: '分钟' },
  fenceMeters: { label: '签到范围', unit: '米' },
  autoConfirmHours: { label: '自动确认时间', unit: '小时' }
}
export const ROUNDING_MODE_LABELS: Record<RoundingRule['mode'], string> = { floor: '向下取整', nearest: '四舍五入', ceil: '向上取整' }

export const DEFAULT_ORDER_RULES: OrderRules = {
  slaMinutes: 30,
  urgentSlaMinutes: 10,
  fenceMeters: 300,
  autoConfirmHours: 72,
  streetEscalationMinutes: 120,
  rounding: { unit: 15, mode: 'nearest' }
}

export type OrderRulesPatch = Partial<Omit<OrderRules, 'rounding'>> & { rounding?: Partial<RoundingRule> }

/** Why a change of the rules is refused, by field, in Chinese; empty when it may be stored. */
export function orderRuleProblems(patch: OrderRulesPatch): Record<string, string> {
  const problems: Record<string, string> = {}
  for (const [field, b] of Object.entries(ORDER_RULE_BOUNDS)) {
    const v = patch[field as NumericRule]
    if (v !== undefined && !(Number.isInteger(v) && v >= b.min && v <= b.max)) problems[field] = b.message
  }
  if (patch.urgentSlaMinutes !== undefined && patch.slaMinutes !== undefined && patch.urgentSlaMinutes > patch.slaMinutes)
    problems.urgentSlaMinutes = '紧急订单响应时限不能长于普通订单'
  return problems
}

/**
 * The rules in force: stored values over the defaults. The bounds above guard writes; here a stored value is
 * kept if it is a positive whole number (seeded test worlds store far-off SLAs on purpose), so a hand-edited or
 * legacy document can never set a 0-minute SLA, a negative fence or a rounding unit of 0.
 */
export function orderRulesOf(stored: OrderRulesPatch | null | undefined): OrderRules {
  const rules: OrderRules = { ...DEFAULT_ORDER_RULES, rounding: { ...DEFAULT_ORDER_RULES.rounding } }
  for (const field of Object.keys(ORDER_RULE_BOUNDS) as NumericRule[]) {
    const v = stored?.[field]
    if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) rules[field] = v
  }
  const unit = stored?.rounding?.unit
  if (unit !== undefined && (ROUNDING_UNITS as readonly number[]).includes(unit)) rules.rounding.unit = unit
  const mode = stored?.rounding?.mode
  if (mode !== undefined && (ROUNDING_MODES as readonly string[]).includes(mode)) rules.rounding.mode = mode
  return rules
}

/**
 * Served minutes = check-out − check-in (travel is outside that span, 民函〔2012〕340号), rounded by the rule.
 * Never negative. 'nearest' rounds a half up. Integer minutes in, integer minutes out.
 */
export function servedMinutes(checkInAt: Date | string, checkOutAt: Date | string, rule: RoundingRule): number {
  const raw = Math.max(0, Math.floor((new Date(checkOutAt).getTime() - new Date(checkInAt).getTime()) / 60000))
  return roundMinutes(raw, rule)
}

export function roundMinutes(raw: number, { unit, mode }: RoundingRule): number {
  const q = raw / unit
  const n = mode === 'floor' ? Math.floor(q) : mode === 'ceil' ? Math.ceil(q) : Math.floor(q + 0.5)
  return n * unit
}

/** When an order created at `createdAt` escalates if still unassigned. */
export function slaDueAt(createdAt: Date, urgency: 'normal' | 'urgent', rules: OrderRules): Date {
  const minutes = urgency === 'urgent' ? rules.urgentSlaMinutes : rules.slaMinutes
  return new Date(createdAt.getTime() + minutes * 60000)
}

export function autoConfirmAt(checkOutAt: Date, rules: OrderRules): Date {
  return new Date(checkOutAt.getTime() + rules.autoConfirmHours * 3600000)
}
