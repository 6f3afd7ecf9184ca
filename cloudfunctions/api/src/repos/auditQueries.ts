// Reading the audit log (audit.list). One aggregate: the filtered entries newest first (indexes community_at,
// action_at, actor_at or at — manifest audit_logs), one page, each with its actor's user and its community joined.
// Reads only: the log is append-only (repos/audit.ts adds; nothing updates or removes it).
import { db, _ } from '../lib/cloud'
import type { CommunityDoc } from './communities'
import type { UserDoc } from './users'
import { rowsOf } from '../lib/docs'

export interface AuditDoc {
  _id: string
  actorOpenid: string
  communityId: string | null
  action: string
  targetType: string
  targetId: string
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  onBehalfOf: string | null
  requestId: string
  at: Date
}

export interface AuditFilter {
  communityId?: string
  action?: string
  actorOpenid?: string
  from?: Date
  to?: Date
}

export type AuditRow = AuditDoc & { _actor: UserDoc[]; _community: CommunityDoc[] }

export async function listAuditEntries(f: AuditFilter, offset: number, limit: number): Promise<AuditRow[]> {
  const at = f.from && f.to ? _.gte(f.from).and(_.lt(f.to)) : f.from ? _.gte(f.from) : f.to ? _.lt(f.to) : undefined
  const match = {
    ...(f.communityId ? { communityId: f.communityId } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.actorOpenid ? { actorOpenid: f.actorOpenid } : {}),
    ...(at ? { at } : {})
  }
  return rowsOf<AuditRow>(
    db
      .collection('audit_logs')
      .aggregate()
      .match(match)
      .sort({ at: -1 })
      .skip(offset)
      .limit(limit)
      .lookup({ from: 'users', localField: 'actorOpenid', foreignField: '_id', as: '_actor' })
      .lookup({ from: 'communities', localField: 'communityId', foreignField: '_id', as: '_community' })
      .end()
  )
}
