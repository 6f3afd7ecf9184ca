// The demo's year of history as plain documents (seedYear.ts writes them): finished orders with the timelines
// the product writes (create → grab, or dispatch → accept → checkIn → checkOut → confirm with a rating /
// auto-confirm / dispute → resolve; some cancelled before service, a few escalated first), their service
// records, and 随手拍 reports with close events. Pure and deterministic: a fixed pseudo-random sequence, so the
// same `now` gives the same year. Every time lies in the 12 China-time months ending with now's month and
// before now; nothing is left for cron or settle to do (no order waits for confirmation, a volunteer or its pay).
import { SERVICE_CATEGORY_LABELS, type BuiltinCategory } from '../../../src/shared/contracts/fields'
import { roundMinutes, DEFAULT_ORDER_RULES } from '../../../src/shared/domain/order'
import { formatShanghai, shanghaiDay } from '../../../src/shared/time'

export interface YearVolunteer {
  openid: string
  id: string
  name: string
  no: string | null
  skills: string[]
}
export interface YearPerson {
  openid: string
  name: string
}
/** What the year adds per China-time month, counted the way the 工作台 counts it (src/shared/domain/stats). */
export interface MonthAdded {
  created: number
  completed: number
  cancelled: number
  servedMinutes: number
  ratings: number
  goodRatings: number
  reportsFiled: number
  reportsClosed: number
}

const MIN = 60000
const HOUR = 60 * MIN
const DAY = 24 * HOUR
export const YEAR_ORDER_PREFIX = 'demo-year-'

/** Share of requests per category (elder visits and companionship dominate, as in the seeds' communities). */
const CATEGORY_WEIGHTS: Array<[BuiltinCategory, number]> = [
  ['elder_visit', 22],
  ['companionship', 14],
  ['shopping', 14],
  ['phone_lessons', 12],
  ['cleaning', 9],
  ['medical_advice', 8],
  ['escort', 7],
  ['repair', 6],
  ['tutoring', 5],
  ['legal_advice', 3]
]
/** A visit's typical length (minutes); the scale seed (scripts/seed/orders.ts) draws from the same table. */
export const TYPICAL_MINUTES: Record<BuiltinCategory, number> = {
  elder_visit: 60,
  companionship: 60,
  shopping: 45,
  phone_lessons: 60,
  cleaning: 120,
  medical_advice: 45,
  escort: 150,
  repair: 60,
  tutoring: 90,
  legal_advice: 60
}
/** Calendar months 1–12: Spring Festival visits (Jan–Feb), 学雷锋月 (March), a quieter summer and Golden Week. */
const SEASON = [1.25, 1.15, 1.35, 1.0, 0.95, 0.85, 0.95, 0.95, 0.95, 0.8, 1.05, 1.15]
const DESCRIPTIONS: Record<BuiltinCategory, string[]> = {
  elder_visit: ['帮我母亲量血压、陪她聊聊天', '探望独居的父亲，看看家里是否安全', '节前上门看望老人'],
  companionship: ['陪老人下棋聊天', '陪奶奶去公园散步', '陪独居老人吃顿午饭'],
  shopping: ['帮忙去菜市场买菜', '帮忙去药店买降压药', '帮忙取快递和买米'],
  phone_lessons: ['教我用手机挂号', '教我用微信视频通话', '教我用手机交水电费'],
  cleaning: ['厨房和阳台大扫除', '帮忙清洗油烟机', '整理老人房间'],
  medical_advice: ['咨询老人用药注意事项', '老人血糖偏高，想问问饮食', '帮看看体检报告'],
  escort: ['陪老人去医院复诊', '陪同去社区卫生站打针', '陪老人去医院做检查'],
  repair: ['热水器打不着火', '门锁坏了帮忙看看', '电视机没有信号'],
  tutoring: ['辅导孩子数学作业', '辅导孩子英语口语', '帮孩子复习语文'],
  legal_advice: ['咨询赡养费相关问题', '租房合同纠纷咨询', '咨询遗嘱怎么写']
}
const REPORTS: Array<[string, string, string]> = [
  ['sanitation', '楼道堆放杂物和垃圾', '文昌一路12号楼道'],
  ['facility_damage', '小区路灯不亮', '文昌一路中段'],
  ['street_vending', '人行道上有占道摆摊', '文昌市场门口'],
  ['safety_hazard', '电动车在楼道充电', '文昌二路5栋'],
  ['facility_damage', '健身器材松动', '文昌社区小广场'],
  ['sanitation', '绿化带有积水发臭', '文昌一路东侧']
]

/** mulberry32: a small deterministic generator. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * The 12 China-time months of the demo year: ending with now's month, or with the month before while now's month
 * is less than two days old (so every one of the 12 has activity).
 */
export function yearMonths(now: Date): Array<{ month: string; start: Date; end: Date }> {
  const [y, m] = formatShanghai(new Date(now.getTime() - 2 * DAY), 'YYYY-MM')
    .split('-')
    .map(Number)
  return Array.from({ length: 12 }, (_, i) => {
    const start = new Date(Date.UTC(y, m - 12 + i, 1) - 8 * HOUR)
    const end = new Date(Date.UTC(y, m - 11 + i, 1) - 8 * HOUR)
    return { month: formatShanghai(start, 'YYYY-MM'), start, end }
  })
}

export function planYear(p: {
  now: Date
  communityId: string
  area: string
  volunteers: YearVolunteer[]
  residents: YearPerson[]
  coordinator: YearPerson
  location: () => unknown
}) {
  const rand = rng(20261123)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]
  const weighted = <T>(xs: ReadonlyArray<[T, number]>) => {
    let r = rand() * xs.reduce((s, [, w]) => s + w, 0)
    for (const [x, w] of xs) if ((r -= w) < 0) return x
    return xs[xs.length - 1][0]
  }
  const added: Record<string, MonthAdded> = {}
  const monthAt = (at: Date | string) =>
    (added[typeof at === 'string' ? at : formatShanghai(at, 'YYYY-MM')] ??= {
      created: 0,
      completed: 0,
      cancelled: 0,
      servedMinutes: 0,
      ratings: 0,
      goodRatings: 0,
      reportsFiled: 0,
      reportsClosed: 0
    })
  const latest = p.now.getTime() - 30 * MIN // the year is history: every event before this
  const months = yearMonths(p.now)
  // Busier volunteers take more: a few carry much of the load, as in any community.
  const effort = new Map(p.volunteers.map((v, i) => [v.openid, 1 + ((i * 7) % 5) * 0.45]))
  const orders: any[] = []
  const records: any[] = []
  const reports: any[] = []

  months.forEach(({ start, end }, i) => {
    const open = Math.min(end.getTime(), latest - 8 * HOUR) - start.getTime()
    const calMonth = Number(formatShanghai(start, 'M'))
    const count = Math.max(2, Math.round(38 * SEASON[calMonth - 1] * (0.85 + 0.3 * (i / 11)) * Math.min(1, open / (30 * DAY))))
    for (let k = 0; k < count; k++) orders.push(makeOrder(start.getTime() + rand() * open))
    const filed = 2 + Math.floor(rand() * 2)
    for (let k = 0; k < filed; k++) reports.push(makeReport(start.getTime() + rand() * open))
  })

  function makeOrder(createdMs: number) {
    const n = orders.length + 1
    const id = `${YEAR_ORDER_PREFIX}${String(n).padStart(4, '0')}`
    const category = weighted(CATEGORY_WEIGHTS)
    const resident = pick(p.residents)
    // Daytime requests (07:00–20:00 China time), whatever instant the month drew.
    const day = createdMs - ((createdMs + 8 * HOUR) % DAY)
    const created = new Date(Math.min(day + 7 * HOUR + rand() * 13 * HOUR, latest - 8 * HOUR))
    const fit = p.volunteers.filter((v) => v.skills.includes(category))
    const pool = fit.length && rand() < 0.8 ? fit : p.volunteers
    const v = weighted(pool.map((x) => [x, effort.get(x.openid) ?? 1] as [YearVolunteer, number]))
    const urgent = rand() < 0.08
    const sla = urgent ? DEFAULT_ORDER_RULES.urgentSlaMinutes : DEFAULT_ORDER_RULES.slaMinutes
    // Submit → first acceptance: mostly minutes, sometimes hours (median ≈ 15 min, p90 ≈ 2 h).
    // The last four days take the short path (quick response, same-day visit, confirmed within the hour), so
    // every timeline ends before now; older orders may wait days for an auto-confirmation.
    const recent = latest - created.getTime() < 4 * DAY
    const r = recent ? 0 : rand()
    const response = Math.round(r < 0.55 ? 2 + rand() * 18 : r < 0.85 ? 20 + rand() * 70 : 90 + rand() * 270)
    const events: any[] = [ev('create', created, null, 'pending', resident, 'owner')]
    const at = (ms: number) => new Date(created.getTime() + ms)
    const escalated = response > sla + 5 && rand() < 0.6
    if (escalated) events.push(ev('escalate', at(sla * MIN + 40000), 'pending', 'pending', null, 'system', '超过响应时限无人接单，已提醒协调员'))
    const accepted = at(response * MIN)
    const viaDispatch = escalated || rand() < 0.4
    if (viaDispatch) {
      const dispatched = Math.max(accepted.getTime() - Math.min(response - 1, 10) * MIN, escalated ? events[1].at.getTime() + MIN : 0)
      events.push(ev('dispatch', new Date(dispatched), 'pending', 'dispatched', p.coordinator, 'coordinator'))
      events.push(ev('accept', accepted, 'dispatched', 'accepted', v, 'assignee'))
    } else events.push(ev('grab', accepted, 'pending', 'accepted', v, 'volunteer'))
    const windowStart = new Date(accepted.getTime() + (30 + (recent ? 0 : Math.floor(rand() * 20) * 15)) * MIN)
    const o: any = {
      _id: id,
      _openid: resident.openid,
      shortNo: `${formatShanghai(created, 'MMDD')}-Y${String(n % 1000).padStart(3, '0')}`,
      communityId: p.communityId,
      area: p.area,
      requestId: id,
      createdBy: resident.openid,
      onBehalfOf: null,
      forLinkId: null,
      beneficiaryName: null,
      ownerOpenids: [resident.openid],
      category,
      description: pick(DESCRIPTIONS[category]),
      photos: [],
      address: {
        addressId: `demo-year-address-${resident.openid}`,
        detail: `文昌一路${10 + (n % 40)}号`,
        contactName: resident.name,
        contactPhone: `137${String(30000000 + n * 7907).slice(-8)}`,
        location: p.location()
      },
      location: p.location(),
      exactLocation: true,
      windowStart,
      windowEnd: new Date(windowStart.getTime() + 3 * HOUR),
      urgency: urgent ? 'urgent' : 'normal',
      // Shown as public-service orders whose hours were settled outside this demo (no ledger postings).
      funding: 'public_service',
      estimatedMinutes: TYPICAL_MINUTES[category],
      skillsNeeded: [category],
      minAge: 18,
      needsInsurance: false,
      status: 'pending',
      volunteerOpenid: v.openid,
      volunteerId: v.id,
      volunteerName: v.name,
      volunteerNo: v.no,
      declinedBy: [],
      checkInCode: String(Math.floor(rand() * 10000)).padStart(4, '0'),
      slaDueAt: at(sla * MIN),
      escalated,
      escalatedAt: escalated ? events[1].at : null,
      acceptedAt: accepted,
      checkInAt: null,
      checkInMethod: null,
      checkOutAt: null,
      autoConfirmAt: null,
      servedMinutes: null,
      finalMinutes: null,
      rating: null,
      dispute: null,
      cancelReason: null,
      events,
      createdAt: created,
      updatedAt: created
    }
    monthAt(created).created++
    const fate = recent ? 0.5 : rand()
    if (fate < 0.075) {
      // Cancelled before the visit, by the resident or by the coordinator on their behalf.
      const byCoordinator = rand() < 0.3
      const when = new Date(accepted.getTime() + (20 + rand() * 120) * MIN)
      const reason = byCoordinator ? '居民来电说不需要了' : pick(['家人已经回来了', '时间有变，改天再约', '问题已经自己解决了'])
      events.push(ev('cancel', when, 'accepted', 'cancelled', byCoordinator ? p.coordinator : resident, byCoordinator ? 'coordinator' : 'owner', reason))
      monthAt(when).cancelled++
      return finish(o, 'cancelled', { cancelReason: reason })
    }
    const checkIn = new Date(windowStart.getTime() + Math.floor(rand() * 15) * MIN)
    const raw = Math.max(20, Math.round(TYPICAL_MINUTES[category] * (0.75 + rand() * 0.5)))
    const served = roundMinutes(raw, DEFAULT_ORDER_RULES.rounding)
    const checkOut = new Date(checkIn.getTime() + raw * MIN)
    events.push(ev('checkIn', checkIn, 'accepted', 'in_service', v, 'assignee', '签到码签到'))
    events.push(ev('checkOut', checkOut, 'in_service', 'awaiting_confirmation', v, 'assignee'))
    const base = {
      checkInAt: checkIn,
      checkInMethod: 'code',
      checkOutAt: checkOut,
      servedMinutes: served,
      finalMinutes: served,
      autoConfirmAt: new Date(checkOut.getTime() + DEFAULT_ORDER_RULES.autoConfirmHours * HOUR)
    }
    if (fate < 0.095) {
      // The resident disputed the minutes; the coordinator ruled a shorter visit.
      const disputedAt = new Date(checkOut.getTime() + (1 + rand() * 5) * HOUR)
      const ruledAt = new Date(disputedAt.getTime() + (2 + rand() * 20) * HOUR)
      const minutes = Math.max(15, served - 15)
      events.push(ev('dispute', disputedAt, 'awaiting_confirmation', 'disputed', resident, 'owner', '签退时间比实际晚了一些'))
      events.push(ev('resolve', ruledAt, 'disputed', 'resolved', p.coordinator, 'coordinator', `${minutes}分钟：与双方核实后按实际时长计`))
      monthAt(ruledAt).completed++
      const dispute = {
        reason: '签退时间比实际晚了一些',
        byOpenid: resident.openid,
        at: disputedAt,
        resolution: '与双方核实后按实际时长计',
        minutes,
        resolvedBy: p.coordinator.openid
      }
      return finish(o, 'resolved', { ...base, finalMinutes: minutes, dispute }, minutes, null)
    }
    if (fate < 0.17) {
      // Not confirmed in time: confirmed by the system after 72 hours, without a rating.
      const when = base.autoConfirmAt
      events.push(ev('autoConfirm', when, 'awaiting_confirmation', 'completed', null, 'system', '居民未在时限内确认，系统自动确认'))
      monthAt(when).completed++
      return finish(o, 'completed', base, served, null)
    }
    const when = new Date(checkOut.getTime() + (10 + rand() * (recent ? 50 : 300)) * MIN)
    const s = rand()
    const stars = s < 0.7 ? 5 : s < 0.93 ? 4 : s < 0.98 ? 3 : 2
    const tags = stars >= 4 ? [pick(['耐心细致', '准时守约', '热情友善', '专业高效', '沟通顺畅'])] : ['有待改进']
    const rating = { stars, tags, comment: stars >= 4 ? (rand() < 0.3 ? '谢谢志愿者，服务很好' : null) : '希望下次更准时', at: when }
    events.push(ev('confirm', when, 'awaiting_confirmation', 'completed', resident, 'owner', `${stars}星`))
    monthAt(when).completed++
    monthAt(when).ratings++
    if (stars >= 4) monthAt(when).goodRatings++
    return finish(o, 'completed', { ...base, rating }, served, rating)
  }

  /** Closes the order's document: final status, patch, settled marks and its service record. */
  function finish(o: any, status: string, patch: Record<string, unknown>, minutes = 0, rating: { stars: number; comment: string | null } | null = null) {
    const last = o.events[o.events.length - 1].at as Date
    Object.assign(o, patch, { status, updatedAt: last })
    if (status === 'cancelled') return o
    // Hours settled when finished: the settle function's settleDue pays only orders whose settledAt is null
    // (repos/orders.unsettledSince), so it leaves these alone.
    Object.assign(o, { settledAt: last, settledMinutes: minutes })
    const checkIn = o.checkInAt as Date
    records.push({
      _id: `order-${o._id}`,
      volunteerOpenid: o.volunteerOpenid,
      volunteerId: o.volunteerId,
      volunteerName: o.volunteerName,
      volunteerNo: o.volunteerNo,
      communityId: o.communityId,
      organizer: o.area,
      source: 'order',
      category: o.category,
      content: `${SERVICE_CATEGORY_LABELS[o.category as BuiltinCategory]}服务`,
      place: o.area,
      date: shanghaiDay(checkIn),
      startAt: checkIn,
      endAt: o.checkOutAt,
      minutes,
      evaluation: rating ? { stars: rating.stars, comment: rating.comment } : null,
      correction: null,
      history: [],
      orderId: o._id,
      note: null,
      resolutionApplied: status === 'resolved',
      version: 1,
      createdAt: last,
      updatedAt: last
    })
    monthAt(shanghaiDay(checkIn).slice(0, 7)).servedMinutes += minutes
    return o
  }

  function makeReport(createdMs: number) {
    const n = reports.length + 1
    const [category, description, place] = REPORTS[n % REPORTS.length]
    const reporter = pick(p.residents)
    const day = createdMs - ((createdMs + 8 * HOUR) % DAY)
    const created = new Date(Math.min(day + 8 * HOUR + rand() * 10 * HOUR, latest - 8 * HOUR))
    const v = pick(p.volunteers)
    const events: any[] = [rev('create', created, null, 'filed', reporter, 'reporter')]
    const step = (after: Date, hours: number) => new Date(Math.min(after.getTime() + (1 + rand() * hours) * HOUR, latest))
    const dispatched = step(created, 6)
    events.push(rev('dispatch', dispatched, 'filed', 'dispatched', p.coordinator, 'coordinator'))
    const doc: any = {
      _id: `${YEAR_ORDER_PREFIX}report-${String(n).padStart(3, '0')}`,
      _openid: reporter.openid,
      requestId: `${YEAR_ORDER_PREFIX}report-${n}`,
      communityId: p.communityId,
      reporterOpenid: reporter.openid,
      category,
      description,
      location: p.location(),
      place,
      photos: [],
      status: 'dispatched',
      assigneeKind: 'volunteer',
      assigneeOpenid: v.openid,
      assigneeTeamId: null,
      assigneeName: v.name,
      rectifyNote: null,
      reopenReason: null,
      events,
      createdAt: created,
      updatedAt: dispatched
    }
    monthAt(created).reportsFiled++
    // Most are rectified and closed within days; about one in eight is still being handled (or never was).
    if (rand() < 0.08) return doc
    const rectified = step(dispatched, 48)
    events.push(rev('rectify', rectified, 'dispatched', 'rectified', v, 'assignee', '已处理完毕'))
    let closed = step(rectified, 24)
    if (rand() < 0.15) {
      // Not good enough the first time: reopened, rectified again, closed.
      events.push(rev('reopen', closed, 'rectified', 'reopened', p.coordinator, 'coordinator', '现场仍未清理干净'))
      events.push(rev('dispatch', step(closed, 4), 'reopened', 'dispatched', p.coordinator, 'coordinator'))
      events.push(rev('rectify', step(events[events.length - 1].at, 24), 'dispatched', 'rectified', v, 'assignee', '已再次清理'))
      closed = step(events[events.length - 1].at, 12)
      doc.reopenReason = '现场仍未清理干净'
    }
    events.push(rev('close', closed, 'rectified', 'closed', p.coordinator, 'coordinator'))
    monthAt(closed).reportsClosed++
    return Object.assign(doc, { status: 'closed', rectifyNote: events[events.length - 2].note, updatedAt: closed })
  }

  function ev(kind: string, at: Date, from: string | null, to: string, who: YearPerson | YearVolunteer | null, byRole: string, note: string | null = null) {
    return { kind, at, from, to, byOpenid: who?.openid ?? null, byRole, byName: who?.name ?? '系统', onBehalfOf: null, note }
  }
  function rev(kind: string, at: Date, from: string | null, to: string, who: YearPerson, byRole: string, note: string | null = null) {
    return { kind, at, from, to, byOpenid: who.openid, byRole, byName: who.name, note }
  }

  return { orders, records, reports, added, months: months.map((m) => m.month) }
}
