// Who may serve an order (条例 art 15: tasks suited to age and skills; art 17: insurance before risky work).
// One rule for the pool, grabbing, the candidate list and dispatch, with the reason shown to people.
import type { ServiceCategory } from '../../contracts/fields'
import { SERVICE_CATEGORY_LABELS } from '../../contracts/fields'
import { shanghaiDay } from '../../time'
import { ageOn } from '../idcard'

export interface EligibilityVolunteer {
  status: string
  communityId: string
  birthDate: string
  skills: readonly string[]
  insuredUntil?: Date | string | null
}
export interface EligibilityOrder {
  communityId: string
  skillsNeeded: readonly ServiceCategory[]
  minAge: number
  needsInsurance: boolean
}

export function isInsured(v: Pick<EligibilityVolunteer, 'insuredUntil'>, now: Date): boolean {
  return !!v.insuredUntil && new Date(v.insuredUntil).getTime() >= now.getTime()
}

/** Why this volunteer may not serve this order, in Chinese; empty when they may. */
export function eligibilityProblems(v: EligibilityVolunteer, o: EligibilityOrder, now: Date): string[] {
  const problems: string[] = []
  if (v.status !== 'approved') problems.push('志愿者注册尚未通过审核')
  if (v.communityId !== o.communityId) problems.push('不属于本社区')
  const missing = o.skillsNeeded.filter((s) => !v.skills.includes(s))
  if (missing.length) problems.push(`缺少技能：${missing.map((s) => SERVICE_CATEGORY_LABELS[s]).join('、')}`)
  if (ageOn(v.birthDate, shanghaiDay(now)) < o.minAge) problems.push(`需年满${o.minAge}周岁`)
  if (o.needsInsurance && !isInsured(v, now)) problems.push('该服务有风险，需有效的志愿者保险')
  return problems
}

/** Skills a volunteer lacks, as the database filter "needs nothing outside these skills" uses them. */
export function skillsOutside(skills: readonly string[], all: readonly string[]): string[] {
  return all.filter((s) => !skills.includes(s))
}
