// 江北街道 (street level): the demo community and a second one, 龙丰社区, in one street run by a street admin, each
// with its 常住人口, and one order escalated to the street so 街道调度 has work. The platform admin's set-up (the
// street, the demo community put in it, the street admin's appointment) is written straight through the SDK, as
// seed.ts writes the demo community — the demo need not run with ADMIN_OPENIDS; everything else goes through the
// `api` function as people do it: the street admin creates 龙丰社区 and appoints its coordinator, its people join,
// volunteers register and are approved and insured, a resident asks for a repair nobody in 龙丰 can do, and the
// `cron` function escalates it to the community and then to the street. Runs after the other live seeds (before
// seedYear); does nothing if the street exists. `now` is the demo's instant (seedAll.ts).
import { PRIVACY_VERSION } from '../../../src/shared/privacy/guide'
import { shanghaiDay } from '../../../src/shared/time'
import type { FunctionRuntime } from '../runtime'
import { DEMO_ADMIN, DEMO_COMMUNITY_ID, DEMO_COMMUNITY2_CODE, DEMO_COORDINATOR2, DEMO_STREET_ADMIN, DEMO_STREET_ID, demoResident2, demoVolunteer2 } from './ids'
import { demoName } from './seed'
import { demoIdNumber } from './seedVolunteers'

type Runtime = Pick<FunctionRuntime, 'invoke'>
const MIN = 60000
const DAY = 24 * 60 * MIN
const HERE = { longitude: 114.4235, latitude: 23.1162 } // 龙丰社区, about 900 m east of 文昌
/** 龙丰's volunteers: everyday help, nobody for repairs (the escalated order's category). */
const SKILLS = [
  ['elder_visit', 'companionship'],
  ['shopping', 'cleaning'],
  ['phone_lessons', 'tutoring'],
  ['elder_visit', 'escort']
]
export const DEMO_POPULATION = { wenchang: 12600, longfeng: 6800 }

export async function seedStreet(runtime: Runtime, db: any, now: Date): Promise<string | null> {
  if ((await db.collection('streets').where({ _id: DEMO_STREET_ID }).limit(1).get()).data.length) return null
  const call = async (openid: string, action: string, input: unknown): Promise<any> => {
    const { result } = await runtime.invoke('api', { action, input }, openid)
    const reply = result as { ok: boolean; data?: any; error?: { code: string } }
    if (!reply.ok) throw new Error(`demo ${action} for ${openid} failed: ${reply.error?.code}`)
    return reply.data
  }
  const person = (openid: string, nickname: string, extra: Record<string, unknown> = {}) => ({
    _id: openid,
    _openid: openid,
    nickname,
    avatarUrl: null,
    roles: ['resident'],
    communityId: null, // they join through the api (the 工作台 counts them)
    consent: { version: PRIVACY_VERSION, at: now },
    createdAt: now,
    updatedAt: now,
    ...extra
  })

  // The platform admin's part: the street, the demo community in it, and its admin (who lives in no community).
  await db.collection('streets').add({
    data: { _id: DEMO_STREET_ID, name: '江北街道', escalationMinutes: 30, requestId: 'demo-street-jiangbei', createdBy: DEMO_ADMIN, createdAt: now }
  })
  await db
    .collection('communities')
    .doc(DEMO_COMMUNITY_ID)
    .update({ data: { streetId: DEMO_STREET_ID, updatedAt: now } })
  const people = [
    person(DEMO_STREET_ADMIN, '周主任', { roles: ['resident', 'street_admin'], streetId: DEMO_STREET_ID }),
    person(DEMO_COORDINATOR2, '陈协调'),
    ...SKILLS.map((_s, i) => person(demoVolunteer2(i + 1), demoName(i + 80))),
    ...[1, 2, 3].map((n) => person(demoResident2(n), demoName(n + 90)))
  ]
  for (const doc of people) await db.collection('users').add({ data: doc })

  // The street admin's part: 龙丰社区 with its 常住人口, the demo community's too, and 龙丰's coordinator.
  const c2 = await call(DEMO_STREET_ADMIN, 'communities.create', {
    name: '江北街道龙丰社区',
    code: DEMO_COMMUNITY2_CODE,
    address: '惠州市惠城区江北街道龙丰路',
    location: HERE,
    population: DEMO_POPULATION.longfeng
  })
  await call(DEMO_STREET_ADMIN, 'communities.updatePopulation', { communityId: DEMO_COMMUNITY_ID, population: DEMO_POPULATION.wenchang })
  for (const doc of people.slice(1)) await call(doc._id, 'communities.join', { code: DEMO_COMMUNITY2_CODE })
  await call(DEMO_STREET_ADMIN, 'communities.appointCoordinator', { communityId: c2.id, userId: DEMO_COORDINATOR2 })

  // Volunteers register, are approved and covered by a group accident policy (条例 art 17) around `now`.
  const approved: string[] = []
  for (const [i, skills] of SKILLS.entries()) {
    const birth = `${1975 + i * 4}-0${i + 3}-1${i}`
    const reg = await call(demoVolunteer2(i + 1), 'volunteers.register', {
      realName: demoName(i + 80),
      idNumber: demoIdNumber(60 + i, birth),
      phone: `138${String(30000000 + (i + 1) * 7723).slice(-8)}`,
      skills,
      availability: ['weekday_evening', 'weekend_morning'],
      serviceArea: '龙丰社区',
      serviceLocation: { longitude: HERE.longitude + i * 0.0006, latitude: HERE.latitude - i * 0.0004 }
    })
    await call(DEMO_COORDINATOR2, 'volunteers.review', { volunteerId: reg.id, decision: 'approve' })
    approved.push(reg.id)
  }
  await call(DEMO_COORDINATOR2, 'volunteers.addInsurance', {
    requestId: 'demo-insurance-policy-lf',
    insurer: '中国人保财险',
    policyNo: 'PICC-ZYZ-0002',
    from: shanghaiDay(new Date(now.getTime() - 30 * DAY)),
    to: shanghaiDay(new Date(now.getTime() + 335 * DAY)),
    volunteerIds: approved
  })

  // Residents' addresses; one asks for a repair 100 minutes ago. Nobody in 龙丰 repairs appliances, nobody took it:
  // past the community's SLA (30 min) it went to 陈协调, past the street's (30 more) to the street (周主任).
  const addressOf: string[] = []
  for (const n of [1, 2, 3]) {
    const a = await call(demoResident2(n), 'addresses.add', {
      label: '家',
      detail: `龙丰路${20 + n}号${n}栋${100 * n + 1}`,
      contactName: `居民${n}`,
      contactPhone: `136${String(40000000 + n * 99991).slice(-8)}`,
      location: { longitude: HERE.longitude + n * 0.0005, latitude: HERE.latitude + n * 0.0003 }
    })
    addressOf.push(a.id)
  }
  const start = now.getTime() + 3 * 60 * MIN
  const o = await call(demoResident2(1), 'orders.create', {
    requestId: 'demo-street-order-01',
    category: 'repair',
    description: '热水器打不着火，家里老人洗不了澡，想请懂电器的志愿者看看',
    addressId: addressOf[0],
    windowStart: new Date(start).toISOString(),
    windowEnd: new Date(start + 3 * 60 * MIN).toISOString(),
    urgency: 'normal'
  })
  await backdate(db, o.id, 100 * MIN)
  await runtime.invoke('cron', { Type: 'Timer', TriggerName: 'everyMinute', Time: now.toISOString() }, '', 'wx_timer')
  // What the settle worker's 5-second timer does next: the new order counted on 龙丰's 工作台.
  await runtime.invoke('settle', { Type: 'Timer', TriggerName: 'every5s', Time: now.toISOString() }, '', 'wx_timer')
  return c2.id
}

/** Shifts the order's times (and its timeline) `ms` into the past, as seedOrders.ts does. */
async function backdate(db: any, orderId: string, ms: number): Promise<void> {
  const { data: o } = await db.collection('orders').doc(orderId).get()
  const back = (d: Date) => new Date(new Date(d).getTime() - ms)
  const patch: Record<string, unknown> = { events: o.events.map((e: any) => ({ ...e, at: back(e.at) })) }
  for (const [k, v] of Object.entries(o)) if (v instanceof Date) patch[k] = back(v)
  await db.collection('orders').doc(orderId).update({ data: patch })
}
