// The only code that touches `project_signups`. A sign-up's _id is `<projectId>:<openid>`: one person has one
// sign-up per project by construction. Its status and seq change only together with the project's counters, in
// the same transaction (see projects.ts), so a confirmed place is never handed out twice.
// `attended` (到场登记) holds the 0-based indexes of the sessions the coordinator recorded the volunteer present at,
// ascending: it is set only for confirmed sign-ups, in the transaction that also writes the project's
// attendance[i] (setAttendedIn); a later cancellation, and signing up again after it, keep it (the service they
// gave stays true).
import { db, _ } from '../lib/cloud'
import { docsOf, totalOf } from '../lib/docs'
import { readIn, type Tx } from './transaction'

export type SignUpStatus = 'confirmed' | 'waitlisted' | 'cancelled'

export interface SignUpDoc {
  _id: string
  projectId: string
  communityId: string
  openid: string
  volunteerId: string
  volunteerName: string
  volunteerNo: string | null
  status: SignUpStatus
  /** Arrival order within the project, from the project's nextSeq in the sign-up's transaction. */
  seq: number
  /** Absent on sign-ups made before 到场登记 existed (read as none). */
  attended?: number[]
  createdAt: Date
  updatedAt: Date
}

const SIGNUPS = 'project_signups'
const signups = () => db.collection(SIGNUPS)
const PAGE = 100

export const signUpId = (projectId: string, openid: string) => `${projectId}:${openid}`

export function readSignUpIn(t: Tx, projectId: string, openid: string): Promise<SignUpDoc | null> {
  return readIn<SignUpDoc>(t, SIGNUPS, signUpId(projectId, openid))
}

export function readSignUpByIdIn(t: Tx, id: string): Promise<SignUpDoc | null> {
  return readIn<SignUpDoc>(t, SIGNUPS, id)
}

/** Writes the whole sign-up (new, or a cancelled one signing up again). */
export async function putSignUpIn(t: Tx, doc: SignUpDoc): Promise<void> {
  const { _id, ...data } = doc
  await t.collection(SIGNUPS).doc(_id).set({ data })
}

export async function setSignUpStatusIn(t: Tx, id: string, status: SignUpStatus, now: Date): Promise<void> {
  await t
    .collection(SIGNUPS)
    .doc(id)
    .update({ data: { status, updatedAt: now } })
}

export const attendedOf = (s: Pick<SignUpDoc, 'attended'>): number[] => s.attended ?? []

/** Replaces the sessions the sign-up was present at (as decided in this transaction from the sign-up it read). */
export async function setAttendedIn(t: Tx, id: string, attended: number[], now: Date): Promise<void> {
  await t
    .collection(SIGNUPS)
    .doc(id)
    .update({ data: { attended: _.set(attended), updatedAt: now } })
}

/** The caller's sign-ups among these projects (by _id). */
export async function signUpsOf(openid: string, projectIds: string[]): Promise<SignUpDoc[]> {
  if (projectIds.length === 0) return []
  return docsOf<SignUpDoc>(
    await signups()
      .where({ _id: _.in(projectIds.map((p) => signUpId(p, openid))) })
      .limit(projectIds.length)
      .get()
  )
}

/** The earliest waitlisted sign-up ids, in arrival order (index project_status_seq); committed state, read outside transactions. */
export async function waitlistHead(projectId: string, limit: number): Promise<string[]> {
  const docs = docsOf<SignUpDoc>(await signups().where({ projectId, status: 'waitlisted' }).orderBy('seq', 'asc').limit(limit).field({ _id: true }).get())
  return docs.map((d) => d._id)
}

/** 1-based place on the waitlist: waitlisted sign-ups with a smaller seq, plus one (index project_status_seq). */
export async function waitlistPosition(projectId: string, seq: number): Promise<number> {
  return (
    (await totalOf(
      signups()
        .where({ projectId, status: 'waitlisted', seq: _.lt(seq) })
        .count()
    )) + 1
  )
}

/** Every sign-up of the project in `status`, in arrival order (index project_status_seq), paged by seq. */
export async function signUpsIn(projectId: string, status: SignUpStatus): Promise<SignUpDoc[]> {
  const all: SignUpDoc[] = []
  for (let after = 0; ;) {
    const page = docsOf<SignUpDoc>(
      await signups()
        .where({ projectId, status, seq: _.gt(after) })
        .orderBy('seq', 'asc')
        .limit(PAGE)
        .get()
    )
    all.push(...page)
    if (page.length < PAGE) return all
    after = page[page.length - 1].seq
  }
}
