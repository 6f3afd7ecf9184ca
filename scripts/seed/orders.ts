// One community's orders for the bench data set, in every status, with the timelines the actions write (create →
// grab, or dispatch → accept → checkIn → checkOut → confirm / autoConfirm / dispute → resolve; cancelled ones),
// plus, for every finished order, its service record (repos/records.ts shape, id `order-<orderId>`) and its
// settlement in the time-bank ledger. Document shapes follow localcloud/src/demo/yearPlan.ts (which mirrors the
// repos). Finished orders lie in the 365 days before `now`; open ones in the last two days, so nothing is due for
// cron (awaiting-confirmation orders auto-confirm in the future).
// Every order is funded as public service, so a settlement is the issuing account paying the volunteer and no
// resident holds are open (the other fundings are exercised by tests, not by this volume data set).
import { createHash } from 'crypto'
import { SERVICE_CATEGORY_LABELS, type BuiltinCategory } from '../../src/shared/contracts/fields'
import { BEFORE_SERVICE_STATUSES, DEFAULT_CATALOG, DEFAULT_ORDER_RULES, FINAL_STATUSES, roundMinutes, type OrderStatus } from '../../src/shared/domain/order'
import { shanghaiDay } from '../../src/shared/time'
import { TYPICAL_MINUTES } from '../../localcloud/src/demo/yearPlan'
import { geo, near, type CommunityPeople } from './people'
import { weighted, type Rand } from './rng'

const MIN = 60000
const HOUR = 60 * MIN
const DAY = 24 * HOUR
const DESCRIPTIONS = [
  '帮我母亲量血压、陪她聊聊天',
  '帮忙去菜市场买菜',
  '教我用手机挂号',
  '厨房和阳台大扫除',
  '陪老人去医院复诊',
  '热水器打不着火',
  '辅导孩子数学作业',
  '咨询赡养费相关问题'
]
/** Share of orders per status: most are history; the open ones are what pools and boards show. */
export const STATUS_WEIGHTS: Record<OrderStatus, number> = {
  completed: 62,
  cancelled: 11,
  resolved: 2,
  pending: 7,
  dispatched: 3,
  accepted: 5,
  in_service: 2,
  awaiting_confirmation: 6,
  disputed: 2
}
const WEIGHTED = Object.entries(STATUS_WEIGHTS) as Array<[OrderStatus, number]> // in the order above: the seed stays the same
const FINISHED = new Set(FINAL_STATUSES)

export interface Settled {
  order: any
  minutes: number
  at: Date
}

/** The orders of one community, their records, and the settled orders (for the ledger). */
export function makeOrders(rand: Rand, p: CommunityPeople, count: number, now: Date) {
  const orders: any[] = []
  const records: any[] = []
  const settled: Settled[] = []
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]
  const coordinator = { openid: p.coordinators[0], name: '协调员' }
  for (let n = 0; n < count; n++) {
    const status = weighted(rand, WEIGHTED)
    const resident = pick(p.residents)
    const v = pick(p.volunteers)
    const category = pick(v.skills) as BuiltinCategory
    const finished = FINISHED.has(status)
    // Orders already checked in were created at least 5 h ago, so accept → check-in (≤ now − 3 h) stays in order.
    const openAge = !BEFORE_SERVICE_STATUSES.includes(status) ? 5 * HOUR + rand() * 35 * HOUR : 20 * MIN + rand() * 40 * HOUR
    const created = new Date(now.getTime() - (finished ? 3 * DAY + rand() * 360 * DAY : openAge))
    const requestId = `bench-${p.id}-${n}`
    const _id = createHash('sha256').update(`${resident.openid}\u0000${requestId}`).digest('hex').slice(0, 24)
    const shortNo = `${String(created.getUTCMonth() + 1).padStart(2, '0')}${String(created.getUTCDate()).padStart(2, '0')}-${_id.slice(0, 4).toUpperCase()}`
    const at = (ms: number) => new Date(created.getTime() + ms)
    const ev = (
      kind: string,
      when: Date,
      from: string | null,
      to: string,
      who: { openid: string; name: string } | null,
      byRole: string,
      note: string | null = null
    ) => ({ kind, at: when, from, to, byOpenid: who?.openid ?? null, byRole, byName: who?.name ?? '系统', onBehalfOf: null, note })
    const location = geo(near(rand, resident.location, 30))
    const windowStart = at((60 + Math.floor(rand() * 8) * 30) * MIN)
    const o: any = {
      _id,
      _openid: resident.openid,
      shortNo,
      communityId: p.id,
      area: p.name,
      requestId,
      createdBy: resident.openid,
      onBehalfOf: null,
      forLinkId: null,
      beneficiaryName: null,
      ownerOpenids: [resident.openid],
      category,
      description: pick(DESCRIPTIONS),
      photos: [],
      address: {
        addressId: resident.addressId,
        detail: resident.detail,
        contactName: resident.name,
        contactPhone: resident.phone,
        location: geo(resident.location)
      },
      location,
      exactLocation: true,
      windowStart,
      windowEnd: new Date(windowStart.getTime() + 3 * HOUR),
      urgency: rand() < 0.08 ? 'urgent' : 'normal',
      funding: 'public_service',
      estimatedMinutes: DEFAULT_CATALOG[category].defaultMinutes,
      skillsNeeded: DEFAULT_CATALOG[category].skills,
      minAge: DEFAULT_CATALOG[category].minAge,
      needsInsurance: DEFAULT_CATALOG[category].risky,
      status: 'pending',
      volunteerOpenid: null,
      volunteerId: null,
      volunteerName: null,
      volunteerNo: null,
      declinedBy: [],
      checkInCode: String(Math.floor(rand() * 10000)).padStart(4, '0'),
      slaDueAt: at(30 * MIN),
      escalated: false,
      escalatedAt: null,
      acceptedAt: null,
      checkInAt: null,
      checkInMethod: null,
      checkOutAt: null,
      autoConfirmAt: null,
      servedMinutes: null,
      finalMinutes: null,
      rating: null,
      dispute: null,
      cancelReason: null,
      events: [ev('create', created, null, 'pending', resident, 'owner')],
      createdAt: created,
      updatedAt: created
    }
    const push = (e: ReturnType<typeof ev>, patch: Record<string, unknown> = {}) => {
      o.events.push(e)
      Object.assign(o, patch, { status: e.to, updatedAt: e.at })
    }
    orders.push(o)
    if (status === 'pending') {
      if (now.getTime() - created.getTime() > 40 * MIN)
        push(ev('escalate', at(30 * MIN + 40000), 'pending', 'pending', null, 'system', '超过响应时限无人接单，已提醒协调员'), {
          escalated: true,
          escalatedAt: at(30 * MIN + 40000)
        })
      continue
    }
    if (status === 'cancelled' && rand() < 0.6) {
      push(ev('cancel', at((5 + rand() * 25) * MIN), 'pending', 'cancelled', resident, 'owner', '家人已经回来了'), { cancelReason: '家人已经回来了' })
      continue
    }
    const response = (2 + rand() * 25) * MIN
    const held = { volunteerOpenid: v.openid, volunteerId: v.id, volunteerName: v.name, volunteerNo: v.no }
    if (status === 'dispatched' || rand() < 0.35) {
      push(ev('dispatch', at(response - MIN), 'pending', 'dispatched', coordinator, 'coordinator'), held)
      if (status === 'dispatched') continue
      push(ev('accept', at(response), 'dispatched', 'accepted', v, 'assignee'), { acceptedAt: at(response) })
    } else push(ev('grab', at(response), 'pending', 'accepted', v, 'volunteer'), { ...held, acceptedAt: at(response) })
    if (status === 'accepted') continue
    if (status === 'cancelled') {
      const reason = '时间有变，改天再约'
      push(ev('cancel', new Date(o.acceptedAt.getTime() + (20 + rand() * 100) * MIN), 'accepted', 'cancelled', resident, 'owner', reason), {
        cancelReason: reason
      })
      continue
    }
    // Open orders check in before now; finished ones at their window.
    const checkIn = finished
      ? new Date(windowStart.getTime() + Math.floor(rand() * 15) * MIN)
      : new Date(Math.min(windowStart.getTime(), now.getTime() - 3 * HOUR))
    push(ev('checkIn', checkIn, 'accepted', 'in_service', v, 'assignee', '签到码签到'), { checkInAt: checkIn, checkInMethod: 'code' })
    if (status === 'in_service') continue
    const raw = Math.max(20, Math.round(TYPICAL_MINUTES[category] * (0.75 + rand() * 0.5)))
    const served = roundMinutes(raw, DEFAULT_ORDER_RULES.rounding)
    const checkOut = new Date(Math.min(checkIn.getTime() + raw * MIN, finished ? Infinity : now.getTime() - 10 * MIN))
    const autoConfirmAt = new Date(checkOut.getTime() + DEFAULT_ORDER_RULES.autoConfirmHours * HOUR)
    push(ev('checkOut', checkOut, 'in_service', 'awaiting_confirmation', v, 'assignee'), {
      checkOutAt: checkOut,
      servedMinutes: served,
      finalMinutes: served,
      autoConfirmAt
    })
    if (status === 'awaiting_confirmation') continue
    if (status === 'disputed' || status === 'resolved') {
      const disputedAt = new Date(Math.min(checkOut.getTime() + (1 + rand() * 5) * HOUR, now.getTime() - MIN))
      const dispute = {
        reason: '签退时间比实际晚了一些',
        byOpenid: resident.openid,
        at: disputedAt,
        resolution: null as string | null,
        minutes: null as number | null,
        resolvedBy: null as string | null
      }
      push(ev('dispute', disputedAt, 'awaiting_confirmation', 'disputed', resident, 'owner', dispute.reason), { dispute })
      if (status === 'disputed') continue
      const minutes = Math.max(15, served - 15)
      const ruledAt = new Date(disputedAt.getTime() + (2 + rand() * 20) * HOUR)
      push(ev('resolve', ruledAt, 'disputed', 'resolved', coordinator, 'coordinator', `${minutes}分钟：与双方核实后按实际时长计`), {
        finalMinutes: minutes,
        dispute: { ...dispute, resolution: '与双方核实后按实际时长计', minutes, resolvedBy: coordinator.openid }
      })
    } else if (rand() < 0.1) {
      push(ev('autoConfirm', autoConfirmAt, 'awaiting_confirmation', 'completed', null, 'system', '居民未在时限内确认，系统自动确认'))
    } else {
      const when = new Date(checkOut.getTime() + (10 + rand() * 300) * MIN)
      const stars = rand() < 0.7 ? 5 : rand() < 0.8 ? 4 : 3
      push(ev('confirm', when, 'awaiting_confirmation', 'completed', resident, 'owner', `${stars}星`), {
        rating: { stars, tags: stars >= 4 ? ['耐心细致'] : ['有待改进'], comment: null, at: when }
      })
    }
    const done = o.updatedAt as Date
    const minutes = o.finalMinutes as number
    Object.assign(o, { settledAt: done, settledMinutes: minutes })
    settled.push({ order: o, minutes, at: done })
    records.push({
      _id: `order-${o._id}`,
      volunteerOpenid: v.openid,
      volunteerId: v.id,
      volunteerName: v.name,
      volunteerNo: v.no,
      communityId: p.id,
      organizer: p.name,
      source: 'order',
      category,
      content: `${SERVICE_CATEGORY_LABELS[category]}服务`,
      place: p.name,
      date: shanghaiDay(checkIn),
      startAt: checkIn,
      endAt: checkOut,
      minutes,
      evaluation: o.rating ? { stars: o.rating.stars, comment: null } : null,
      correction: null,
      history: [],
      orderId: o._id,
      note: null,
      resolutionApplied: status === 'resolved',
      version: 1,
      createdAt: done,
      updatedAt: done
    })
  }
  return { orders, records, settled }
}
