// A volunteer's insuredUntil is derived from their insurance policies: the latest cover end among the policies
// that list them (null with none). Written for a whole list at once, one update per distinct end (a bulk policy
// gives its volunteers the same end, so usually one). Idempotent: deriving again writes the same values.
import { toUtcIso } from '../../../../../src/shared/time'
import { latestCoverEnds } from '../../repos/insurance'
import { setInsuredUntil } from '../../repos/volunteers'

export async function deriveInsuredUntil(volunteerIds: string[], now: Date): Promise<Array<{ id: string; insuredUntil: string | null }>> {
  const ends = await latestCoverEnds(volunteerIds)
  const groups = new Map<number, string[]>()
  for (const v of volunteerIds) {
    const end = ends.get(v)?.getTime() ?? 0
    groups.set(end, [...(groups.get(end) ?? []), v])
  }
  for (const [end, group] of groups) await setInsuredUntil(group, end ? new Date(end) : null, now)
  return volunteerIds.map((v) => {
    const end = ends.get(v)
    return { id: v, insuredUntil: end ? toUtcIso(end) : null }
  })
}
