// Per-community time-bank rules (stored on the community as `timebankRules`), with defaults from the schemes the
// brief cites (Nanjing: 1500 h storage cap; Shanghai: spending from 65). Hours are never converted to cash: there
// is no posting kind that pays out, by construction.
export interface TimebankRules {
  /** Above this a member's balance overflows to the donation pool (and they are told). */
  storageCapMinutes: number
  /** Minimum age to spend one's own hours on oneself; null = any age. */
  spendFromAge: number | null
  /** Who may receive a transfer: active family links only, or any member of the community. */
  transferTo: 'family' | 'anyone'
  dailyTransferCapMinutes: number
}

export const DEFAULT_TIMEBANK_RULES: TimebankRules = {
  storageCapMinutes: 1500 * 60,
  spendFromAge: null,
  transferTo: 'family',
  dailyTransferCapMinutes: 10 * 60
}

export function timebankRulesOf(stored: Partial<TimebankRules> | null | undefined): TimebankRules {
  return { ...DEFAULT_TIMEBANK_RULES, ...(stored ?? {}) }
}

/** How much of a credit of `minutes` fits under the cap, and how much overflows to the donation pool. */
export function splitByCap(balance: number, minutes: number, capMinutes: number): { kept: number; overflow: number } {
  const room = Math.max(0, capMinutes - balance)
  const kept = Math.min(minutes, room)
  return { kept, overflow: minutes - kept }
}

/** Said on the posting (its memo shows in the statement) so the member is told where the excess went. */
export function overflowNote(overflow: number): string {
  return overflow > 0 ? `（超出存储上限，${overflow}分钟转入社区捐赠池）` : ''
}
