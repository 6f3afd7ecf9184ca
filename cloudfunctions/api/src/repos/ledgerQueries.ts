// Reads of the time-bank ledger outside transactions (writes are in ledger.ts). Every query is served by the
// primary key or an index of ledger_entries declared in the database manifest.
import type { PostingKind } from '../../../../src/shared/domain/ledger'
import { db, _ } from '../lib/cloud'
import { docsOf } from '../lib/docs'
import type { AccountDoc, EntryDoc, PostingDoc } from './ledgerDocs'

export async function readAccount(id: string): Promise<AccountDoc | null> {
  return docsOf<AccountDoc>(await db.collection('ledger_accounts').where({ _id: id }).limit(1).get())[0] ?? null
}

export async function findPosting(id: string): Promise<PostingDoc | null> {
  return docsOf<PostingDoc>(await db.collection('ledger_postings').where({ _id: id }).limit(1).get())[0] ?? null
}

/** Which of these postings have been reversed: one query for the ids `reverse:<id>` (primary key). */
export async function reversedAmong(postingIds: string[]): Promise<Set<string>> {
  const unique = [...new Set(postingIds)]
  if (unique.length === 0) return new Set()
  const res = await db
    .collection('ledger_postings')
    .where({ _id: _.in(unique.map((id) => `reverse:${id}`)) })
    .field({ reverses: true })
    .limit(unique.length)
    .get()
  return new Set(docsOf<Pick<PostingDoc, 'reverses'>>(res).map((p) => p.reverses!))
}

/**
 * One account's entries, newest first (index account_at, or account_kind_at / account_month_at with a filter);
 * `hasMore` from reading one past the page.
 */
export async function statement(
  account: string,
  filters: { kind?: PostingKind; month?: string },
  offset: number,
  limit: number
): Promise<{ items: EntryDoc[]; hasMore: boolean }> {
  const where: Record<string, unknown> = { account }
  if (filters.kind) where.kind = filters.kind
  if (filters.month) where.month = filters.month
  const rows = docsOf<EntryDoc>(
    await db
      .collection('ledger_entries')
      .where(where)
      .orderBy('at', 'desc')
      .skip(offset)
      .limit(limit + 1)
      .get()
  )
  return { items: rows.slice(0, limit), hasMore: rows.length > limit }
}
