// A registered volunteer's lifecycle (条例 art 22: a volunteer who cannot serve gives notice; art 25: no forced
// assignment). Separate from the registration `status` (pending/approved/rejected): an approved volunteer is
// `active` unless they paused or left, or a coordinator suspended or revoked them with a reason. Only an active
// one is offered orders — the eligibility rule (order/eligibility.ts) reads lifecycleOf, so the pool, grabbing,
// candidates and dispatch all follow this one table. A stored document without the field is active.
export const VOLUNTEER_LIFECYCLES = ['active', 'paused', 'suspended', 'revoked', 'left'] as const
export type VolunteerLifecycle = (typeof VOLUNTEER_LIFECYCLES)[number]
/** Every lifecycle in which the volunteer is offered no order. */
export const NOT_SERVING_LIFECYCLES: readonly VolunteerLifecycle[] = VOLUNTEER_LIFECYCLES.filter((l) => l !== 'active')

export const LIFECYCLE_LABELS: Record<VolunteerLifecycle, string> = {
  active: '服务中',
  paused: '暂停接单',
  suspended: '已被暂停服务',
  revoked: '已被取消志愿者资格',
  left: '已退出'
}

export type LifecycleMove = 'pause' | 'resume' | 'leave' | 'suspend' | 'reinstate' | 'revoke'
/**
 * Each move: the lifecycles it starts from, where it goes, who makes it, and whether the volunteer must first be
 * rid of the orders they hold (a coordinator reassigns them: an order is never left with someone who cannot serve).
 */
export const LIFECYCLE_MOVES: Record<
  LifecycleMove,
  { from: readonly VolunteerLifecycle[]; to: VolunteerLifecycle; by: 'self' | 'coordinator'; needsNoOpenOrders: boolean }
> = {
  pause: { from: ['active'], to: 'paused', by: 'self', needsNoOpenOrders: false },
  resume: { from: ['paused'], to: 'active', by: 'self', needsNoOpenOrders: false },
  leave: { from: ['active', 'paused', 'suspended'], to: 'left', by: 'self', needsNoOpenOrders: true },
  suspend: { from: ['active', 'paused'], to: 'suspended', by: 'coordinator', needsNoOpenOrders: true },
  reinstate: { from: ['suspended'], to: 'active', by: 'coordinator', needsNoOpenOrders: false },
  revoke: { from: ['active', 'paused', 'suspended'], to: 'revoked', by: 'coordinator', needsNoOpenOrders: true }
}

export function lifecycleOf(v: { lifecycle?: string | null }): VolunteerLifecycle {
  const l = v.lifecycle ?? 'active'
  return (VOLUNTEER_LIFECYCLES as readonly string[]).includes(l) ? (l as VolunteerLifecycle) : 'active'
}
