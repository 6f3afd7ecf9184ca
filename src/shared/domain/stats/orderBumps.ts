// What an order's changes do to the dashboard. Definitions (the raw recomputation replays an order's timeline
// through these same functions, event by event):
// - created: counted in the month the order was submitted, overall and per category;
// - accepted: the FIRST acceptance (accept or grab) only, in its month, with its response time (submit → accept);
// - completed: the first time the order reaches completed or resolved, in that month (a dispute later changes
//   nothing), overall and per category; cancelled: in the month of cancellation;
// - ratings: in the month the rating was given, good when 4 or 5 stars;
// - open escalations (a gauge): escalated orders still waiting for a volunteer (pending or dispatched), as the
//   调度台 shows them.
import { PAYABLE_STATUSES, UNASSIGNED_STATUSES, type OrderStatus } from '../order/status'
import { ACCEPTING_MOVES } from '../order/transitions'
import { addBumps, bump, bumpMonth, monthOf, NOW, type Bumps } from './bumps'
import { responseBucket } from './histogram'

export interface OrderEventFacts {
  kind: string
  at: Date
  from: OrderStatus | null
  to: OrderStatus
}
export interface OrderFacts {
  category: string
  createdAt: Date
  status: OrderStatus
  escalated: boolean
  rating: { stars: number; at: Date } | null
  events: readonly OrderEventFacts[]
  /** 'due': created but not yet counted by the settle worker — the replay leaves its creation to the worker too. */
  tally?: string | null
}

/** Reaching one of these (the first time) is the order's completion. */
const FINISHED = PAYABLE_STATUSES
/** A volunteer taking the order on themselves (accept, grab): the first is its acceptance. */
const ACCEPTS: readonly string[] = ACCEPTING_MOVES
const unassigned = (s: OrderStatus | null) => (s && UNASSIGNED_STATUSES.includes(s) ? 1 : 0)

export function orderCreatedBumps(o: Pick<OrderFacts, 'category' | 'createdAt'>): Bumps {
  const b: Bumps = {}
  const m = monthOf(o.createdAt)
  bumpMonth(b, m, 'ordersCreated')
  return bumpMonth(b, m, `categories.${o.category}.created`)
}

/** The bumps of one move: `before` is the order as it stood, `event` the move made, `after` what it became. */
export function orderMoveBumps(before: OrderFacts, event: OrderEventFacts, after: Pick<OrderFacts, 'rating'>): Bumps {
  const b: Bumps = {}
  const m = monthOf(event.at)
  if (event.kind === 'escalate') return before.escalated ? b : bump(b, NOW, 'openEscalations', unassigned(before.status))
  if (ACCEPTS.includes(event.kind) && !before.events.some((e) => ACCEPTS.includes(e.kind))) {
    bumpMonth(b, m, 'ordersAccepted')
    bumpMonth(b, m, `response.${responseBucket((event.at.getTime() - before.createdAt.getTime()) / 60000)}`)
  }
  if (FINISHED.includes(event.to) && !before.events.some((e) => FINISHED.includes(e.to))) {
    bumpMonth(b, m, 'ordersCompleted')
    bumpMonth(b, m, `categories.${before.category}.completed`)
  }
  if (event.to === 'cancelled' && before.status !== 'cancelled') bumpMonth(b, m, 'ordersCancelled')
  if (!before.rating && after.rating) {
    const rm = monthOf(after.rating.at)
    bumpMonth(b, rm, 'ratings')
    bumpMonth(b, rm, 'goodRatings', after.rating.stars >= 4 ? 1 : 0)
  }
  if (before.escalated) bump(b, NOW, 'openEscalations', unassigned(event.to) - unassigned(before.status))
  return b
}

/** Everything an order contributes, replayed from its stored timeline (the nightly rebuild). */
export function orderReplayBumps(o: OrderFacts): Bumps {
  const b = o.tally === 'due' ? {} : orderCreatedBumps(o)
  let state: OrderFacts = { ...o, status: 'pending', escalated: false, rating: null, events: o.events.slice(0, 1) }
  for (const e of o.events.slice(1)) {
    // The rating is written with the confirm move; the stored order keeps it, the timeline says when.
    const rating = o.rating && e.kind === 'confirm' ? o.rating : state.rating
    addBumps(b, orderMoveBumps(state, e, { rating }))
    state = { ...state, status: e.to, escalated: state.escalated || e.kind === 'escalate', rating, events: [...state.events, e] }
  }
  return b
}
