// The only code that touches `reports` and `report_stats` (随手拍). Invariants:
// - a report's _id is derived from (reporter OPENID, client requestId): a replayed create finds the first report;
// - status only changes through moveReport(): inside ONE transaction it re-reads the report, goes on only if it is
//   still in the status the caller decided on, sets the patch, appends the timeline event (_.push) and bumps the
//   community's counter document — the change, its record and the counts land together or not at all;
// - report_stats/<communityId>: filed = reports created, rectified = rectifications made, closed = reports now
//   closed; the dashboard figure (closed ÷ filed) therefore costs one read;
// - a photo's status changes only in setReportPhotoVerdict(), from WeChat's verdict, found by its trace id.
import { createHash } from 'crypto'
import type { ReportCategory, ReportMove, ReportStatus, ReportActor } from '../../../../src/shared/contracts/reports'
import { db, _ } from '../lib/cloud'
import { docsOf, updatedCount } from '../lib/docs'
import { reportFiledBumps, reportMoveBumps } from '../../../../src/shared/domain/stats'
import { applyBumpsIn } from './statsRollups'
import { inTransaction, readIn, type Tx } from './transaction'
import { recordAuditIn, type AuditEntry } from './audit'

export interface ReportPhotoDoc {
  fileId: string
  /** mediaCheckAsync's trace id: the verdict arrives later naming it. Never shown to anyone. */
  traceId: string
  status: 'checking' | 'pass' | 'risky'
  /** before: the problem as reported; after: the rectification. */
  kind: 'before' | 'after'
}

export interface ReportEventDoc {
  kind: 'create' | ReportMove
  at: Date
  from: ReportStatus | null
  to: ReportStatus
  byOpenid: string
  byRole: ReportActor
  byName: string
  note: string | null
}

export interface ReportDoc {
  _id: string
  _openid: string
  requestId: string
  communityId: string
  reporterOpenid: string
  category: ReportCategory
  description: string
  location: unknown
  place: string
  photos: ReportPhotoDoc[]
  status: ReportStatus
  /** The assigned volunteer (assigneeOpenid) or team (assigneeTeamId); name for display. */
  assigneeKind: 'volunteer' | 'team' | null
  assigneeOpenid: string | null
  assigneeTeamId: string | null
  assigneeName: string | null
  rectifyNote: string | null
  reopenReason: string | null
  events: ReportEventDoc[]
  createdAt: Date
  updatedAt: Date
}

export interface ReportStatsDoc {
  _id: string
  filed: number
  rectified: number
  closed: number
  updatedAt: Date
}
export type StatsDelta = Partial<Record<'filed' | 'rectified' | 'closed', number>>

const REPORTS = 'reports'
const STATS = 'report_stats'
const reports = () => db.collection(REPORTS)

/** The report id for this reporter's request: same inputs, same id (hex, 24 chars). */
export function reportIdFor(reporterOpenid: string, requestId: string): string {
  return createHash('sha256').update(`report\u0000${reporterOpenid}\u0000${requestId}`).digest('hex').slice(0, 24)
}

async function bumpStatsIn(t: Tx, communityId: string, delta: StatsDelta, now: Date): Promise<void> {
  const entries = Object.entries(delta).filter(([, v]) => v)
  if (!entries.length) return
  const current = await readIn<ReportStatsDoc>(t, STATS, communityId)
  if (!current) {
    await t.collection(STATS).add({ data: { _id: communityId, filed: 0, rectified: 0, closed: 0, ...delta, updatedAt: now } })
    return
  }
  await t
    .collection(STATS)
    .doc(communityId)
    .update({ data: { ...Object.fromEntries(entries.map(([k, v]) => [k, _.inc(v)])), updatedAt: now } })
}

/** Inserts the report and counts it filed, in one transaction; a replay returns the first report unchanged. */
export async function createReport(doc: ReportDoc): Promise<{ report: ReportDoc; created: boolean }> {
  return inTransaction(async (t) => {
    const existing = await readIn<ReportDoc>(t, REPORTS, doc._id)
    if (existing) return { report: existing, created: false }
    await t.collection(REPORTS).add({ data: doc })
    await bumpStatsIn(t, doc.communityId, { filed: 1 }, doc.createdAt)
    await applyBumpsIn(t, doc.communityId, reportFiledBumps(doc.createdAt), doc.createdAt)
    return { report: doc, created: true }
  })
}

export async function findReport(id: string): Promise<ReportDoc | null> {
  return docsOf<ReportDoc>(await reports().where({ _id: id }).limit(1).get())[0] ?? null
}

/**
 * Moves the report from `from` to `event.to` if it is still in `from`: sets `patch`, appends `event` and applies
 * `delta` to the community's counts in the same transaction. Null when someone else moved it first. `audit`: a
 * coordinator's move is audited in the same transaction, so the entry lands exactly with the move.
 */
export async function moveReport(
  r: ReportDoc,
  patch: Partial<ReportDoc>,
  event: ReportEventDoc,
  delta: StatsDelta,
  audit: AuditEntry | null = null
): Promise<ReportDoc | null> {
  return inTransaction(async (t) => {
    const current = await readIn<ReportDoc>(t, REPORTS, r._id)
    if (!current || current.status !== r.status) return null
    await t
      .collection(REPORTS)
      .doc(r._id)
      .update({ data: { ...patch, status: event.to, updatedAt: event.at, events: _.push([event]) } })
    await bumpStatsIn(t, r.communityId, delta, event.at)
    await applyBumpsIn(t, r.communityId, reportMoveBumps(event), event.at)
    if (audit) await recordAuditIn(t, audit, event.at)
    return { ...current, ...patch, status: event.to, updatedAt: event.at, events: [...current.events, event] }
  })
}

/** Reports this member filed (index reporter_created), newest first. */
export async function listFiledBy(openid: string, status: ReportStatus | undefined, offset: number, limit: number): Promise<ReportDoc[]> {
  return docsOf<ReportDoc>(
    await reports()
      .where({ reporterOpenid: openid, ...(status ? { status } : {}) })
      .orderBy('createdAt', 'desc')
      .skip(offset)
      .limit(limit)
      .get()
  )
}

/** Reports dispatched to this volunteer (index assignee_status_updated), latest activity first. */
export async function listAssignedTo(openid: string, status: ReportStatus | undefined, offset: number, limit: number): Promise<ReportDoc[]> {
  return docsOf<ReportDoc>(
    await reports()
      .where({ assigneeOpenid: openid, ...(status ? { status } : {}) })
      .orderBy('updatedAt', 'desc')
      .skip(offset)
      .limit(limit)
      .get()
  )
}

/** A community's reports, optionally in one status (index community_status_created), newest first. */
export async function listOfCommunity(communityId: string, status: ReportStatus | undefined, offset: number, limit: number): Promise<ReportDoc[]> {
  const statuses = status ? [status] : ['filed', 'dispatched', 'rectified', 'closed', 'reopened']
  return docsOf<ReportDoc>(
    await reports()
      .where({ communityId, status: _.in(statuses) })
      .orderBy('createdAt', 'desc')
      .skip(offset)
      .limit(limit)
      .get()
  )
}

/** The community's counts (one read by _id); zeros before its first report. */
export async function readReportStats(communityId: string): Promise<ReportStatsDoc> {
  return (
    docsOf<ReportStatsDoc>(await db.collection(STATS).where({ _id: communityId }).limit(1).get())[0] ?? {
      _id: communityId,
      filed: 0,
      rectified: 0,
      closed: 0,
      updatedAt: new Date(0)
    }
  )
}

/**
 * Sets the status of the report photo whose check has this trace id: ONE conditional update, the positional `$`
 * naming the element the query matched (index photo_trace). False when no report holds the trace id.
 */
export async function setReportPhotoVerdict(traceId: string, status: 'pass' | 'risky'): Promise<boolean> {
  const updated = await updatedCount(
    reports()
      .where({ 'photos.traceId': traceId })
      .update({ data: { 'photos.$.status': status } })
  )
  return updated > 0
}
