// Audit log: append-only records of who changed what (never updated or removed by any code).
// Invariant: `before`/`after` hold only the fields that changed, never ID numbers or other secrets.
import { db } from '../lib/cloud'

export interface AuditEntry {
  actorOpenid: string
  action: string
  targetType: string
  targetId: string
  before?: Record<string, unknown> | null
  after?: Record<string, unknown> | null
  onBehalfOf?: string | null
  requestId: string
}

export async function recordAudit(entry: AuditEntry, at: Date): Promise<void> {
  await db.collection('audit_logs').add({ data: { ...entry, before: entry.before ?? null, after: entry.after ?? null, onBehalfOf: entry.onBehalfOf ?? null, at } })
}
