// Holds placed and released by the order flow in ONE round trip each (repos/ledger.ts has the transactional
// versions for use inside a posting). Both are conditional single-document updates on `ledger_accounts`:
// - placing is conditional on the account's `version` as the caller read it (with the router's caller read), so
//   it cannot overlook a posting or hold that landed since; a lost race is CONFLICT and the client retries;
// - releasing is conditional on the hold being there, so releasing twice (a replay) changes nothing.
// A posting transaction that meets one of these writes conflicts and retries, re-reading the account.
import { AppError } from '../../../../src/shared/errors'
import { LedgerRuleError, placeHold } from '../../../../src/shared/domain/ledger'
import { db, _ } from '../lib/cloud'
import type { AccountDoc } from './ledgerDocs'

const accounts = () => db.collection('ledger_accounts')
type Updated = { stats: { updated: number } }

/** Holds `minutes` under `key` on `account` (as read); INSUFFICIENT_HOURS beyond what is available. */
export async function placeHoldOnce(account: AccountDoc | null, key: string, minutes: number, now: Date): Promise<void> {
  if (!account) throw new AppError('INSUFFICIENT_HOURS', { funding: '您的时间余额不足，可选择社区公益池或公益服务' })
  try {
    if (placeHold(account, key, minutes) === account) return // already held under this key: a replay
  } catch (e) {
    if (e instanceof LedgerRuleError) throw new AppError('INSUFFICIENT_HOURS', { funding: '您的可用时间不足，可选择社区公益池或公益服务' })
    throw e
  }
  const res = (await accounts().where({ _id: account._id, version: account.version }).update({ data: { [`holds.${key}`]: minutes, version: _.inc(1), updatedAt: now } })) as Updated
  if (res.stats.updated !== 1) throw new AppError('CONFLICT')
}

/** Releases the hold `key` on `accountId` if it is there; true when one was released. */
export async function releaseHoldOnce(accountId: string, key: string, now: Date): Promise<boolean> {
  const res = (await accounts().where({ _id: accountId, [`holds.${key}`]: _.exists(true) }).update({ data: { [`holds.${key}`]: _.remove(), version: _.inc(1), updatedAt: now } })) as Updated
  return res.stats.updated === 1
}
