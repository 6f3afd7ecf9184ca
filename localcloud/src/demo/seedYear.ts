// A year of demo history so the 工作台 charts mean something: ~450 finished orders over the 12 months ending now
// (seasonal, categories weighted, served by volunteers 1–13: 13 of the 17 approved take part), their service
// records and ~30 随手拍 reports (yearPlan.ts makes the documents). Written straight through the SDK in batches —
// hundreds of orders through the actions would make `npm start` slow — so the documents are shaped exactly as the
// repos write them, and what the repos keep beside them is kept here too:
// - record_totals: each volunteer's minutes/records and the community-month/year marks (`seen`) that tell a later
//   live record whether it is a new participant (without them the next real record would count one twice);
// - report_stats: filed / rectified / closed;
// - orders carry settledAt/settledMinutes: they are shown as public-service orders whose hours were settled outside
//   this demo, so there are no ledger postings (time-bank balances stay those of the live demo orders) and the
//   `settle` function's settleDue — which pays completed/resolved orders whose settledAt is null
//   (repos/orders.unsettledSince) — leaves them alone. Their records earn no 爱心积分.
// Then the `cron` function's nightly job recomputes the rollups from raw data (statsRebuild.rebuildRollups): the
// first pass folds the year in (its drift is the year itself, written here outside the actions), the second is an
// ordinary night's check and finds none, so the 工作台 reads 数据一致. Every time in the year is set from `now`, the
// demo's instant (seedAll.ts), and the nightly runs are fired at it. Runs after the other demo seeds; does nothing
// if the year is already there.
import { seenKeys } from '../../../src/shared/domain/stats'
import type { FunctionRuntime } from '../runtime'
import { DEMO_COMMUNITY_ID, DEMO_COORDINATOR, demoResident, demoVolunteer } from './ids'
import { planYear, YEAR_ORDER_PREFIX, type MonthAdded, type YearVolunteer } from './yearPlan'

type Runtime = Pick<FunctionRuntime, 'invoke'>
const BATCH = 100
/** Volunteers 1–13 served the year (13 of the 17 approved took part). 14–17 are left alone like the residents below. */
const SERVING = 13
/** Residents (and volunteer 14) the browser tests act as: their lists show only the live demo and what the tests do. */
const LEFT_ALONE = [1, 2, 3, 4, 6, 8, 10, 15, 24, 25, 27]

export interface YearSeeded {
  orders: number
  records: number
  reports: number
  months: string[]
  added: Record<string, MonthAdded>
}

export async function seedYear(runtime: Runtime, db: any, now: Date): Promise<YearSeeded | null> {
  const _ = db.command
  const first = await db
    .collection('orders')
    .where({ _id: `${YEAR_ORDER_PREFIX}0001` })
    .limit(1)
    .get()
  if (first.data.length) return null
  const community = (await db.collection('communities').where({ _id: DEMO_COMMUNITY_ID }).limit(1).get()).data[0]
  const users = (await db.collection('users').where({ communityId: DEMO_COMMUNITY_ID }).limit(100).get()).data as Array<{ _id: string; nickname: string }>
  const nameOf = new Map(users.map((u) => [u._id, u.nickname]))
  const serving = Array.from({ length: SERVING }, (_x, i) => demoVolunteer(i + 1))
  const volunteers: YearVolunteer[] = (
    (
      await db
        .collection('volunteers')
        .where({ communityId: DEMO_COMMUNITY_ID, status: 'approved', openid: _.in(serving) })
        .limit(100)
        .get()
    ).data as any[]
  )
    .sort((a, b) => a.openid.localeCompare(b.openid))
    .map((v) => ({ openid: v.openid, id: v._id, name: v.realName, no: v.volunteerNo, skills: v.skills }))
  if (!community || volunteers.length === 0) return null
  const residents = Array.from({ length: 30 }, (_x, i) => i + 1)
    .filter((n) => !LEFT_ALONE.includes(n))
    .map(demoResident)
    .map((openid) => ({ openid, name: nameOf.get(openid) ?? '居民' }))
  let k = 0
  const location = () => new db.Geo.Point(114.412 + ((k * 37) % 50) * 0.0001, 23.109 + ((k++ * 53) % 50) * 0.0001)
  const plan = planYear({
    now,
    communityId: DEMO_COMMUNITY_ID,
    area: community.name,
    volunteers,
    residents,
    coordinator: { openid: DEMO_COORDINATOR, name: nameOf.get(DEMO_COORDINATOR) ?? '社区协调员' },
    location
  })

  const insert = async (collection: string, docs: any[]) => {
    for (let i = 0; i < docs.length; i += BATCH) await db.collection(collection).add({ data: docs.slice(i, i + BATCH) })
  }
  await insert('orders', plan.orders)
  await insert('service_records', plan.records)
  await insert('reports', plan.reports)

  // record_totals, as repos/records.addToTotalIn keeps them (minutes, count, participant marks).
  const totals = new Map<string, { minutes: number; records: number; seen: Record<string, true> }>()
  for (const r of plan.records) {
    const t = totals.get(r.volunteerOpenid) ?? { minutes: 0, records: 0, seen: {} }
    const s = seenKeys(r.communityId, r.date)
    totals.set(r.volunteerOpenid, { minutes: t.minutes + r.minutes, records: t.records + 1, seen: { ...t.seen, [s.month]: true, [s.year]: true } })
  }
  for (const [openid, t] of totals) {
    const cur = (await db.collection('record_totals').where({ _id: openid }).limit(1).get()).data[0]
    const data = {
      minutes: (cur?.minutes ?? 0) + t.minutes,
      records: (cur?.records ?? 0) + t.records,
      seen: { ...(cur?.seen ?? {}), ...t.seen },
      updatedAt: now
    }
    await db.collection('record_totals').doc(openid).set({ data })
  }
  // report_stats, as repos/reports keeps them: filed, rectifications made, reports closed now.
  const stats = (await db.collection('report_stats').where({ _id: DEMO_COMMUNITY_ID }).limit(1).get()).data[0]
  const rectified = plan.reports.reduce((n, r) => n + r.events.filter((e: any) => e.kind === 'rectify').length, 0)
  await db
    .collection('report_stats')
    .doc(DEMO_COMMUNITY_ID)
    .set({
      data: {
        filed: (stats?.filed ?? 0) + plan.reports.length,
        rectified: (stats?.rectified ?? 0) + rectified,
        closed: (stats?.closed ?? 0) + plan.reports.filter((r) => r.status === 'closed').length,
        updatedAt: now
      }
    })

  const nightly = () => runtime.invoke('cron', { Type: 'Timer', TriggerName: 'nightly', Time: now.toISOString() }, '', 'wx_timer')
  await nightly()
  await nightly()
  return { orders: plan.orders.length, records: plan.records.length, reports: plan.reports.length, months: plan.months, added: plan.added }
}
