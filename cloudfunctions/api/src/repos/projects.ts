// The only code that touches `projects`. Invariants:
// - a project's _id is derived from (declaring coordinator, requestId): a replayed declare finds the first;
// - confirmedCount / waitlistCount equal the project's confirmed / waitlisted sign-ups and nextSeq is one more than
//   the highest sequence number handed out: they change only inside the transaction that changes a sign-up
//   (projectSignups.ts), so concurrent sign-ups conflict on this document and one of them retries;
// - confirmedCount never exceeds capacity;
// - status moves declared → published | rejected, published → completed, each a conditional update on the status read;
// - attendance[i] (到场登记 of session i) is null until first saved, then says who saved it last, when, and how many
//   confirmed participants were marked present; it changes only in the transaction that sets those sign-ups'
//   `attended` (projectSignups.ts), only while the project is published and only once session i has started;
//   completion needs every session's entry.
import { createHash } from 'crypto'
import { db, _ } from '../lib/cloud'
import { isDuplicateKey } from '../lib/dbErrors'
import { docsOf, updatedCount } from '../lib/docs'
import { readIn, type Tx } from './transaction'

export type ProjectStatus = 'declared' | 'published' | 'rejected' | 'completed'
export type ProjectGrade = '优秀' | '合格' | '不合格'
export interface SessionAttendanceDoc {
  present: number
  by: string
  at: Date
}

export interface ProjectDoc {
  _id: string
  communityId: string
  /** The community's name when declared (谁组织谁记录). */
  organizer: string
  requestId: string
  declaredBy: string
  title: string
  description: string
  category: string | null
  place: string
  sessions: Array<{ startsAt: Date; minutes: number }>
  totalMinutes: number
  /** Per session (same order as `sessions`); absent on projects declared before 到场登记 existed (read as all null). */
  attendance?: Array<SessionAttendanceDoc | null>
  capacity: number
  confirmedCount: number
  waitlistCount: number
  /** The next sign-up's sequence number (arrival order). */
  nextSeq: number
  status: ProjectStatus
  rejectReason: string | null
  reviewedBy: string | null
  reviewedAt: Date | null
  completedBy: string | null
  completedAt: Date | null
  evaluation: { grade: ProjectGrade; notes: string; by: string; at: Date } | null
  /** The team it is assigned to (teams.assignProject) and that team's name then; absent = none. */
  teamId?: string | null
  teamName?: string | null
  createdAt: Date
  updatedAt: Date
}

const PROJECTS = 'projects'
const projects = () => db.collection(PROJECTS)

export function projectIdFor(openid: string, requestId: string): string {
  return createHash('sha256').update(`project\u0000${openid}\u0000${requestId}`).digest('hex').slice(0, 24)
}

export async function findProject(id: string): Promise<ProjectDoc | null> {
  return docsOf<ProjectDoc>(await projects().where({ _id: id }).limit(1).get())[0] ?? null
}

/** Inserts the project unless one with its _id exists (a replayed declare); returns the stored one. */
export async function insertProjectOnce(doc: ProjectDoc): Promise<ProjectDoc> {
  try {
    await projects().add({ data: doc })
    return doc
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
    const existing = await findProject(doc._id)
    if (!existing) throw e
    return existing
  }
}

/** A community's projects in `statuses`, newest first (index community_status_created). */
export async function listProjects(communityId: string, statuses: readonly ProjectStatus[], offset: number, limit: number): Promise<ProjectDoc[]> {
  return docsOf<ProjectDoc>(
    await projects()
      .where({ communityId, status: _.in([...statuses]) })
      .orderBy('createdAt', 'desc')
      .skip(offset)
      .limit(limit)
      .get()
  )
}

/** Moves the project from `from` if it is still there; false when someone moved it first. */
export async function moveProject(id: string, from: ProjectStatus, patch: Partial<ProjectDoc>): Promise<boolean> {
  const updated = await updatedCount(
    projects()
      .where({ _id: id, status: from })
      .update({ data: { ...patch } })
  )
  return updated === 1
}

export function readProjectIn(t: Tx, id: string): Promise<ProjectDoc | null> {
  return readIn<ProjectDoc>(t, PROJECTS, id)
}

/** Sets counters and sequence (as decided in this transaction from the project it read). */
export async function updateProjectIn(
  t: Tx,
  id: string,
  patch: Partial<
    Pick<
      ProjectDoc,
      'confirmedCount' | 'waitlistCount' | 'nextSeq' | 'status' | 'completedBy' | 'completedAt' | 'evaluation' | 'teamId' | 'teamName' | 'updatedAt'
    >
  >
): Promise<void> {
  const data: Record<string, unknown> = { ...patch }
  if (patch.evaluation !== undefined) data.evaluation = _.set(patch.evaluation)
  await t.collection(PROJECTS).doc(id).update({ data })
}

/** The project's 到场登记 per session, one entry (or null) for each session. */
export function attendanceOf(p: Pick<ProjectDoc, 'sessions' | 'attendance'>): Array<SessionAttendanceDoc | null> {
  return p.sessions.map((_s, i) => p.attendance?.[i] ?? null)
}

/** Replaces the project's attendance list (as decided in this transaction from the project it read). */
export async function setAttendanceIn(t: Tx, id: string, attendance: Array<SessionAttendanceDoc | null>, now: Date): Promise<void> {
  await t
    .collection(PROJECTS)
    .doc(id)
    .update({ data: { attendance: _.set(attendance), updatedAt: now } })
}

/** Sets the evaluation of a completed project (replacing any earlier one); false unless it is completed. */
export async function setEvaluation(id: string, evaluation: NonNullable<ProjectDoc['evaluation']>, now: Date): Promise<boolean> {
  const updated = await updatedCount(
    projects()
      .where({ _id: id, status: 'completed' })
      .update({ data: { evaluation: _.set(evaluation), updatedAt: now } })
  )
  return updated === 1
}
