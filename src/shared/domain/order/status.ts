// Order statuses and their Chinese names. `completed`, `resolved` and `cancelled` are final: nothing leaves them
// except `completed` → `disputed` (the resident may still dispute a finished order).
export const ORDER_STATUSES = ['pending', 'dispatched', 'accepted', 'in_service', 'awaiting_confirmation', 'completed', 'disputed', 'resolved', 'cancelled'] as const
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

/** Waiting for a volunteer: the SLA clock runs and the order may escalate. */
export const UNASSIGNED_STATUSES: readonly OrderStatus[] = ['pending', 'dispatched']
/** A volunteer holds it: it counts toward that volunteer's load. */
export const ASSIGNED_OPEN_STATUSES: readonly OrderStatus[] = ['dispatched', 'accepted', 'in_service']
/**
 * While the order is in one of these, the assigned volunteer may see the recipient's address detail, phone
 * and photos (条例 art 21): from accepting until the service is confirmed.
 */
export const PRIVATE_VISIBLE_TO_VOLUNTEER: readonly OrderStatus[] = ['accepted', 'in_service', 'awaiting_confirmation']
export const FINAL_STATUSES: readonly OrderStatus[] = ['completed', 'resolved', 'cancelled']

export const URGENCIES = ['normal', 'urgent'] as const
export const URGENCY_LABELS = { normal: '普通', urgent: '紧急' } as const

/** Who pays the hours (the time bank settles them). */
export const FUNDINGS = ['own_hours', 'community_pool', 'public_service'] as const
export const FUNDING_LABELS = { own_hours: '用我的时间', community_pool: '社区公益池', public_service: '公益服务（免费）' } as const
