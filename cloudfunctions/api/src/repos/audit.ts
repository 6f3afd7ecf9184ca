// Audit log: append-only records of who changed what (never updated or removed by any code).
// Invariant: `before`/`after` hold only the fields that changed, never ID numbers or other secrets.
import { db } from '../lib/cloud'
import { isDuplicateKey } from '../lib/dbErrors'
import type { Tx } from './transaction'

export interface AuditEntry {
  actorOpenid: string
  /** The community the change belongs to (audit.list filters by it); null for changes of no community. */
  communityId?: string | null
  action: string
  targetType: string
  targetId: string
  before?: Record<string, unknown> | null
  after?: Record<string, unknown> | null
  onBehalfOf?: string | null
  requestId: string
}

function auditDoc(entry: AuditEntry, at: Date) {
  return {
    ...entry,
    communityId: entry.communityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    onBehalfOf: entry.onBehalfOf ?? null,
    at
  }
}

export async function recordAudit(entry: AuditEntry, at: Date): Promise<void> {
  await db.collection('audit_logs').add({ data: auditDoc(entry, at) })
}

/**
 * The entry of an action that writes nothing else to the database (e.g. an export), under an _id the caller
 * derives from (openid, requestId): a replayed request finds its entry and adds no second one.
 */
export async function recordAuditOnce(id: string, entry: AuditEntry, at: Date): Promise<void> {
  try {
    await db.collection('audit_logs').add({ data: { _id: id, ...auditDoc(entry, at) } })
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
  }
}

/** The same record written inside a transaction, so it lands together with the change it describes. */
export async function recordAuditIn(t: Tx, entry: AuditEntry, at: Date): Promise<void> {
  await t.collection('audit_logs').add({ data: auditDoc(entry, at) })
}
