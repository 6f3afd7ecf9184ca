// Eligibility of the calling volunteer, as a check (grab, view) and as a database filter (the pool), both from
// the shared rules — src/shared/domain/order/eligibility.ts (skills, age, insurance) and exclusion.ts (own order,
// declined, community pool) — so the pool never lists what grab would refuse.
import { catalogKeys, eligibilityProblems, exclusionConditions, exclusionProblems, isInsured, type StoredCatalog } from '../../../../../src/shared/domain/order'
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

/** Why the caller may not take this order from the pool: eligibility, then the exclusion rule. Empty when they may. */
export function problemsFor(ctx: ActionContext, o: OrderDoc): string[] {
  const v = activeVolunteer(ctx)
  if (!v) return ['您还不是本社区已审核的志愿者']
  return [...eligibilityProblems(v, o, ctx.now), ...exclusionProblems(ctx.openid, o, 'grab')]
}

/**
 * The same rule as a query on `orders`: this community, skills all held (no skill needed among the community's
 * categories — built-in and its own, `catalog` — that the volunteer lacks), age reached, insurance if risky, and
 * the exclusion rule's conditions as they are (each "field ≠ value" is `_.neq`, which on an array field means "no
 * element equals").
 */
export function eligibleOrderFilter(v: VolunteerDoc, now: Date, catalog: StoredCatalog | null | undefined): Record<string, unknown> {
  const lacking = catalogKeys(catalog).filter((s) => !v.skills.includes(s))
  return {
    communityId: v.communityId,
    ...(lacking.length ? { skillsNeeded: _.nin(lacking) } : {}),
    minAge: _.lte(ageOn(v.birthDate, shanghaiDay(now))),
    ...(isInsured(v, now) ? {} : { needsInsurance: false }),
    ...Object.fromEntries(exclusionConditions(v.openid, 'grab').map((c) => [c.field, _.neq(c.not)]))
  }
}
