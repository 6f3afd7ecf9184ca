// Account erasure (注销): requests whose cooling-off period has ended are executed (actions/me/eraseAccount.ts):
// open orders cancelled or released, the balance donated or passed to the chosen family member, personal fields
// erased everywhere. A request left `erasing` by a crashed run is due again and completed (every step is
// idempotent); one whose person still has a service in progress waits for a later run. Nightly, a few per run:
// the cooling-off is counted in days, and each erasure is a few hundred writes at most.
import { eraseAccount } from '../../../api/src/actions/me/eraseAccount'
import { dueDeletions } from '../../../api/src/repos/deletions'

/** Erasures per run; requests read per run (some may be waiting on a service in progress and must not starve the rest). */
const BATCH = 20
const READ = 200

export async function eraseAccounts(now: Date): Promise<{ name: string; touched: number }> {
  let touched = 0
  for (const d of await dueDeletions(now, READ)) {
    if (touched >= BATCH) break
    try {
      if ((await eraseAccount(d, now)) === 'erased') touched++
    } catch (e) {
      // One person's failure must not hold the others back; the request stays due and is retried next run.
      // The log names no one (structured logs never carry personal data).
      console.error(
        JSON.stringify({ level: 'error', job: 'eraseAccounts', error: (e as Error)?.name, stack: (e as Error)?.stack?.split('\n').slice(0, 3).join(' | ') })
      )
    }
  }
  return { name: 'eraseAccounts', touched }
}
