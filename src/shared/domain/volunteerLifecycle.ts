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

/** Takes part in anything (orders, project sign-ups): only an active volunteer. */
export const isServing = (v: { lifecycle?: string | null }): boolean => lifecycleOf(v) === 'active'

/**
 * Lifecycles that end the registration for good: a volunteer who left or was revoked is no longer one of the
 * community's registered volunteers (工作台 注册志愿者). Paused and suspended ones still are: they may come back.
 */
export const ENDED_LIFECYCLES: readonly VolunteerLifecycle[] = ['left', 'revoked']
/** An approved registration that still counts among the community's registered volunteers. */
export const countsAsRegistered = (v: { status: string; lifecycle?: string | null }): boolean =>
  v.status === 'approved' && !ENDED_LIFECYCLES.includes(lifecycleOf(v))

/** The moves `by` may make from this lifecycle, in the table's order: the buttons a page shows. */
export function movesFrom(lifecycle: VolunteerLifecycle, by: 'self' | 'coordinator'): LifecycleMove[] {
  return (Object.keys(LIFECYCLE_MOVES) as LifecycleMove[]).filter((m) => LIFECYCLE_MOVES[m].by === by && LIFECYCLE_MOVES[m].from.includes(lifecycle))
}

export const LIFECYCLE_MOVE_LABELS: Record<LifecycleMove, string> = {
  pause: '暂停接单',
  resume: '恢复接单',
  leave: '退出志愿服务',
  suspend: '暂停资格',
  reinstate: '恢复资格',
  revoke: '撤销资格'
}
