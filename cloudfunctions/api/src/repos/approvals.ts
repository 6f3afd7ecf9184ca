// Approving a volunteer changes three documents together — the community's number counter, the registration
// and the user's roles — so it is one transaction. Numbers are gap-free and distinct: the counter is read and
// written inside the transaction; a concurrent approval conflicts (-501001 at the operation, which the SDK does
// not retry) and this module retries the whole transaction after a jittered pause.
import { AppError } from '../../../../src/shared/errors'
import { db, _ } from '../lib/cloud'
import { isTransactionConflict } from '../lib/dbErrors'
import type { VolunteerDoc } from './volunteers'

const MAX_ATTEMPTS = 40
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export function volunteerNumber(communityCode: string, seq: number): string {
  return `${communityCode}-${String(seq).padStart(5, '0')}`
}

async function readSeq(t: any, counterId: string): Promise<number> {
  try {
    return Number((await t.collection('counters').doc(counterId).get()).data.seq ?? 0)
  } catch (e) {
    if (/does not exist/.test(String((e as { errMsg?: string }).errMsg ?? (e as Error).message))) return 0
    throw e
  }
}

export async function approveVolunteer(v: Pick<VolunteerDoc, '_id' | 'openid' | 'communityId'>, communityCode: string, by: string, at: Date, guardianVerified: boolean): Promise<string> {
  const counterId = `volunteerNo:${v.communityId}`
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.runTransaction(async (t: any) => {
        const current = (await t.collection('volunteers').doc(v._id).get()).data as VolunteerDoc
        if (current.status !== 'pending') throw new AppError('REVIEW_NOT_PENDING')
        const seq = (await readSeq(t, counterId)) + 1
        const volunteerNo = volunteerNumber(communityCode, seq)
        await t.collection('counters').doc(counterId).set({ data: { seq, updatedAt: at } })
        const guardian = current.guardian ? { guardian: { ...current.guardian, verified: current.guardian.verified || guardianVerified } } : {}
        await t.collection('volunteers').doc(v._id).update({ data: { status: 'approved', volunteerNo, reviewedBy: by, reviewedAt: at, updatedAt: at, ...guardian } })
        await t.collection('users').doc(v.openid).update({ data: { roles: _.addToSet('volunteer'), updatedAt: at } })
        return volunteerNo
      }, 0)
    } catch (e) {
      if (!isTransactionConflict(e) || attempt >= MAX_ATTEMPTS) throw e
      await sleep(5 + Math.random() * 20 * Math.min(attempt, 5))
    }
  }
}
