// Demo 项目库, made the way people make it through the `api` function: the coordinator declares and reviews,
// volunteers sign up (the waitlist forms by itself once a project is full), the coordinator takes attendance at
// each session once it has happened (到场登记), completes after the last one — writing the service record of each
// volunteer who was there — and evaluates. One project in every status: completed and graded
// 优秀, published with places left, published full with a waitlist, awaiting review, rejected with a reason.
// Runs after seedVolunteers (volunteers 1–17 approved); does nothing if the community already has projects.
// demo-volunteer-14 (the time-bank browser test's) and 16 (the project browser test's) sign up for nothing here.
import type { FunctionRuntime } from '../runtime'
import { DEMO_COORDINATOR, demoVolunteer } from './ids'

type Runtime = Pick<FunctionRuntime, 'invoke'>
const DAY = 86400000

/** YYYY-MM-DDT09:00 China time, `days` from the demo's instant `now`. */
function at(now: Date, days: number, time = '09:00'): string {
  const d = new Date(now.getTime() + 8 * 3600000 + days * DAY).toISOString().slice(0, 10)
  return `${d}T${time}:00+08:00`
}

export async function seedProjects(runtime: Runtime, now: Date): Promise<number> {
  const call = async (openid: string, action: string, input: unknown): Promise<any> => {
    const { result } = await runtime.invoke('api', { action, input }, openid)
    const reply = result as { ok: boolean; data?: any; error?: { code: string } }
    if (!reply.ok) throw new Error(`demo ${action} for ${openid} failed: ${reply.error?.code}`)
    return reply.data
  }
  if ((await call(DEMO_COORDINATOR, 'projects.list', {})).items.length > 0) return 0

  let n = 0
  const declare = (
    title: string,
    description: string,
    place: string,
    capacity: number,
    sessions: Array<{ startsAt: string; minutes: number }>,
    category?: string
  ) =>
    call(DEMO_COORDINATOR, 'projects.declare', {
      requestId: `demo-project-${String(++n).padStart(2, '0')}`,
      title,
      description,
      place,
      capacity,
      sessions,
      ...(category ? { category } : {})
    })
  const approve = (p: any) => call(DEMO_COORDINATOR, 'projects.review', { projectId: p.id, decision: 'approve' })
  const signUp = async (p: any, volunteers: number[]) => {
    for (const v of volunteers) await call(demoVolunteer(v), 'projects.signUp', { projectId: p.id })
  }

  // Done and graded: last week's visits to elders living alone; all three came to both sessions (210 minutes each).
  let p = await declare(
    '重阳节敬老探访',
    '走访辖区独居老人，陪伴聊天、量血压、检查家中用电用气安全。',
    '文昌社区党群服务中心（集合）',
    4,
    [
      { startsAt: at(now, -9), minutes: 120 },
      { startsAt: at(now, -8), minutes: 90 }
    ],
    'elder_visit'
  )
  await approve(p)
  await signUp(p, [5, 7, 8])
  const present = (await call(DEMO_COORDINATOR, 'projects.get', { projectId: p.id })).participants.map((x: { seq: number }) => x.seq)
  for (const session of [0, 1]) await call(DEMO_COORDINATOR, 'projects.attendance', { projectId: p.id, session, present })
  await call(DEMO_COORDINATOR, 'projects.complete', { projectId: p.id })
  await call(DEMO_COORDINATOR, 'projects.evaluate', { projectId: p.id, grade: '优秀', notes: '组织有序，走访32户，老人和家属都很满意。' })

  // Open, places left.
  p = await declare(
    '社区环境清洁日',
    '清理楼道杂物和小区绿化带垃圾，宣传垃圾分类。工具由社区提供。',
    '文昌一路小区东门',
    10,
    [{ startsAt: at(now, 5, '08:30'), minutes: 150 }],
    'cleaning'
  )
  await approve(p)
  await signUp(p, [1, 3, 6, 9])

  // Open, full, two waiting (the first of them moves up when someone cancels).
  p = await declare(
    '长者智能手机课堂',
    '一对一教老人用手机挂号、视频通话、识别诈骗短信。每场需要3位志愿者。',
    '文昌社区长者饭堂',
    3,
    [
      { startsAt: at(now, 3, '14:30'), minutes: 90 },
      { startsAt: at(now, 10, '14:30'), minutes: 90 }
    ],
    'phone_lessons'
  )
  await approve(p)
  await signUp(p, [10, 11, 12, 13, 15])

  // Awaiting review, and one turned down.
  await declare(
    '防诈骗知识进社区',
    '在社区广场设咨询台，发放防诈骗宣传资料，现场解答居民疑问。',
    '文昌社区文化广场',
    6,
    [{ startsAt: at(now, 12, '09:30'), minutes: 180 }],
    'legal_advice'
  )
  p = await declare('周末亲子读书会', '组织亲子共读和绘本讲故事活动。', '社区图书室', 8, [{ startsAt: at(now, 6, '10:00'), minutes: 120 }], 'tutoring')
  await call(DEMO_COORDINATOR, 'projects.review', { projectId: p.id, decision: 'reject', reason: '图书室本月装修，请改到下月再申报' })
  return n
}
