// Demo orders in every status, made the way people make them: residents add an address and submit through the
// `api` function, the coordinator dispatches, volunteers accept, grab, check in with the resident's code, check
// out, decline and withdraw, residents confirm with ratings and dispute, the coordinator resolves and cancels;
// the `cron` function escalates one late order and computes volunteer stats (so candidates show ratings).
// Only the clock is staged: the product stamps every step "now", so after the steps that make sense in the past
// an order's own timestamps are shifted back as one block (its timeline stays in order, and served minutes —
// check-out minus check-in — come out as a real visit's). Runs after seedDemo + seedVolunteers (17 approved
// volunteers, 30 residents of community-wenchang); does nothing if the coordinator's board already has orders.
// `now` is the demo's instant (seedAll.ts): the order windows and the timers' runs are set from it, and the api
// function's clock is expected to read it too (it stamps each step).
import type { FunctionRuntime } from '../runtime'
import { DEMO_COORDINATOR, demoResident, demoVolunteer } from './ids'
import { DEMO_LINK_ACTIVE } from './seedTeamsFamily'

type Runtime = Pick<FunctionRuntime, 'invoke'>
const MIN = 60000
const DAY = 24 * 60 * MIN

export async function seedOrders(runtime: Runtime, db: any, now: Date): Promise<number> {
  const call = async (openid: string, action: string, input: unknown): Promise<any> => {
    const { result } = await runtime.invoke('api', { action, input }, openid)
    const reply = result as { ok: boolean; data?: any; error?: { code: string } }
    if (!reply.ok) throw new Error(`demo ${action} for ${openid} failed: ${reply.error?.code}`)
    return reply.data
  }
  if ((await call(DEMO_COORDINATOR, 'orders.board', {})).items.length > 0) return 0

  const addressOf = new Map<number, string>()
  const volunteerIdOf = new Map<number, string>()
  const vid = async (n: number) => volunteerIdOf.get(n) ?? volunteerIdOf.set(n, (await call(demoVolunteer(n), 'volunteers.me', {})).volunteer.id).get(n)!
  /** Shifts every time on the order (and its timeline) `ms` into the past. */
  const backdate = async (orderId: string, ms: number) => {
    const { data: o } = await db.collection('orders').doc(orderId).get()
    const back = (d: Date) => new Date(new Date(d).getTime() - ms)
    const patch: Record<string, unknown> = { events: o.events.map((e: any) => ({ ...e, at: back(e.at) })) }
    for (const [k, v] of Object.entries(o)) if (v instanceof Date) patch[k] = back(v)
    for (const k of ['rating', 'dispute']) if (o[k]?.at) patch[`${k}.at`] = back(o[k].at)
    await db.collection('orders').doc(orderId).update({ data: patch })
  }

  let seq = 0
  /** Resident `r` (joined, with an address near the community) asks for `category`; the window starts `startsIn` from now. */
  const submit = async (r: number, category: string, description: string, over: { startsIn?: number; urgency?: string; forLinkId?: string } = {}) => {
    await call(demoResident(r), 'communities.join', { code: 'HZJB01' }) // already a member: changes nothing
    if (!addressOf.has(r)) {
      const a = await call(demoResident(r), 'addresses.add', {
        label: '家',
        detail: `文昌一路${10 + r}号${(r % 6) + 1}栋${100 * ((r % 9) + 1) + 2}`,
        contactName: `居民${r}`,
        contactPhone: `137${String(20000000 + r * 104729).slice(-8)}`,
        location: { longitude: 114.41 + (r % 7) * 0.0008, latitude: 23.11 + (r % 5) * 0.0006 }
      })
      addressOf.set(r, a.id)
    }
    const start = now.getTime() + (over.startsIn ?? 2 * 60 * MIN)
    const o = await call(demoResident(r), 'orders.create', {
      requestId: `demo-order-${String(++seq).padStart(2, '0')}`,
      category,
      description,
      addressId: addressOf.get(r),
      windowStart: new Date(start).toISOString(),
      windowEnd: new Date(start + 3 * 60 * MIN).toISOString(),
      urgency: over.urgency ?? 'normal',
      ...(over.forLinkId ? { forLinkId: over.forLinkId } : {})
    })
    return { ...o, r }
  }
  const dispatch = async (o: any, v: number) => call(DEMO_COORDINATOR, 'orders.dispatch', { orderId: o.id, volunteerId: await vid(v) })
  const accept = async (o: any, v: number) => {
    await dispatch(o, v)
    return call(demoVolunteer(v), 'orders.accept', { orderId: o.id })
  }
  const grab = (o: any, v: number) => call(demoVolunteer(v), 'orders.grab', { orderId: o.id })
  const checkIn = (o: any, v: number) => call(demoVolunteer(v), 'orders.checkIn', { orderId: o.id, code: o.checkInCode })
  /** Checked in `minutes` ago, checking out now. */
  const serve = async (o: any, v: number, minutes: number) => {
    await checkIn(o, v)
    await backdate(o.id, minutes * MIN)
    return call(demoVolunteer(v), 'orders.checkOut', { orderId: o.id })
  }
  const confirm = (o: any, stars: number, tags: string[], comment?: string) =>
    call(demoResident(o.r), 'orders.confirm', { orderId: o.id, stars, tags, ...(comment ? { comment } : {}) })

  // Finished ones, days ago.
  let o = await submit(1, 'elder_visit', '帮我母亲量血压、陪她聊聊天', { startsIn: -30 * MIN })
  await accept(o, 7)
  await serve(o, 7, 60)
  await confirm(o, 5, ['耐心细致', '准时守约'], '很细心，老人很开心')
  await backdate(o.id, 3 * DAY)
  o = await submit(3, 'shopping', '帮忙去菜市场买一周的菜', { startsIn: -30 * MIN })
  await grab(o, 2)
  await serve(o, 2, 45)
  await confirm(o, 4, ['热情友善'])
  await backdate(o.id, 2 * DAY)
  o = await submit(4, 'phone_lessons', '教我用手机挂号和视频通话', { startsIn: -30 * MIN })
  await grab(o, 3)
  await serve(o, 3, 75)
  await confirm(o, 5, ['耐心细致', '沟通顺畅'], '教得很耐心')
  await backdate(o.id, DAY)
  o = await submit(6, 'cleaning', '年底大扫除，厨房和阳台', { startsIn: -30 * MIN })
  await accept(o, 4)
  await serve(o, 4, 120)
  await confirm(o, 3, ['有待改进'], '阳台没有打扫完')
  await backdate(o.id, DAY)
  // A dispute the coordinator ruled on, and one still open.
  o = await submit(8, 'elder_visit', '陪老人去社区卫生站复诊', { startsIn: -30 * MIN })
  await grab(o, 11)
  await serve(o, 11, 70)
  await call(demoResident(8), 'orders.dispute', { orderId: o.id, reason: '实际服务不到一小时，签退晚了' })
  await call(DEMO_COORDINATOR, 'orders.resolve', { orderId: o.id, minutes: 45, reason: '与双方核实，按45分钟计' })
  await backdate(o.id, 2 * DAY)
  o = await submit(9, 'medical_advice', '想咨询一下老人用药的注意事项', { startsIn: -30 * MIN })
  await grab(o, 5)
  await serve(o, 5, 40)
  await call(demoResident(9), 'orders.dispute', { orderId: o.id, reason: '签退时间比实际晚了半小时' })
  await backdate(o.id, 3 * 60 * MIN)
  // Waiting for the resident's confirmation (demo-resident-01, the default identity, can confirm one).
  o = await submit(1, 'elder_visit', '周末帮忙照看一下老人', { startsIn: -30 * MIN })
  await accept(o, 4)
  await serve(o, 4, 60)
  o = await submit(10, 'tutoring', '辅导孩子数学作业', { startsIn: -30 * MIN })
  await grab(o, 10)
  await serve(o, 10, 90)
  // In service, accepted (grabbed and dispatched-then-accepted), dispatched (also after a reassignment).
  o = await submit(12, 'shopping', '帮忙去药店买降压药', { startsIn: -30 * MIN })
  await grab(o, 9)
  await checkIn(o, 9)
  await backdate(o.id, 20 * MIN)
  o = await submit(13, 'phone_lessons', '教我用手机交电费')
  await grab(o, 17)
  o = await submit(14, 'companionship', '陪独居老人下棋聊天')
  await accept(o, 7)
  o = await submit(15, 'elder_visit', '探望行动不便的老人')
  await dispatch(o, 14)
  o = await submit(21, 'cleaning', '帮忙清洗油烟机')
  await dispatch(o, 4)
  await call(DEMO_COORDINATOR, 'orders.reassign', { orderId: o.id, volunteerId: await vid(11), reason: '原志愿者临时生病' })
  // Back in the pool: declined, withdrawn; plain pending ones, one urgent, one made for a family member.
  o = await submit(16, 'cleaning', '家里老人需要打扫卫生')
  await dispatch(o, 11)
  await call(demoVolunteer(11), 'orders.decline', { orderId: o.id, reason: '这周末要出差' })
  o = await submit(17, 'shopping', '帮忙取快递和买米')
  await grab(o, 16)
  await call(demoVolunteer(16), 'orders.cancel', { orderId: o.id, reason: '临时要加班，无法前往' })
  await submit(1, 'companionship', '想找人陪我散散步')
  await submit(18, 'medical_advice', '老人血糖偏高，想请人看看饮食', { urgency: 'urgent', startsIn: 30 * MIN })
  await submit(2, 'elder_visit', '帮我奶奶量血压，她一个人在家', { forLinkId: DEMO_LINK_ACTIVE })
  // Cancelled: by the resident, and by the coordinator after dispatching.
  o = await submit(19, 'elder_visit', '陪老人聊天')
  await call(demoResident(19), 'orders.cancel', { orderId: o.id, reason: '家人已经回来了' })
  o = await submit(20, 'tutoring', '辅导英语口语')
  await dispatch(o, 10)
  await call(DEMO_COORDINATOR, 'orders.cancel', { orderId: o.id, reason: '居民来电说不需要了' })
  // Nobody took this one within the SLA: submitted 40 minutes ago, escalated by the cron function's timer.
  o = await submit(7, 'elder_visit', '老人腿脚不便，需要人帮忙买菜做饭', { startsIn: 10 * MIN })
  await backdate(o.id, 40 * MIN)
  const timer = (TriggerName: string) => runtime.invoke('cron', { Type: 'Timer', TriggerName, Time: now.toISOString() }, '', 'wx_timer')
  await timer('everyMinute')
  // What the settle worker's 5-second timer does next: the confirmed orders paid and recorded, new orders counted.
  await runtime.invoke('settle', { Type: 'Timer', TriggerName: 'every5s', Time: now.toISOString() }, '', 'wx_timer')
  await timer('nightly') // volunteer stats: ratings, completions, withdrawals for dispatch ranking
  return seq
}
