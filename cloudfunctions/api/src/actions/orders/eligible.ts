// Eligibility of the calling volunteer, as a check (grab, view) and as a database filter (the pool), both from
// the shared rule in src/shared/domain/order/eligibility.ts so the pool never lists what grab would refuse.
import { SERVICE_CATEGORIES } from '../../../../../src/shared/contracts'
import { eligibilityProblems, isInsured } from '../../../../../src/shared/domain/order'
import { ageOn } from '../../../../../src/shared/domain/idcard'
import { shanghaiDay } from '../../../../../src/shared/time'
import { _ } from '../../lib/cloud'
import type { OrderDoc } from '../../repos/orders'
import type { VolunteerDoc } from '../../repos/volunteers'
import type { ActionContext } from '../define'

/** The caller's approved volunteer record in their current community, or null. */
export function activeVolunteer(ctx: ActionContext): VolunteerDoc | null {
  const v = ctx.volunteer
  const ok = v && v.status === 'approved' && ctx.user?.roles.includes('volunteer') && v.communityId === ctx.user?.communityId
  return ok ? v : null
}

export function problemsFor(ctx: ActionContext, o: OrderDoc): string[] {
  const v = activeVolunteer(ctx)
  if (!v) return ['您还不是本社区已审核的志愿者']
  const problems = eligibilityProblems(v, o, ctx.now)
  // The community pool pays only when a coordinator approves, and dispatching is that approval: never grabbed.
  if (o.funding === 'community_pool') problems.push('公益池支付的求助由社区协调员审批后派单')
  return problems
}

export function isEligibleFor(ctx: ActionContext, o: OrderDoc): boolean {
  return problemsFor(ctx, o).length === 0
}

/** The same rule as a query on `orders`: this community, skills all held, age reached, insurance if risky. */
export function eligibleOrderFilter(v: VolunteerDoc, now: Date): Record<string, unknown> {
  const lacking = SERVICE_CATEGORIES.filter((s) => !v.skills.includes(s))
  return {
    communityId: v.communityId,
    ...(lacking.length ? { skillsNeeded: _.nin(lacking) } : {}),
    minAge: _.lte(ageOn(v.birthDate, shanghaiDay(now))),
    ...(isInsured(v, now) ? {} : { needsInsurance: false }),
    declinedBy: _.neq(v.openid),
    funding: _.neq('community_pool'), // approved (dispatched) by a coordinator, never grabbed
    ownerOpenids: _.neq(v.openid) // not their own requests
  }
}
