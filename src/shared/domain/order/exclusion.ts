// Who may never serve an order, however eligible (skills, age, insurance: eligibility.ts):
// - nobody serves their own order (it would pay them with their own request);
// - nobody is offered again an order they declined or withdrew from (条例 art 22, 25);
// - a community-pool order is never grabbed: the pool pays only when a coordinator approves, and dispatching is
//   that approval;
// - an order of a category the community keeps out of the grab pool (catalogue `grabPool: false`, copied onto the
//   order as `route: 'dispatch'`) is served only by a coordinator's dispatch.
// ONE rule for the pool, grabbing, the candidate list and dispatch. It is written as data (EXCLUSIONS): each entry
// is a "field ≠ value" condition on the order, which exclusionProblems() evaluates in memory and the pool turns
// into its database filter (exclusionConditions) — so the pool never lists what a grab would refuse
// (tests/unit/orderExclusion.test.ts runs both forms over the same orders).

/** How the volunteer would come to serve the order: grabbing it from the pool, or sent by a coordinator. */
export type ServeWay = 'grab' | 'dispatch'

export interface ExclusionOrder {
  ownerOpenids: readonly string[]
  declinedBy: readonly string[]
  funding: string
  /** 'dispatch': the category is kept out of the grab pool (absent on orders older than the setting: open). */
  route?: string | null
}

interface Exclusion {
  field: keyof ExclusionOrder
  /** 'person': the volunteer's own openid must not be in the field; otherwise the field must not hold this value. */
  not: 'person' | string
  /** The reason shown, per way it applies (a way it does not apply to is absent). */
  reason: Partial<Record<ServeWay, string>>
}

export const EXCLUSIONS: readonly Exclusion[] = [
  { field: 'ownerOpenids', not: 'person', reason: { grab: '不能接自己发布的求助', dispatch: '不能派给下单人本人' } },
  { field: 'declinedBy', not: 'person', reason: { grab: '您已婉拒或退过此单', dispatch: '该志愿者已婉拒或退过此单' } },
  { field: 'funding', not: 'community_pool', reason: { grab: '公益池支付的求助由社区协调员审批后派单' } },
  { field: 'route', not: 'dispatch', reason: { grab: '该服务由社区协调员派单，不进入抢单大厅' } }
]

/** The rule for this volunteer and way as "field ≠ value" conditions on orders: an order passes iff it meets every one. */
export function exclusionConditions(openid: string, way: ServeWay): Array<{ field: keyof ExclusionOrder; not: string; reason: string }> {
  return EXCLUSIONS.filter((e) => e.reason[way]).map((e) => ({ field: e.field, not: e.not === 'person' ? openid : e.not, reason: e.reason[way]! }))
}

/** `field ≠ value` as a database reads it: an array field fails when any element equals the value. */
const holds = (v: unknown, x: string) => (Array.isArray(v) ? v.includes(x) : v === x)

/** Why this volunteer (`openid`) may never serve this order this way, in Chinese; empty when nothing excludes them. */
export function exclusionProblems(openid: string, o: ExclusionOrder, way: ServeWay): string[] {
  return exclusionConditions(openid, way)
    .filter((c) => holds(o[c.field], c.not))
    .map((c) => c.reason)
}

/**
 * The people the rule keeps from this order (for a filter on volunteers: the candidate list); `closed` when the
 * order itself is closed to the way, whoever the volunteer.
 */
export function excludedFrom(o: ExclusionOrder, way: ServeWay): { people: string[]; closed: boolean } {
  const people: string[] = []
  let closed = false
  for (const e of EXCLUSIONS.filter((x) => x.reason[way])) {
    if (e.not === 'person') people.push(...(o[e.field] as readonly string[]))
    else closed ||= holds(o[e.field], e.not)
  }
  return { people, closed }
}
