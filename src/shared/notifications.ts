// Subscribe-message templates (订阅消息). The template IDs are the ones configured for the mini-program in the
// WeChat admin console; the server sends with them and the client asks the user to subscribe to the same IDs at
// the natural moment (the resident after submitting, the volunteer after taking an order, coordinators on the board).
// Locally the openapi stand-in writes each message to `_local_outbox` instead of a phone.
export const NOTICE_KINDS = ['dispatched', 'accepted', 'checked_in', 'completed', 'escalated'] as const
export type NoticeKind = (typeof NOTICE_KINDS)[number]

export const NOTICE_TEMPLATES: Record<NoticeKind, string> = {
  dispatched: 'tmpl-order-dispatched',
  accepted: 'tmpl-order-accepted',
  checked_in: 'tmpl-order-checked-in',
  completed: 'tmpl-order-completed',
  escalated: 'tmpl-order-escalated'
}

/** What each role is asked to subscribe to (at most 3 per request, a WeChat limit). */
export const SUBSCRIBE_FOR = {
  resident: ['accepted', 'checked_in', 'completed'],
  volunteer: ['dispatched'],
  coordinator: ['escalated']
} as const satisfies Record<string, readonly NoticeKind[]>
