// The only code that touches `volunteers`. Invariant: no document holds a plain ID number — only `idCipher`
// (AES-256-GCM), `idHash` (keyed, unique: one person, one record) and `idMasked`.
import { NOT_SERVING_LIFECYCLES, type VolunteerLifecycle } from '../../../../src/shared/domain/volunteerLifecycle'
import type { PoliticalStatus } from '../../../../src/shared/domain/politicalStatus'
import { db, _ } from '../lib/cloud'
import { docsOf } from '../lib/docs'

export interface VolunteerStats {
  completed: number
  withdrawn: number
  ratingSum: number
  ratingCount: number
  computedAt: Date
}

export type VolunteerStatus = 'pending' | 'approved' | 'rejected'
export interface GuardianDoc {
  name: string
  phone: string
  relation: string
  consentAt: Date
  verified: boolean
}

export interface VolunteerDoc {
  _id: string
  openid: string
  communityId: string
  realName: string
  idCipher: string
  idHash: string
  idMasked: string
  birthDate: string
  gender: 'male' | 'female'
  phone: string
  skills: string[]
  availability: string[]
  serviceArea: string
  serviceLocation: unknown | null
  guardian: GuardianDoc | null
  status: VolunteerStatus
  volunteerNo: string | null
  rejectReason: string | null
  reviewedBy: string | null
  reviewedAt: Date | null
  /** Accident insurance on file until this day's end (条例 art 17); risky services need it. */
  insuredUntil?: Date | null
  /** Absent = active (src/shared/domain/volunteerLifecycle.ts); with who moved it last, when and why. */
  lifecycle?: VolunteerLifecycle
  lifecycleReason?: string | null
  lifecycleBy?: string | null
  lifecycleAt?: Date | null
  /** 政治面貌, if the volunteer chose to give it (src/shared/domain/politicalStatus.ts; 双报到 statistics). */
  politicalStatus?: PoliticalStatus | null
  /**
   * Imported from a roster (volunteers.importRoster): until claimed, `openid` is a placeholder `roster-…` key that
   * no WeChat user has; volunteers.claim replaces it with the claimant's OPENID. The national fields ride along.
   */
  roster?: {
    importId: string
    row: number
    claimedAt: Date | null
    politicalStatus: PoliticalStatus | null
    specialty: string
    registeredOn: string | null
    formerNo: string | null
  }
  /** Derived from orders by the nightly `volunteerStats` job (orders are the truth); used to rank candidates. */
  stats?: VolunteerStats
  createdAt: Date
  updatedAt: Date
}

const volunteers = () => db.collection('volunteers')

export async function findVolunteerByOpenid(openid: string): Promise<VolunteerDoc | null> {
  return docsOf<VolunteerDoc>(await volunteers().where({ openid }).limit(1).get())[0] ?? null
}

export async function findVolunteer(id: string): Promise<VolunteerDoc | null> {
  return docsOf<VolunteerDoc>(await volunteers().where({ _id: id }).limit(1).get())[0] ?? null
}

/** Inserts; a duplicate `idHash` or `openid` surfaces as the unique index's duplicate-key error. */
export async function insertVolunteer(doc: Omit<VolunteerDoc, '_id'>): Promise<string> {
  const res = (await volunteers().add({ data: doc })) as { _id: string }
  return res._id
}

/**
 * Submits a registration again — after a rejection, or after the person moved to another community (whose
 * coordinator must review them afresh; the old number is kept in `previousVolunteerNos`). Conditional on the
 * record still being as the caller read it, so two concurrent resubmissions cannot both apply.
 */
export async function resubmitVolunteer(
  current: Pick<VolunteerDoc, '_id' | 'status' | 'communityId' | 'volunteerNo'>,
  fields: Partial<VolunteerDoc>
): Promise<boolean> {
  const keep = current.volunteerNo ? { previousVolunteerNos: _.push([current.volunteerNo]) } : {}
  const res = (await volunteers()
    .where({ _id: current._id, status: current.status, communityId: current.communityId })
    .update({ data: { ...fields, ...keep, status: 'pending', volunteerNo: null, rejectReason: null, reviewedBy: null, reviewedAt: null } })) as {
    stats: { updated: number }
  }
  return res.stats.updated === 1
}

/** Conditional: only a pending registration can be rejected (concurrent reviews: one wins). */
export async function rejectVolunteer(id: string, reason: string, by: string, at: Date): Promise<boolean> {
  const res = (await volunteers()
    .where({ _id: id, status: 'pending' })
    .update({ data: { status: 'rejected', rejectReason: reason, reviewedBy: by, reviewedAt: at, updatedAt: at } })) as { stats: { updated: number } }
  return res.stats.updated === 1
}

export async function listVolunteers(q: {
  communityId: string
  status?: VolunteerStatus
  skill?: string
  offset: number
  limit: number
}): Promise<VolunteerDoc[]> {
  const where: Record<string, unknown> = { communityId: q.communityId }
  if (q.status) where.status = q.status
  if (q.skill) where.skills = _.all([q.skill])
  return docsOf<VolunteerDoc>(await volunteers().where(where).orderBy('createdAt', 'desc').skip(q.offset).limit(q.limit).get())
}

export async function setInsurance(id: string, insuredUntil: Date | null, now: Date): Promise<void> {
  await volunteers()
    .doc(id)
    .update({ data: { insuredUntil, updatedAt: now } })
}

/** The volunteer records with these ids (by _id; at most 100). */
export async function findVolunteers(ids: string[]): Promise<VolunteerDoc[]> {
  return docsOf<VolunteerDoc>(
    await volunteers()
      .where({ _id: _.in(ids) })
      .limit(100)
      .get()
  )
}

/** Sets the derived insurance end of these volunteers (one update for all that share the value). */
export async function setInsuredUntil(ids: string[], insuredUntil: Date | null, now: Date): Promise<void> {
  await volunteers()
    .where({ _id: _.in(ids) })
    .update({ data: { insuredUntil, updatedAt: now } })
}

/**
 * Moves the lifecycle if it is still `from` (absent counts as active); false if somebody moved it meanwhile.
 * One conditional update: two concurrent moves cannot both apply.
 */
export async function moveLifecycle(
  id: string,
  from: VolunteerLifecycle,
  change: { lifecycle: VolunteerLifecycle; lifecycleReason: string | null; lifecycleBy: string },
  now: Date
): Promise<boolean> {
  const current = from === 'active' ? _.nin([...NOT_SERVING_LIFECYCLES]) : from
  const res = (await volunteers()
    .where({ _id: id, status: 'approved', lifecycle: current })
    .update({ data: { ...change, lifecycleAt: now, updatedAt: now } })) as { stats: { updated: number } }
  return res.stats.updated === 1
}

/** The volunteer's own changes of what they offer (skills, availability, area, location), as given. */
export async function updateOffer(
  id: string,
  patch: Partial<Pick<VolunteerDoc, 'skills' | 'availability' | 'serviceArea' | 'serviceLocation' | 'politicalStatus'>>,
  now: Date
): Promise<void> {
  await volunteers()
    .doc(id)
    .update({ data: { ...patch, updatedAt: now } })
}

/** Replaces the derived stats of the volunteer with this OPENID (index openid_unique). */
export async function setStatsByOpenid(openid: string, stats: VolunteerStats): Promise<void> {
  await volunteers()
    .where({ openid })
    .update({ data: { stats: _.set(stats) } })
}
