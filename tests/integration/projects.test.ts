// The project library 项目库 through the router on the local cloud (genuine SDK): declare → review → publish →
// sign-ups with capacity and a waitlist (100 at once for 10 places: never overbooked, waitlist in arrival order,
// a cancelled place promotes the first waiting) → 到场登记 per session (only once it has started, only confirmed
// participants, replays change nothing) → completion (only after the last session has ended and with every
// session's attendance) writes one service record per participant who attended, holding only the attended
// sessions' minutes (replays write nothing more) → evaluation; rejection; and scoping to the coordinator's community.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectOk as must, present, rawApiCaller } from '../fixtures/api'
import type { ActionInput } from '../../src/shared/contracts'
import { aCommunity, aUser } from '../fixtures/people'
import { aVolunteer } from '../fixtures/orders'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
/** For inputs the contract refuses. */
const callRaw = rawApiCaller()
const stored = (coll: string) => [...tc.store.all(coll).values()].map((r) => r.doc as any)
let seq = 0
const declareInput = (over: Partial<ActionInput<'projects.declare'>> = {}): ActionInput<'projects.declare'> => ({
  requestId: `req-project-${++seq}`,
  title: '重阳节敬老探访',
  description: '走访辖区独居老人，陪伴聊天、量血压',
  category: 'elder_visit',
  place: '文昌社区党群服务中心',
  sessions: [
    { startsAt: '2024-10-11T09:00:00+08:00', minutes: 120 },
    { startsAt: '2024-10-12T09:00:00+08:00', minutes: 90 }
  ],
  capacity: 3,
  ...over
})
const MIN = 60000
/** An ISO time `minutes` from now (negative: in the past). */
const fromNow = (minutes: number) => new Date(Date.now() + minutes * MIN).toISOString()
const audits = (projectId: string, action = 'projects.attendance') => stored('audit_logs').filter((a) => a.action === action && a.targetId === projectId)
const published = async (over: Partial<ActionInput<'projects.declare'>> = {}) => {
  const p = must(await call('coord-A', 'projects.declare', declareInput(over)))
  return must(await call('coord-A', 'projects.review', { projectId: p.id, decision: 'approve' }))
}

beforeAll(async () => {
  await aCommunity(tc.db, 'cA', 'PRJA01', 'A社区')
  await aCommunity(tc.db, 'cB', 'PRJB02', 'B社区')
  await aUser(tc.db, 'coord-A', 'cA', ['resident', 'coordinator'], '陈协调')
  await aUser(tc.db, 'coord-B', 'cB', ['resident', 'coordinator'], '林协调')
  await aUser(tc.db, 'res-A', 'cA')
  for (const v of ['vol-1', 'vol-2', 'vol-3', 'vol-4', 'vol-5']) await aVolunteer(tc.db, v, 'cA')
  await aVolunteer(tc.db, 'vol-B', 'cB')
  await aVolunteer(tc.db, 'vol-pending', 'cA', { status: 'pending' })
})

describe('the lifecycle', () => {
  it('declares, publishes, signs up with a waitlist, completes with one record each, and evaluates', async () => {
    const input = declareInput()
    const declared = must(await call('coord-A', 'projects.declare', input))
    expect(declared).toMatchObject({
      status: 'declared',
      totalMinutes: 210,
      capacity: 3,
      confirmedCount: 0,
      waitlistCount: 0,
      organizer: 'A社区',
      evaluation: null
    })
    // A replayed declaration finds the first.
    expect(must(await call('coord-A', 'projects.declare', input)).id).toBe(declared.id)
    expect(stored('projects').filter((p) => p.requestId === input.requestId)).toHaveLength(1)
    // Not yet published: volunteers neither see it nor sign up; coordinators see it in their list.
    expect(must(await call('vol-1', 'projects.list', {})).items.map((p: any) => p.id)).not.toContain(declared.id)
    expect(must(await call('coord-A', 'projects.list', {})).items.map((p: any) => p.id)).toContain(declared.id)
    expect((await call('vol-1', 'projects.signUp', { projectId: declared.id })).ok).toBe(false)

    const pub = must(await call('coord-A', 'projects.review', { projectId: declared.id, decision: 'approve' }))
    expect(pub.status).toBe('published')
    expect(await call('coord-A', 'projects.review', { projectId: declared.id, decision: 'approve' })).toMatchObject({
      ok: false,
      error: { code: 'PROJECT_MOVE_NOT_ALLOWED' }
    })

    for (const v of ['vol-1', 'vol-2', 'vol-3'])
      expect(must(await call(v, 'projects.signUp', { projectId: pub.id }))).toMatchObject({ status: 'confirmed', position: null })
    expect(must(await call('vol-4', 'projects.signUp', { projectId: pub.id }))).toMatchObject({ status: 'waitlisted', seq: 4, position: 1 })
    // A replay returns the same sign-up and changes no counter.
    expect(must(await call('vol-4', 'projects.signUp', { projectId: pub.id }))).toMatchObject({ status: 'waitlisted', seq: 4, position: 1 })
    expect(must(await call('vol-1', 'projects.signUp', { projectId: pub.id }))).toMatchObject({ status: 'confirmed', seq: 1 })
    expect(must(await call('vol-5', 'projects.list', {})).items.find((p: any) => p.id === pub.id)).toMatchObject({
      confirmedCount: 3,
      waitlistCount: 1,
      mySignUp: null
    })
    expect(must(await call('vol-4', 'projects.get', { projectId: pub.id }))).toMatchObject({
      mySignUp: { status: 'waitlisted', position: 1 },
      participants: null
    })

    // Cancelling a confirmed place promotes the waitlisted volunteer; cancelling again is a replay.
    expect(must(await call('vol-2', 'projects.cancelSignUp', { projectId: pub.id }))).toMatchObject({ status: 'cancelled' })
    expect(must(await call('vol-2', 'projects.cancelSignUp', { projectId: pub.id }))).toMatchObject({ status: 'cancelled' })
    expect(must(await call('vol-4', 'projects.get', { projectId: pub.id }))).toMatchObject({
      confirmedCount: 3,
      waitlistCount: 0,
      mySignUp: { status: 'confirmed', position: null }
    })
    expect(await call('vol-5', 'projects.cancelSignUp', { projectId: pub.id })).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_UP' } })
    // Not approved: refused.
    expect(await call('vol-pending', 'projects.signUp', { projectId: pub.id })).toMatchObject({ ok: false })

    // Both sessions (October 2024) are over, but nobody has taken attendance: no completion.
    expect(await call('coord-A', 'projects.complete', { projectId: pub.id })).toMatchObject({
      ok: false,
      error: { code: 'ATTENDANCE_MISSING', message: '请先登记各场次的到场情况' }
    })
    // 到场登记 names confirmed participants by seq: vol-1 is 1, vol-3 is 3, vol-4 (promoted) is 4; vol-2 (2) cancelled.
    const seqOf = Object.fromEntries(
      present(must(await call('coord-A', 'projects.get', { projectId: pub.id })).participants).map((x: any) => [x.volunteerName, x.seq])
    )
    expect(Object.values(seqOf).sort()).toEqual([1, 3, 4])
    expect(await call('coord-A', 'projects.attendance', { projectId: pub.id, session: 0, present: [1, 2] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_A_PARTICIPANT' }
    })
    expect(await call('coord-A', 'projects.attendance', { projectId: pub.id, session: 0, present: [99] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_A_PARTICIPANT' }
    })
    expect(await call('coord-A', 'projects.attendance', { projectId: pub.id, session: 2, present: [1] })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' }
    })
    expect(stored('project_signups').filter((s) => s.projectId === pub.id && (s.attended ?? []).length > 0)).toEqual([])
    expect(audits(pub.id)).toHaveLength(0)
    // Session 1: vol-1 and vol-3 first, then corrected to vol-1 and vol-4; session 2: vol-4 only. vol-3 attended none.
    must(await call('coord-A', 'projects.attendance', { projectId: pub.id, session: 0, present: [1, 3] }))
    const first = must(await call('coord-A', 'projects.attendance', { projectId: pub.id, session: 0, present: [4, 1] }))
    expect(first.sessions[0].attendance).toMatchObject({ present: 2 })
    expect(first.sessions[1].attendance).toBeNull()
    expect(await call('coord-A', 'projects.complete', { projectId: pub.id })).toMatchObject({ ok: false, error: { code: 'ATTENDANCE_MISSING' } })
    must(await call('coord-A', 'projects.attendance', { projectId: pub.id, session: 1, present: [4] }))
    // Saving the same list again (twice, at once) changes nothing: no write, no audit entry.
    const snapshot = () => JSON.stringify([stored('projects').find((x) => x._id === pub.id), stored('project_signups').filter((s) => s.projectId === pub.id)])
    const was = snapshot()
    await Promise.all(
      [
        call('coord-A', 'projects.attendance', { projectId: pub.id, session: 1, present: [4] }),
        call('coord-A', 'projects.attendance', { projectId: pub.id, session: 0, present: [1, 4, 4] })
      ].map(async (r) => must(await r))
    )
    expect(snapshot()).toBe(was)
    expect(audits(pub.id).map((a) => [a.after.session, a.before.present, a.after.present])).toEqual([
      [0, null, [1, 3]],
      [0, [1, 3], [1, 4]],
      [1, null, [4]]
    ])
    // Each side sees it: the coordinator per participant, the volunteer their own 已签到 sessions.
    expect(present(must(await call('coord-A', 'projects.get', { projectId: pub.id })).participants).map((x) => [x.seq, x.attended])).toEqual([
      [1, [0]],
      [3, []],
      [4, [0, 1]]
    ])
    expect(must(await call('vol-4', 'projects.get', { projectId: pub.id })).mySignUp).toMatchObject({ status: 'confirmed', attended: [0, 1] })

    const before = stored('service_records').length
    const done = must(await call('coord-A', 'projects.complete', { projectId: pub.id }))
    expect(done).toMatchObject({ recordsWritten: 2, project: { status: 'completed' } })
    const records = stored('service_records').filter((r) => r._id.startsWith(`project-${pub.id}-`))
    // Only attended minutes, from the first attended session's start to the last one's end; vol-3 gets no record.
    expect(records.map((r) => r.volunteerOpenid).sort()).toEqual(['vol-1', 'vol-4'])
    const of = (v: string) => records.find((r) => r.volunteerOpenid === v)
    expect(of('vol-1')).toMatchObject({
      minutes: 120,
      content: '重阳节敬老探访',
      place: '文昌社区党群服务中心',
      organizer: 'A社区',
      date: '2024-10-11',
      source: 'project'
    })
    expect([of('vol-1').startAt, of('vol-1').endAt].map((d: Date) => d.toISOString())).toEqual(['2024-10-11T01:00:00.000Z', '2024-10-11T03:00:00.000Z'])
    expect(of('vol-4')).toMatchObject({ minutes: 210, date: '2024-10-11' })
    expect([of('vol-4').startAt, of('vol-4').endAt].map((d: Date) => d.toISOString())).toEqual(['2024-10-11T01:00:00.000Z', '2024-10-12T02:30:00.000Z'])
    expect(tc.store.get('record_totals', 'vol-4')!.doc.minutes).toBe(210)
    expect(tc.store.get('record_totals', 'vol-1')!.doc.minutes).toBe(120)
    expect(tc.store.get('record_totals', 'vol-3')).toBeFalsy()
    // Replaying completion writes nothing more; sign-ups and attendance are closed.
    expect(must(await call('coord-A', 'projects.complete', { projectId: pub.id }))).toMatchObject({ recordsWritten: 0 })
    expect(stored('service_records')).toHaveLength(before + 2)
    expect(tc.store.get('record_totals', 'vol-4')!.doc.minutes).toBe(210)
    expect(await call('vol-5', 'projects.signUp', { projectId: pub.id })).toMatchObject({ ok: false, error: { code: 'PROJECT_MOVE_NOT_ALLOWED' } })
    expect(await call('coord-A', 'projects.attendance', { projectId: pub.id, session: 0, present: [1, 3, 4] })).toMatchObject({
      ok: false,
      error: { code: 'PROJECT_MOVE_NOT_ALLOWED' }
    })
    // The volunteer sees the record in their own list.
    expect(must(await call('vol-4', 'records.list', {})).items).toEqual([expect.objectContaining({ source: 'project', minutes: 210 })])

    const graded = must(await call('coord-A', 'projects.evaluate', { projectId: pub.id, grade: '优秀', notes: '组织有序，老人满意' }))
    expect(graded.evaluation).toMatchObject({ grade: '优秀', notes: '组织有序，老人满意' })
    expect(present(must(await call('vol-1', 'projects.get', { projectId: pub.id })).evaluation).grade).toBe('优秀')
    expect(await callRaw('coord-A', 'projects.evaluate', { projectId: pub.id, grade: '良好', notes: '说明' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' }
    })
  })

  it('rejects a declaration with a reason (and requires one); a rejected project never opens', async () => {
    const p = must(await call('coord-A', 'projects.declare', declareInput()))
    expect(await call('coord-A', 'projects.review', { projectId: p.id, decision: 'reject' })).toMatchObject({ ok: false, error: { code: 'REASON_REQUIRED' } })
    expect(must(await call('coord-A', 'projects.review', { projectId: p.id, decision: 'reject', reason: '时间与社区活动冲突' }))).toMatchObject({
      status: 'rejected',
      rejectReason: '时间与社区活动冲突'
    })
    expect(await call('coord-A', 'projects.review', { projectId: p.id, decision: 'approve' })).toMatchObject({
      ok: false,
      error: { code: 'PROJECT_MOVE_NOT_ALLOWED' }
    })
    expect(await call('vol-1', 'projects.get', { projectId: p.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await call('coord-A', 'projects.complete', { projectId: p.id })).toMatchObject({ ok: false, error: { code: 'PROJECT_MOVE_NOT_ALLOWED' } })
    expect(await call('coord-A', 'projects.evaluate', { projectId: p.id, grade: '合格', notes: '说明' })).toMatchObject({
      ok: false,
      error: { code: 'PROJECT_MOVE_NOT_ALLOWED' }
    })
  })

  it('refuses bad input with Chinese messages', async () => {
    const r = await call('coord-A', 'projects.declare', declareInput({ capacity: 0, sessions: [] }))
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    expect(JSON.stringify((r as any).error.fields)).toMatch(/至少招募1人|请至少安排一场服务/)
  })
})

describe('attendance and completion follow the clock', () => {
  it('takes attendance only once a session has started and completes only after the last one has ended', async () => {
    // Session 1 began two hours ago and lasted an hour; session 2 is tomorrow.
    const pub = await published({
      sessions: [
        { startsAt: fromNow(-120), minutes: 60 },
        { startsAt: fromNow(24 * 60), minutes: 90 }
      ]
    })
    must(await call('vol-5', 'projects.signUp', { projectId: pub.id }))
    const refused = await call('coord-A', 'projects.attendance', { projectId: pub.id, session: 1, present: [1] })
    expect(refused).toMatchObject({ ok: false, error: { code: 'SESSION_NOT_STARTED' } })
    expect((refused as any).error.message).toMatch(/还没有开始/)
    expect(audits(pub.id)).toHaveLength(0)
    expect(
      must(await call('coord-A', 'projects.attendance', { projectId: pub.id, session: 0, present: [1] })).sessions.map(
        (s: any) => s.attendance?.present ?? null
      )
    ).toEqual([1, null])
    // Attendance is not enough while a session is still ahead.
    expect(await call('coord-A', 'projects.complete', { projectId: pub.id })).toMatchObject({
      ok: false,
      error: { code: 'PROJECT_NOT_FINISHED', message: '最后一场服务结束后才能结项' }
    })
    expect(stored('projects').find((x) => x._id === pub.id).status).toBe('published')
    expect(stored('service_records').filter((r) => r._id.startsWith(`project-${pub.id}-`))).toEqual([])
  })

  it('lets attendance be taken during a session that is under way, but not completion', async () => {
    const pub = await published({ sessions: [{ startsAt: fromNow(-10), minutes: 120 }] })
    must(await call('coord-A', 'projects.attendance', { projectId: pub.id, session: 0, present: [] }))
    expect(await call('coord-A', 'projects.complete', { projectId: pub.id })).toMatchObject({ ok: false, error: { code: 'PROJECT_NOT_FINISHED' } })
  })

  it('keeps the service of someone who attended and then cancelled; nobody present means no records', async () => {
    const pub = await published({
      sessions: [
        { startsAt: fromNow(-300), minutes: 60 },
        { startsAt: fromNow(-120), minutes: 45 }
      ]
    })
    for (const v of ['vol-1', 'vol-2']) must(await call(v, 'projects.signUp', { projectId: pub.id }))
    must(await call('coord-A', 'projects.attendance', { projectId: pub.id, session: 0, present: [1] }))
    must(await call('vol-1', 'projects.cancelSignUp', { projectId: pub.id }))
    must(await call('coord-A', 'projects.attendance', { projectId: pub.id, session: 1, present: [] }))
    const done = must(await call('coord-A', 'projects.complete', { projectId: pub.id }))
    expect(done.recordsWritten).toBe(1)
    expect(
      stored('service_records')
        .filter((r) => r._id.startsWith(`project-${pub.id}-`))
        .map((r) => [r.volunteerOpenid, r.minutes])
    ).toEqual([['vol-1', 60]])

    const empty = await published({ sessions: [{ startsAt: fromNow(-300), minutes: 60 }] })
    must(await call('vol-2', 'projects.signUp', { projectId: empty.id }))
    must(await call('coord-A', 'projects.attendance', { projectId: empty.id, session: 0, present: [] }))
    expect(must(await call('coord-A', 'projects.complete', { projectId: empty.id }))).toMatchObject({ recordsWritten: 0, project: { status: 'completed' } })
  })
})

describe('capacity under concurrency', () => {
  const crowd = Array.from({ length: 100 }, (_, i) => `crowd-${String(i).padStart(3, '0')}`)
  let projectId = ''
  beforeAll(async () => {
    for (const v of crowd) await aVolunteer(tc.db, v, 'cA')
    projectId = (await published({ capacity: 10, title: '社区环境清洁日' })).id
  }, 60000)

  it('confirms exactly 10 of 100 simultaneous sign-ups and waitlists 90 in arrival order', async () => {
    const replies = await Promise.all(crowd.map((v) => call(v, 'projects.signUp', { projectId })))
    const views = replies.map(must)
    expect(views.filter((s) => s.status === 'confirmed')).toHaveLength(10)
    expect(views.filter((s) => s.status === 'waitlisted')).toHaveLength(90)
    // Sequence numbers are 1..100 without gaps or repeats; the first 10 arrivals hold the places.
    expect(views.map((s) => s.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1))
    expect(
      views
        .filter((s) => s.status === 'confirmed')
        .map((s) => s.seq)
        .sort((a, b) => a - b)
    ).toEqual(Array.from({ length: 10 }, (_, i) => i + 1))

    const project = stored('projects').find((p) => p._id === projectId)
    expect(project).toMatchObject({ confirmedCount: 10, waitlistCount: 90, nextSeq: 101 })
    const signups = stored('project_signups').filter((s) => s.projectId === projectId)
    expect(signups.filter((s) => s.status === 'confirmed')).toHaveLength(10)
    expect(signups.filter((s) => s.status === 'waitlisted')).toHaveLength(90)

    // Waitlist positions follow arrival: position = seq - 10, as each volunteer and the coordinator see it.
    const waiting = await Promise.all(crowd.map(async (v) => present(must(await call(v, 'projects.get', { projectId })).mySignUp)))
    for (const s of waiting.filter((w) => w.status === 'waitlisted')) expect(s.position).toBe(s.seq - 10)
    const view = must(await call('coord-A', 'projects.get', { projectId }))
    const participants = present(view.participants)
    expect(participants.map((p) => p.status)).toEqual([...Array(10).fill('confirmed'), ...Array(90).fill('waitlisted')])
    expect(participants.map((p) => p.seq)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1))
  }, 120000)

  it('promotes the first on the waitlist when a confirmed volunteer cancels', async () => {
    const byOpenid = new Map(
      stored('project_signups')
        .filter((s) => s.projectId === projectId)
        .map((s) => [s.openid, s])
    )
    const confirmed = [...byOpenid.values()].filter((s) => s.status === 'confirmed').sort((a, b) => a.seq - b.seq)
    const first = [...byOpenid.values()].find((s) => s.seq === 11)
    must(await call(confirmed[3].openid, 'projects.cancelSignUp', { projectId }))
    expect(must(await call(first.openid, 'projects.get', { projectId })).mySignUp).toMatchObject({ status: 'confirmed', seq: 11, position: null })
    const second = [...byOpenid.values()].find((s) => s.seq === 12)
    expect(must(await call(second.openid, 'projects.get', { projectId })).mySignUp).toMatchObject({ status: 'waitlisted', position: 1 })
    expect(stored('projects').find((p) => p._id === projectId)).toMatchObject({ confirmedCount: 10, waitlistCount: 89 })
  })

  it('never overbooks when confirmed volunteers cancel while others sign up, all at once', async () => {
    const extra = Array.from({ length: 10 }, (_, i) => `late-${i}`)
    for (const v of extra) await aVolunteer(tc.db, v, 'cA')
    const confirmed = stored('project_signups')
      .filter((s) => s.projectId === projectId && s.status === 'confirmed')
      .map((s) => s.openid)
    const replies = await Promise.all([
      ...confirmed.slice(0, 5).map((v) => call(v, 'projects.cancelSignUp', { projectId })),
      ...extra.map((v) => call(v, 'projects.signUp', { projectId }))
    ])
    replies.forEach(must)
    const signups = stored('project_signups').filter((s) => s.projectId === projectId)
    const project = stored('projects').find((p) => p._id === projectId)
    expect(signups.filter((s) => s.status === 'confirmed')).toHaveLength(10)
    expect(project).toMatchObject({ confirmedCount: 10, waitlistCount: signups.filter((s) => s.status === 'waitlisted').length })
    // The promoted are exactly the earliest waiting.
    const waitingSeqs = signups.filter((s) => s.status === 'waitlisted').map((s) => s.seq)
    const confirmedSeqs = signups.filter((s) => s.status === 'confirmed').map((s) => s.seq)
    expect(Math.max(...confirmedSeqs)).toBeLessThan(Math.min(...waitingSeqs))
  }, 120000)

  it('completes with one record per confirmed participant who attended, and a replay writes nothing more', async () => {
    const seqs = stored('project_signups')
      .filter((s) => s.projectId === projectId && s.status === 'confirmed')
      .map((s) => s.seq)
    for (const session of [0, 1]) must(await call('coord-A', 'projects.attendance', { projectId, session, present: seqs }))
    const before = stored('service_records').length
    expect(must(await call('coord-A', 'projects.complete', { projectId })).recordsWritten).toBe(10)
    await Promise.all([1, 2, 3].map(() => call('coord-A', 'projects.complete', { projectId })))
    const mine = stored('service_records').filter((r) => r._id.startsWith(`project-${projectId}-`))
    const confirmed = stored('project_signups')
      .filter((s) => s.projectId === projectId && s.status === 'confirmed')
      .map((s) => s.openid)
      .sort()
    expect(mine.map((r) => r.volunteerOpenid).sort()).toEqual(confirmed)
    expect(mine.every((r) => r.minutes === 210)).toBe(true)
    expect(stored('service_records')).toHaveLength(before + 10)
  }, 60000)
})

describe('scoping', () => {
  it("refuses another community's coordinator and volunteers, changing nothing", async () => {
    const p = must(await call('coord-A', 'projects.declare', declareInput()))
    const snapshot = () => JSON.stringify(stored('projects').find((x) => x._id === p.id))
    const was = snapshot()
    expect(await call('coord-B', 'projects.review', { projectId: p.id, decision: 'approve' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call('coord-B', 'projects.get', { projectId: p.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(must(await call('coord-B', 'projects.list', {})).items.map((x: any) => x.id)).not.toContain(p.id)
    expect(snapshot()).toBe(was)
    const pub = must(await call('coord-A', 'projects.review', { projectId: p.id, decision: 'approve' }))
    expect(await call('vol-B', 'projects.signUp', { projectId: pub.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call('coord-B', 'projects.complete', { projectId: pub.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call('coord-B', 'projects.attendance', { projectId: pub.id, session: 0, present: [] })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(await call('vol-1', 'projects.attendance', { projectId: pub.id, session: 0, present: [] })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(await call('res-A', 'projects.declare', declareInput())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call('vol-1', 'projects.review', { projectId: pub.id, decision: 'reject', reason: '越权' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
  })

  it('serves every query from a declared index', async () => {
    const r = await call('vol-1', 'projects.list', {})
    const g = await call('coord-A', 'projects.get', { projectId: must(r).items[0].id })
    expect([...r.counters.queries, ...g.counters.queries].every((q) => q.index)).toBe(true)
  })
})
