// What the time-bank actions show of an account, and helpers they share. Minutes everywhere.
import type * as z from '../../../../../src/shared/zod'
import type { AccountView } from '../../../../../src/shared/contracts'
import { AppError } from '../../../../../src/shared/errors'
import { availableOf, heldOf, timebankRulesOf, type TimebankRules } from '../../../../../src/shared/domain/ledger'
import { shanghaiDay } from '../../../../../src/shared/time'
import { isConflictError } from '../../lib/dbErrors'
import type { CommunityDoc } from '../../repos/communities'
import { findPosting, readAccount, type AccountDoc } from '../../repos/ledger'

export const rulesOf = (community: Pick<CommunityDoc, 'timebankRules'> | null): TimebankRules => timebankRulesOf(community?.timebankRules)

/** The account as its owner sees it; a member who never had a posting has an empty one. */
export function accountView(doc: AccountDoc | null, rules: TimebankRules, now: Date): z.infer<typeof AccountView> {
  const state = doc ?? { balance: 0, holds: {} }
  const usedToday = doc && doc.daily.day === shanghaiDay(now) ? doc.daily.transferredOut : 0
  return {
    balance: state.balance,
    held: heldOf(state),
    available: availableOf(state),
    totals: doc?.totals ?? { earned: 0, spent: 0, transferredIn: 0, transferredOut: 0, donated: 0 },
    capMinutes: rules.storageCapMinutes,
    transferLeftToday: Math.max(0, rules.dailyTransferCapMinutes - usedToday)
  }
}

/** The account after a posting, as returned by post(), or read when the posting was a replay. */
export async function accountAfter(id: string, written: ReadonlyMap<string, AccountDoc> | null): Promise<AccountDoc | null> {
  return written?.get(id) ?? readAccount(id)
}

/**
 * Runs an action's checks and its posting `postingId`. If they refuse — a rule, or a write conflict that outlasted
 * the retries — but the posting exists, the call is a retry of a request that has succeeded (before the rules,
 * links or balance changed, or concurrently with this call, whose snapshot did not yet show it): it gets `null`
 * and the action answers with the first result, moving nothing. Costs a read only when something refuses.
 */
export async function unlessDone<T>(postingId: string, work: () => Promise<T>): Promise<T | null> {
  try {
    return await work()
  } catch (e) {
    if ((e instanceof AppError || isConflictError(e)) && (await findPosting(postingId))) return null
    throw e
  }
}
