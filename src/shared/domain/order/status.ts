// Order statuses and their Chinese names. `completed`, `resolved` and `cancelled` are final: nothing leaves them
// except `completed` → `disputed` (the resident may still dispute a finished order).
export const ORDER_STATUSES = [
  'pending',
  'dispatched',
  'accepted',
  'in_service',
  'awaiting_confirmation',
  'completed',
  'disputed',
  'resolved',
  'cancelled'
] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  pending: '待派单',
  dispatched: '已派单',
  accepted: '已接单',
  in_service: '服务中',
  awaiting_confirmation: '待确认',
  completed: '已完成',
  disputed: '申诉中',
  resolved: '已裁定',
  cancelled: '已取消'
}

// Named groups of statuses. Every list of statuses the code needs lives here, with what it means, so no server
// query, job or page retypes one (tests/unit/orderStatusGroups.test.ts holds the groups to the transition table).

/** Waiting for a volunteer: the SLA clock runs and the order may escalate. */
export const UNASSIGNED_STATUSES: readonly OrderStatus[] = ['pending', 'dispatched']
/** A volunteer holds it: it counts toward that volunteer's load. */
export const ASSIGNED_OPEN_STATUSES: readonly OrderStatus[] = ['dispatched', 'accepted', 'in_service']
/**
 * A volunteer has it (dispatched to or taken by them) and the service is not yet confirmed: to anyone else trying
 * to grab it, it is taken (手慢了, ORDER_TAKEN).
 */
export const HELD_STATUSES: readonly OrderStatus[] = ['dispatched', 'accepted', 'in_service', 'awaiting_confirmation']
/**
 * While the order is in one of these, the assigned volunteer may see the recipient's address detail, phone
 * and photos (条例 art 21): from accepting until the service is confirmed. The resident sees who is coming in the
 * same span.
 */
export const PRIVATE_VISIBLE_TO_VOLUNTEER: readonly OrderStatus[] = ['accepted', 'in_service', 'awaiting_confirmation']
/**
 * Service has not started: the resident keeps the check-in code to read out, the order may still be cancelled
 * (the `cancel` move's `from`), a coordinator may still send it to someone (派单/改派), and an account may be erased
 * by cancelling it.
 */
export const BEFORE_SERVICE_STATUSES: readonly OrderStatus[] = ['pending', 'dispatched', 'accepted']
/** The service is not over (nobody has checked out): once the window has ended, such an order is overdue. */
export const UNSERVED_STATUSES: readonly OrderStatus[] = ['pending', 'dispatched', 'accepted', 'in_service']
/**
 * Served and accepted — confirmed, auto-confirmed, or ruled on after a dispute: the minutes are final, the settle
 * worker pays them and writes the service record, and the 工作台 counts the order completed.
 */
export const PAYABLE_STATUSES: readonly OrderStatus[] = ['completed', 'resolved']
/** Nothing more happens to the order (but a completed one may still be disputed). */
export const FINAL_STATUSES: readonly OrderStatus[] = ['completed', 'resolved', 'cancelled']
/** Every status but the final ones: what the 调度台 and "my open orders" list. */
export const OPEN_STATUSES: readonly OrderStatus[] = ORDER_STATUSES.filter((s) => !FINAL_STATUSES.includes(s))
/**
 * Not over for the person in it until paid: everything but a cancelled order (a completed or resolved one still
 * waits for its settlement). Erasing an account waits on these.
 */
export const NOT_CANCELLED_STATUSES: readonly OrderStatus[] = ORDER_STATUSES.filter((s) => s !== 'cancelled')

export const URGENCIES = ['normal', 'urgent'] as const
export const URGENCY_LABELS = { normal: '普通', urgent: '紧急' } as const

/** Who pays the hours (the time bank settles them). */
export const FUNDINGS = ['own_hours', 'community_pool', 'public_service'] as const
export const FUNDING_LABELS = { own_hours: '用我的时间', community_pool: '社区公益池', public_service: '公益服务（免费）' } as const
