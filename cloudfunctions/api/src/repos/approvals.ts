// Approving a volunteer changes three documents together — the community's number counter, the registration
// and the user's roles — so it is one transaction (inTransaction retries it after a write conflict). Numbers
// are gap-free and distinct because the counter is read and written inside that transaction.
import { volunteerApprovedBumps } from '../../../../src/shared/domain/stats'
import { applyBumpsIn } from './statsRollups'
import { AppError } from '../../../../src/shared/errors'
import { _ } from '../lib/cloud'
import { inTransaction, readIn } from './transaction'
import type { VolunteerDoc } from './volunteers'

export function volunteerNumber(communityCode: string, seq: number): string {
  return `${communityCode}-${String(seq).padStart(5, '0')}`
}

export async function approveVolunteer(
  v: Pick<VolunteerDoc, '_id' | 'openid' | 'communityId'>,
  communityCode: string,
  by: string,
  at: Date,
  guardianVerified: boolean
): Promise<string> {
  const counterId = `volunteerNo:${v.communityId}`
  return inTransaction(async (t) => {
    const current = await readIn<VolunteerDoc>(t, 'volunteers', v._id)
    if (!current || current.status !== 'pending') throw new AppError('REVIEW_NOT_PENDING')
    // The applicant may have moved to another community since applying: this community cannot make them a
    // volunteer there (roles follow the user's community; see communities/join.ts).
    const user = await readIn<{ communityId: string | null }>(t, 'users', v.openid)
    if (user?.communityId !== v.communityId) throw new AppError('CONFLICT')
    const seq = ((await readIn<{ seq: number }>(t, 'counters', counterId))?.seq ?? 0) + 1
    const volunteerNo = volunteerNumber(communityCode, seq)
    await t
      .collection('counters')
      .doc(counterId)
      .set({ data: { seq, updatedAt: at } })
    const guardian = current.guardian ? { guardian: { ...current.guardian, verified: current.guardian.verified || guardianVerified } } : {}
    await t
      .collection('volunteers')
      .doc(v._id)
      .update({ data: { status: 'approved', volunteerNo, reviewedBy: by, reviewedAt: at, updatedAt: at, ...guardian } })
    await t
      .collection('users')
      .doc(v.openid)
      .update({ data: { roles: _.addToSet('volunteer'), updatedAt: at } })
    await applyBumpsIn(t, v.communityId, volunteerApprovedBumps(), at)
    return volunteerNo
  })
}
