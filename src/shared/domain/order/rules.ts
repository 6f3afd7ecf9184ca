// Per-community order rules with their defaults (the numbers). Stored on the community document as
// `orderRules`; any field it lacks takes the default here.
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
  rounding: RoundingRule
}

export const DEFAULT_ORDER_RULES: OrderRules = {
  slaMinutes: 30,
  urgentSlaMinutes: 10,
  fenceMeters: 300,
  autoConfirmHours: 72,
  rounding: { unit: 15, mode: 'nearest' }
}

export function orderRulesOf(stored: Partial<OrderRules> | null | undefined): OrderRules {
  return { ...DEFAULT_ORDER_RULES, ...(stored ?? {}), rounding: { ...DEFAULT_ORDER_RULES.rounding, ...(stored?.rounding ?? {}) } }
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
