// A volunteer's accident-insurance standing (条例 art 17) as the coordinator's 保险登记 and the volunteer cards show
// it. Covered or not is the eligibility rule's isInsured (risky services need cover on the day); "expiring" only
// warns the coordinator in time to renew. Pure; the server's insuredUntil (end of the cover's last day) is the input.
import { isInsured } from './order/eligibility'

export const INSURANCE_STATUSES = ['covered', 'expiring', 'expired', 'none'] as const
export type InsuranceStatus = (typeof INSURANCE_STATUSES)[number]

export const INSURANCE_STATUS_LABELS: Record<InsuranceStatus, string> = {
  covered: '保障中',
  expiring: '即将到期',
  expired: '已过期',
  none: '未投保'
}

/** Cover ending within this many days is flagged 即将到期 (a month: time to buy the next group policy). */
export const EXPIRING_WITHIN_DAYS = 30
const DAY_MS = 86400000

export function insuranceStatus(insuredUntil: string | Date | null | undefined, now: Date): InsuranceStatus {
  if (!insuredUntil) return 'none'
  if (!isInsured({ insuredUntil }, now)) return 'expired'
  return new Date(insuredUntil).getTime() - now.getTime() <= EXPIRING_WITHIN_DAYS * DAY_MS ? 'expiring' : 'covered'
}

/** Without cover on the day the volunteer may take no risky service (the catalogue's `risky` entries). */
export const blocksRiskyServices = (status: InsuranceStatus): boolean => status === 'expired' || status === 'none'
