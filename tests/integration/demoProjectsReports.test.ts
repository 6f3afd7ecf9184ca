// The demo 项目库 and 随手拍 (localcloud/src/demo/seedProjects.ts, seedReports.ts): made through the real actions,
// every status present, the waitlist and the service records the product itself wrote, photos checked and shown,
// the rectification rate from the community's counter, the app able to act on them, and a second run changing
// nothing. Also the 项目库 status filter the list page uses (coordinators' 待审核, volunteers never see it).
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectOk as ok, present } from '../fixtures/api'
import { invokeMain } from '../../localcloud/src/runtime'
import { deliverMediaVerdicts } from '../../localcloud/src/mediaVerdicts'
import { seedDemo } from '../../localcloud/src/demo/seed'
import { seedVolunteers } from '../../localcloud/src/demo/seedVolunteers'
import { seedProjects } from '../../localcloud/src/demo/seedProjects'
import { seedReports } from '../../localcloud/src/demo/seedReports'
import { DEMO_COMMUNITY_ID, DEMO_COORDINATOR, DEFAULT_DEMO_OPENID, demoVolunteer } from '../../localcloud/src/demo/ids'
import { PROJECT_STATUSES, REPORT_STATUSES } from '../../src/shared/contracts'

const tc = startTestCloud({ manifest: true })
// The demo's instant (the seeds take it; the api function stamps its own, real, clock meanwhile).
const now = new Date()
const call = apiCaller()
const main = () => require('../../cloudfunctions/api/src/index').main
const runtime = {
  invoke: (name: string, event: unknown, openid: string, source?: string) => invokeMain(main(), event, openid, { name, timeoutMs: 20000, source })
}
const all = (coll: string) => [...tc.store.all(coll).values()].map((r) => r.doc as any)
let projectsMade = 0
let reportsMade = 0

beforeAll(async () => {
  await seedDemo(tc.db, now)
  await seedVolunteers(runtime, now)
  projectsMade = await seedProjects(runtime, now)
  reportsMade = await seedReports(runtime, tc.cloud)
}, 120000)

describe('demo projects', () => {
  it('has one in every status, all in the demo community, made through the actions', () => {
    const projects = all('projects')
    expect(projects).toHaveLength(projectsMade)
    expect([...new Set(projects.map((p) => p.status))].sort()).toEqual([...PROJECT_STATUSES].sort())
    expect(projects.every((p) => p.communityId === DEMO_COMMUNITY_ID && p.declaredBy === DEMO_COORDINATOR)).toBe(true)
    expect(projects.find((p) => p.status === 'rejected').rejectReason).toContain('装修')
  })

  it('has one open with places left, one full with a waitlist in arrival order', async () => {
    const open = ok(await call(demoVolunteer(16), 'projects.list', { status: 'published' })).items
    expect(open).toHaveLength(2)
    const roomy = present(open.find((p) => p.confirmedCount < p.capacity))
    const full = present(open.find((p) => p.confirmedCount === p.capacity))
    expect(roomy).toMatchObject({ waitlistCount: 0, mySignUp: null })
    expect(full.waitlistCount).toBe(2)
    expect(ok(await call(demoVolunteer(13), 'projects.get', { projectId: full.id })).mySignUp).toMatchObject({ status: 'waitlisted', position: 1 })
    expect(ok(await call(demoVolunteer(15), 'projects.get', { projectId: full.id })).mySignUp).toMatchObject({ status: 'waitlisted', position: 2 })
    const staffView = ok(await call(DEMO_COORDINATOR, 'projects.get', { projectId: full.id }))
    expect(present(staffView.participants).map((x) => x.status)).toEqual(['confirmed', 'confirmed', 'confirmed', 'waitlisted', 'waitlisted'])
    // The app can act on them: a volunteer takes a place that is left; on the full one, the waitlist.
    expect(ok(await call(demoVolunteer(16), 'projects.signUp', { projectId: roomy.id }))).toMatchObject({ status: 'confirmed' })
    expect(ok(await call(demoVolunteer(16), 'projects.signUp', { projectId: full.id }))).toMatchObject({ status: 'waitlisted', position: 3 })
  })

  it('completed and graded 优秀 after its sessions, with attendance and one project service record per volunteer present', async () => {
    const done = all('projects').find((p) => p.status === 'completed')
    expect(done.evaluation).toMatchObject({ grade: '优秀' })
    // Records must be true: both sessions were over before completion, and attendance was taken at each.
    expect(done.sessions.every((s: any) => s.startsAt.getTime() + s.minutes * 60000 <= done.completedAt.getTime())).toBe(true)
    expect(done.attendance.map((a: any) => a.present)).toEqual([3, 3])
    const signups = all('project_signups').filter((s) => s.projectId === done._id)
    expect(signups.map((s) => s.attended)).toEqual([
      [0, 1],
      [0, 1],
      [0, 1]
    ])
    const view = ok(await call(demoVolunteer(7), 'projects.get', { projectId: done._id }))
    expect(present(view.mySignUp).attended).toEqual([0, 1])
    expect(view.sessions.map((s: any) => s.attendance?.present)).toEqual([3, 3])
    const records = all('service_records').filter((r) => r.source === 'project')
    expect(records.map((r) => r.volunteerOpenid).sort()).toEqual([5, 7, 8].map(demoVolunteer))
    expect(records.every((r) => r.minutes === 210 && r.content === '重阳节敬老探访')).toBe(true)
    expect(ok(await call(demoVolunteer(7), 'records.list', {})).items).toEqual([expect.objectContaining({ source: 'project', minutes: 210 })])
  })

  it('filters by status: coordinators see 待审核, volunteers never do', async () => {
    const declared = ok(await call(DEMO_COORDINATOR, 'projects.list', { status: 'declared' })).items
    expect(declared.map((p: any) => p.title)).toEqual(['防诈骗知识进社区'])
    expect(ok(await call(demoVolunteer(16), 'projects.list', { status: 'declared' }))).toEqual({ items: [], hasMore: false })
    expect(
      ok(await call(demoVolunteer(16), 'projects.list', {}))
        .items.map((p: any) => p.status)
        .sort()
    ).toEqual(['completed', 'published', 'published'])
    expect(ok(await call(DEMO_COORDINATOR, 'projects.list', {})).items).toHaveLength(projectsMade)
  })
})

describe('demo reports', () => {
  it('has one in every status, photos checked and then shown', async () => {
    const reports = all('reports')
    expect(reports).toHaveLength(reportsMade)
    expect([...new Set(reports.map((r) => r.status))].sort()).toEqual([...REPORT_STATUSES].sort())
    expect(reports.flatMap((r) => r.photos).every((p: any) => p.status === 'checking')).toBe(true)
    await deliverMediaVerdicts({ db: tc.local, dataDir: tc.dataDir, runtime })
    const closed = ok(await call(DEMO_COORDINATOR, 'reports.list', { as: 'community', status: 'closed' })).items
    expect(closed).toHaveLength(2)
    for (const r of closed) {
      expect(r.photos).toEqual([{ status: 'pass', url: expect.stringMatching(/\/files\/orders\/[0-9a-f]{16}\/demo-report-\d+\.png$/) }])
      expect(r.afterPhotos).toEqual([{ status: 'pass', url: expect.any(String) }])
      expect(r.events.map((e: any) => e.kind)).toEqual(['create', 'dispatch', 'rectify', 'close'])
    }
  })

  it('counts the rectification rate from the community counter: 2 closed of 7 filed', async () => {
    expect(ok(await call(DEMO_COORDINATOR, 'reports.stats', {}))).toEqual({
      communityId: DEMO_COMMUNITY_ID,
      filed: 7,
      rectified: 4,
      closed: 2,
      open: 5,
      rectificationRate: 0.286
    })
  })

  it('lets the app act on them: the coordinator closes the team-rectified one, the default resident sees theirs', async () => {
    const waiting = ok(await call(DEMO_COORDINATOR, 'reports.list', { as: 'community', status: 'rectified' })).items
    expect(waiting).toHaveLength(1)
    expect(waiting[0]).toMatchObject({ assignee: { kind: 'team' }, moves: ['close', 'reopen'] })
    expect(ok(await call(DEMO_COORDINATOR, 'reports.close', { reportId: waiting[0].id })).status).toBe('closed')
    expect(ok(await call(DEMO_COORDINATOR, 'reports.stats', {})).closed).toBe(3)

    const mine = ok(await call(DEFAULT_DEMO_OPENID, 'reports.list', { as: 'mine' })).items
    expect(mine.map((r: any) => r.status).sort()).toEqual(['filed', 'reopened'])
    expect(present(mine.find((r) => r.status === 'reopened')).events.map((e: any) => e.kind)).toEqual(['create', 'dispatch', 'rectify', 'close', 'reopen'])
    const assigned = ok(await call(demoVolunteer(12), 'reports.list', { as: 'assigned' })).items
    expect(assigned).toEqual([expect.objectContaining({ status: 'dispatched', moves: ['rectify'] })])
  })

  it('a second run of either seed changes nothing', async () => {
    const before = { projects: all('projects').length, reports: all('reports').length, signups: all('project_signups').length }
    expect(await seedProjects(runtime, now)).toBe(0)
    expect(await seedReports(runtime, tc.cloud)).toBe(0)
    expect({ projects: all('projects').length, reports: all('reports').length, signups: all('project_signups').length }).toEqual(before)
  })
})
