// Who may serve an order (条例 art 15: tasks suited to age and skills; art 17: insurance before risky work).
// One rule for the pool, grabbing, the candidate list and dispatch, with the reason shown to people.
import type { ServiceCategory } from '../../contracts/fields'
import { categoryLabel } from './catalog'
import { shanghaiDay } from '../../time'
import { ageOn } from '../idcard'
import { LIFECYCLE_LABELS, lifecycleOf } from '../volunteerLifecycle'

export interface EligibilityVolunteer {
  status: string
  communityId: string
  birthDate: string
  skills: readonly string[]
  insuredUntil?: Date | string | null
  /** Paused, suspended, revoked or left: offered nothing (volunteerLifecycle.ts); absent = active. */
  lifecycle?: string | null
}
export interface EligibilityOrder {
  communityId: string
  skillsNeeded: readonly ServiceCategory[]
  /** The order's category and the label it was made with: names a community's own category in the reason. */
  category?: string
  categoryLabel?: string
  minAge: number
  needsInsurance: boolean
}

export function isInsured(v: Pick<EligibilityVolunteer, 'insuredUntil'>, now: Date): boolean {
  return !!v.insuredUntil && new Date(v.insuredUntil).getTime() >= now.getTime()
}

/**
 * Why this volunteer may not serve this order, in Chinese; empty when they may. `streetCommunities`: only for an
 * order escalated to its street (街道) and dispatched there — the communities of that street, whose approved
 * volunteers may then serve it too; otherwise the volunteer must belong to the order's own community.
 */
export function eligibilityProblems(v: EligibilityVolunteer, o: EligibilityOrder, now: Date, streetCommunities?: readonly string[]): string[] {
  const problems: string[] = []
  if (v.status !== 'approved') problems.push('志愿者注册尚未通过审核')
  else if (lifecycleOf(v) !== 'active') problems.push(`志愿者${LIFECYCLE_LABELS[lifecycleOf(v)]}`)
  if (streetCommunities) {
    if (v.communityId !== o.communityId && !streetCommunities.includes(v.communityId)) problems.push('不属于本街道的社区')
  } else if (v.communityId !== o.communityId) problems.push('不属于本社区')
  const missing = o.skillsNeeded.filter((s) => !v.skills.includes(s))
  if (missing.length) problems.push(`缺少技能：${missing.map((s) => (s === o.category && o.categoryLabel ? o.categoryLabel : categoryLabel(s))).join('、')}`)
  if (ageOn(v.birthDate, shanghaiDay(now)) < o.minAge) problems.push(`需年满${o.minAge}周岁`)
  if (o.needsInsurance && !isInsured(v, now)) problems.push('该服务有风险，需有效的志愿者保险')
  return problems
}

/** Skills a volunteer lacks, as the database filter "needs nothing outside these skills" uses them. */
export function skillsOutside(skills: readonly string[], all: readonly string[]): string[] {
  return all.filter((s) => !skills.includes(s))
}
