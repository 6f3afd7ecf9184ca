// Teams as a working unit (src/shared/domain/teams.ts) through the router on the local cloud (genuine SDK): kinds as
// data, replay-safe founding, the leader and handover, edits by role, categories served → team first in the pool,
// grab and candidates, team-only projects, 政治面貌 on the profile, and the 工作台's team hours and 双报到 figures
// checked against the raw service records. Bad input: a coded error and the store unchanged.
import { setClock } from '../../cloudfunctions/api/src/lib/clock'
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectFail, expectOk, rawApiCaller } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'
import { aVolunteer, anOrder, east } from '../fixtures/orders'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const callRaw = rawApiCaller()
const all = (coll: string) => [...tc.store.all(coll).values()].map((r) => r.doc as any)
const snapshot = (...colls: string[]) => JSON.stringify(colls.map(all))
const MIN = 60000
/** The test's clock: a fixed instant the api function reads (ctx.now). */
const T0 = new Date('2026-05-12T02:00:00Z')
const at = (minutes: number) => new Date(T0.getTime() + minutes * MIN)
const vid: Record<string, string> = {}
let teamId = ''

beforeAll(async () => {
  setClock(() => T0)
  await aCommunity(tc.db, 'cA', 'TEAMA1', 'A社区')
  await aCommunity(tc.db, 'cB', 'TEAMB2', 'B社区')
  await aUser(tc.db, 'coord-A', 'cA', ['resident', 'coordinator'], '陈协调')
  await aUser(tc.db, 'coord-B', 'cB', ['resident', 'coordinator'], '林协调')
  await aUser(tc.db, 'res-A', 'cA')
  vid.m1 = await aVolunteer(tc.db, 'm1', 'cA', { realName: '王建国', politicalStatus: 'party_member', at: east(2000) })
  vid.m2 = await aVolunteer(tc.db, 'm2', 'cA', { realName: '李青', politicalStatus: 'league_member', at: east(2500) })
  vid.out = await aVolunteer(tc.db, 'out', 'cA', { realName: '赵外', politicalStatus: 'probationary_party_member' })
  vid.b1 = await aVolunteer(tc.db, 'b1', 'cB', { realName: '孙乙' })
})
afterAll(() => setClock(null))

describe('team kinds are data per community', () => {
  it('lists the defaults; a coordinator renames, adds and retires; a replay adds nothing and audits once', async () => {
    expect(expectOk(await call('coord-A', 'teams.list', {})).kinds.map((k) => k.label)).toEqual([
      '党员志愿队',
      '青年志愿队',
      '巾帼志愿队',
      '银龄志愿队',
      '老专家志愿队',
      '其他'
    ])
    const current = expectOk(await call('coord-A', 'teams.list', {})).kinds
    const next = [
      ...current.map((k) => (k.key === 'general' ? { ...k, label: '综合服务队' } : k.key === 'women' ? { ...k, retired: true } : k)),
      { key: null, label: '劳模志愿队', retired: false }
    ]
    const saved = expectOk(await call('coord-A', 'teams.saveKinds', { kinds: next }))
    expect(saved.kinds).toHaveLength(7)
    const added = saved.kinds.find((k) => k.label === '劳模志愿队')!
    expect(added.key).toMatch(/^k-/)
    // The same list again (the new kind still without its key, as a retried form sends it) changes nothing.
    expect(expectOk(await call('coord-A', 'teams.saveKinds', { kinds: next })).kinds).toEqual(saved.kinds)
    expect(all('audit_logs').filter((a) => a.action === 'teams.saveKinds')).toHaveLength(1)
    expect(expectOk(await call('m1', 'teams.list', {})).kinds).toEqual(saved.kinds)
    // Another community keeps the defaults.
    expect(expectOk(await call('coord-B', 'teams.list', {})).kinds.map((k) => k.label)).toContain('其他')
  })

  it('refuses dropping a kind, duplicate labels and non-coordinators, with the store unchanged', async () => {
    const before = snapshot('communities', 'audit_logs')
    const kinds = expectOk(await call('coord-A', 'teams.list', {})).kinds
    expect(expectFail(await call('coord-A', 'teams.saveKinds', { kinds: kinds.slice(1) }))).toMatchObject({
      code: 'BAD_INPUT',
      fields: { kinds: expect.stringContaining('不能删除') }
    })
    const dup = kinds.map((k, i) => (i === 1 ? { ...k, label: kinds[0].label } : k))
    expect(expectFail(await call('coord-A', 'teams.saveKinds', { kinds: dup }))).toMatchObject({ code: 'BAD_INPUT', fields: { kinds: '类型名称不能重复' } })
    expect(expectFail(await call('m1', 'teams.saveKinds', { kinds }))).toMatchObject({ code: 'FORBIDDEN' })
    expect(expectFail(await callRaw('coord-A', 'teams.saveKinds', { kinds: [{ key: null, label: '', retired: false }] }))).toMatchObject({ code: 'BAD_INPUT' })
    expect(snapshot('communities', 'audit_logs')).toBe(before)
  })
})

describe('founding, the leader and edits', () => {
  it('founds a team once per requestId; the founder leads; a retired kind is refused', async () => {
    const first = await call('coord-A', 'teams.create', { name: '党员先锋队', kind: 'party_member', slogan: '我是党员我先上' }, { requestId: 'req-team-0001' })
    const again = await call('coord-A', 'teams.create', { name: '党员先锋队', kind: 'party_member', slogan: '我是党员我先上' }, { requestId: 'req-team-0001' })
    expect(expectOk(again)).toEqual(expectOk(first))
    teamId = expectOk(first).id
    expect(expectOk(first)).toMatchObject({ kindLabel: '党员志愿队', leaderName: '社区协调员', isLeader: true, memberCount: 0 })
    expect(all('teams')).toHaveLength(1)
    expect(all('audit_logs').filter((a) => a.action === 'teams.create')).toHaveLength(1)
    const before = snapshot('teams')
    expect(expectFail(await call('coord-A', 'teams.create', { name: '巾帼队', kind: 'women' }))).toMatchObject({
      code: 'BAD_INPUT',
      fields: { kind: expect.any(String) }
    })
    expect(expectFail(await call('coord-A', 'teams.create', { name: '海盗队', kind: 'pirates' }))).toMatchObject({ code: 'BAD_INPUT' })
    expect(snapshot('teams')).toBe(before)
  })

  it('hands over to members only; the leader edits the slogan, not the name; a member who leads hands over before leaving', async () => {
    for (const v of ['m1', 'm2']) expectOk(await call(v, 'teams.join', { teamId }))
    const before = snapshot('teams', 'audit_logs')
    expect(expectFail(await call('m1', 'teams.handOver', { teamId, volunteerId: vid.m2 }))).toMatchObject({ code: 'FORBIDDEN' })
    expect(expectFail(await call('coord-A', 'teams.handOver', { teamId, volunteerId: vid.out }))).toMatchObject({
      code: 'BAD_INPUT',
      fields: { volunteerId: '只能交给本队队员' }
    })
    expect(expectFail(await call('coord-A', 'teams.handOver', { teamId, volunteerId: vid.b1 }))).toMatchObject({ code: 'NOT_FOUND' })
    expect(snapshot('teams', 'audit_logs')).toBe(before)

    expect(expectOk(await call('coord-A', 'teams.handOver', { teamId, volunteerId: vid.m1 }))).toMatchObject({ leaderName: '王建国', isLeader: false })
    expect(expectOk(await call('m1', 'teams.get', { teamId }))).toMatchObject({ isLeader: true, joined: true })
    expect(expectOk(await call('m1', 'teams.update', { teamId, slogan: '冲锋在前' }))).toMatchObject({ slogan: '冲锋在前' })
    expect(expectFail(await call('m1', 'teams.update', { teamId, name: '新名字' }))).toMatchObject({ code: 'FORBIDDEN' })
    expect(expectFail(await call('m2', 'teams.update', { teamId, slogan: '我也来' }))).toMatchObject({ code: 'FORBIDDEN' })
    expect(expectFail(await call('m1', 'teams.leave', { teamId }))).toMatchObject({ code: 'TEAM_LEADER_MUST_HAND_OVER' })

    expect(expectOk(await call('m1', 'teams.handOver', { teamId, volunteerId: vid.m2 }))).toMatchObject({ leaderName: '李青', isLeader: false })
    expect(expectOk(await call('m1', 'teams.leave', { teamId }))).toMatchObject({ memberCount: 1, joined: false })
    expectOk(await call('m1', 'teams.join', { teamId }))
    expect(
      all('audit_logs')
        .filter((a) => a.action === 'teams.handOver')
        .map((a) => a.after.leaderName)
    ).toEqual(['王建国', '李青'])
    expect(expectOk(await call('coord-A', 'teams.update', { teamId, name: '党员先锋队', kind: 'party_member' }))).toMatchObject({ name: '党员先锋队' })
  })

  it('shows 政治面貌 of members to coordinators only', async () => {
    const asCoord = expectOk(await call('coord-A', 'teams.get', { teamId }))
    expect(asCoord.members.map((m) => [m.name, m.politicalStatus, m.isLeader])).toEqual([
      ['李青', 'league_member', true],
      ['王建国', 'party_member', false]
    ])
    expect(expectOk(await call('m1', 'teams.get', { teamId })).members.every((m) => m.politicalStatus === null)).toBe(true)
    expect(expectFail(await call('b1', 'teams.get', { teamId }))).toMatchObject({ code: 'FORBIDDEN' })
  })
})

describe('a team serving a category: its members first', () => {
  it('stores the categories on the team and the community summary; unknown categories are refused unchanged', async () => {
    const before = snapshot('teams', 'communities')
    expect(expectFail(await call('coord-A', 'teams.assignCategories', { teamId, categories: ['c_nosuch01'] }))).toMatchObject({ code: 'CATEGORY_UNKNOWN' })
    expect(expectFail(await callRaw('coord-A', 'teams.assignCategories', { teamId, categories: 'elder_visit' }))).toMatchObject({ code: 'BAD_INPUT' })
    expect(expectFail(await call('m2', 'teams.assignCategories', { teamId, categories: ['elder_visit'] }))).toMatchObject({ code: 'FORBIDDEN' })
    expect(snapshot('teams', 'communities')).toBe(before)
    expect(expectOk(await call('coord-A', 'teams.assignCategories', { teamId, categories: ['elder_visit'] })).categories).toEqual(['elder_visit'])
    expect(tc.store.get('communities', 'cA')!.doc.teamServes).toEqual({ elder_visit: [teamId] })
  })

  it('reserves a fresh order of the category for members during the first half of its SLA (pool and grab), then opens it', async () => {
    // Default SLA 30 min (urgent 10): head start 15 (urgent 5) minutes after creation.
    const reserved = await anOrder(tc.db, { createdAt: at(-5), category: 'elder_visit' })
    const other = await anOrder(tc.db, { createdAt: at(-5), category: 'shopping', skillsNeeded: ['shopping'] })
    const urgentOpen = await anOrder(tc.db, { createdAt: at(-6), category: 'elder_visit', urgency: 'urgent' })
    const ids = async (who: string) => expectOk(await call(who, 'orders.pool', {})).items.map((o) => o.id)
    expect(await ids('m1')).toEqual(expect.arrayContaining([reserved._id, other._id, urgentOpen._id]))
    const outsider = await ids('out')
    expect(outsider).toEqual(expect.arrayContaining([other._id, urgentOpen._id]))
    expect(outsider).not.toContain(reserved._id)
    const refused = expectFail(await call('out', 'orders.grab', { orderId: reserved._id }))
    expect(refused).toMatchObject({ code: 'NOT_ELIGIBLE', fields: { orderId: expect.stringContaining('服务队优先接单') } })
    expect(tc.store.get('orders', reserved._id)!.doc.status).toBe('pending')

    setClock(() => at(10)) // 15 minutes after creation: the head start is over
    expect(await ids('out')).toContain(reserved._id)
    setClock(() => T0)
  })

  it('lists the serving team members first among dispatch candidates, with the reason; dispatch to others stays allowed', async () => {
    const o = await anOrder(tc.db, { createdAt: at(-1), category: 'elder_visit' })
    const list = expectOk(await call('coord-A', 'orders.candidates', { orderId: o._id })).candidates
    expect(list.map((c) => c.name)).toEqual(['王建国', '李青', '赵外']) // members by score, then the rest
    expect(list[0].reasons[0]).toBe('承接本类服务：党员先锋队')
    expect(list[2].reasons.join()).not.toContain('承接本类服务')
    // The outsider is nearer (higher score) but ranked after the members.
    expect(list[2].score).toBeGreaterThan(list[0].score)
    expect(list[0].score).toBeGreaterThan(list[1].score)
    expect(expectOk(await call('coord-A', 'orders.dispatch', { orderId: o._id, volunteerId: vid.out }))).toMatchObject({ status: 'dispatched' })
  })
})

describe('a project assigned to a team takes its members only', () => {
  it('refuses outsiders with the reason, accepts members; assignment is audited and replay-safe', async () => {
    const p = expectOk(
      await call('coord-A', 'projects.declare', {
        requestId: 'req-team-project-1',
        title: '党员进社区义诊',
        description: '为辖区老人测血压、讲解用药',
        category: 'medical_advice',
        place: 'A社区党群服务中心',
        sessions: [{ startsAt: at(3 * 24 * 60).toISOString(), minutes: 120 }],
        capacity: 10
      })
    )
    const before = snapshot('projects', 'audit_logs')
    expect(expectFail(await call('coord-A', 'teams.assignProject', { projectId: p.id, teamId: 'no-such-team' }))).toMatchObject({ code: 'NOT_FOUND' })
    expect(expectFail(await call('coord-B', 'teams.assignProject', { projectId: p.id, teamId: null }))).toMatchObject({ code: 'NOT_FOUND' })
    expect(snapshot('projects', 'audit_logs')).toBe(before)
    expectOk(await call('coord-A', 'teams.assignProject', { projectId: p.id, teamId }))
    expect(expectOk(await call('m1', 'teams.get', { teamId })).projects).toEqual([]) // declared: coordinators only
    for (let i = 0; i < 2; i++)
      expect(expectOk(await call('coord-A', 'teams.assignProject', { projectId: p.id, teamId }))).toEqual({ projectId: p.id, teamId, teamName: '党员先锋队' })
    expect(all('audit_logs').filter((a) => a.action === 'teams.assignProject')).toHaveLength(1)
    expectOk(await call('coord-A', 'projects.review', { projectId: p.id, decision: 'approve' }))
    expect(expectOk(await call('out', 'projects.get', { projectId: p.id })).team).toEqual({ id: teamId, name: '党员先锋队' })
    expect(expectFail(await call('out', 'projects.signUp', { projectId: p.id }))).toMatchObject({
      code: 'NOT_ELIGIBLE',
      fields: { projectId: expect.stringContaining('仅限该队队员报名') }
    })
    expect(expectOk(await call('m1', 'projects.signUp', { projectId: p.id }))).toMatchObject({ status: 'confirmed' })
    expect(expectOk(await call('m1', 'teams.get', { teamId })).projects.map((x) => x.title)).toEqual(['党员进社区义诊'])
  })
})

describe('政治面貌 on the profile and the 工作台 figures', () => {
  it('sets and clears 政治面貌 through volunteers.updateProfile; a value outside the list is refused', async () => {
    await aVolunteer(tc.db, 'p3', 'cA', { realName: '周红' })
    expect(expectOk(await call('p3', 'volunteers.updateProfile', { politicalStatus: 'masses' })).politicalStatus).toBe('masses')
    expect(expectOk(await call('p3', 'volunteers.updateProfile', { politicalStatus: null })).politicalStatus).toBeNull()
    expect(expectOk(await call('p3', 'volunteers.updateProfile', { politicalStatus: 'party_member' })).politicalStatus).toBe('party_member')
    expect(expectOk(await call('p3', 'volunteers.me', {})).volunteer?.politicalStatus).toBe('party_member')
    const before = snapshot('volunteers')
    expect(expectFail(await callRaw('p3', 'volunteers.updateProfile', { politicalStatus: '党员' }))).toMatchObject({ code: 'BAD_INPUT' })
    expect(snapshot('volunteers')).toBe(before)
  })

  it('team hours and 双报到 equal the raw records: current members, this community, the year, no honorary top-ups', async () => {
    const rec = (n: number, volunteerOpenid: string, date: string, minutes: number, source = 'order', communityId = 'cA') =>
      tc.db
        .collection('service_records')
        .add({ data: { _id: `rec-t-${n}`, volunteerOpenid, communityId, date, minutes, source, category: null, createdAt: T0 } })
    await rec(1, 'm1', '2026-02-03', 90)
    await rec(2, 'm1', '2026-04-20', 45, 'project')
    await rec(3, 'm2', '2026-03-01', 120)
    await rec(4, 'm2', '2025-12-31', 60) // last year
    await rec(5, 'm1', '2026-03-05', 600, 'honorary') // not service
    await rec(6, 'out', '2026-01-15', 30)
    await rec(7, 'p3', '2026-02-14', 75)
    await rec(8, 'm2', '2026-02-01', 40, 'order', 'cB') // another community's record
    const raw = all('service_records').filter((r) => r._id.startsWith('rec-t-'))
    const served = (who: string[]) =>
      raw
        .filter((r) => who.includes(r.volunteerOpenid) && r.communityId === 'cA' && r.date.startsWith('2026') && r.source !== 'honorary')
        .reduce((s, r) => s + r.minutes, 0)
    const members = all('team_members')
      .filter((m) => m.teamId === teamId)
      .map((m) => m.openid)
    const stats = expectOk(await call('coord-A', 'teams.stats', {}))
    expect(stats.year).toBe(2026)
    expect(stats.teams).toEqual([{ id: teamId, name: '党员先锋队', kindLabel: '党员志愿队', memberCount: 2, activeMembers: 2, servedMinutes: served(members) }])
    expect(served(members)).toBe(255)
    const party = all('volunteers')
      .filter((v) => v.communityId === 'cA' && ['party_member', 'probationary_party_member'].includes(v.politicalStatus))
      .map((v) => v.openid)
    const league = all('volunteers')
      .filter((v) => v.communityId === 'cA' && v.politicalStatus === 'league_member')
      .map((v) => v.openid)
    expect(stats.dualReport).toEqual([
      { group: 'party', label: '党员', registered: party.length, active: party.filter((o) => served([o]) > 0).length, servedMinutes: served(party) },
      { group: 'league', label: '团员', registered: league.length, active: 1, servedMinutes: served(league) }
    ])
    expect(expectOk(await call('m2', 'teams.get', { teamId })).servedMinutes).toBe(served(members))
    expect(expectOk(await call('coord-A', 'teams.stats', { year: 2025 })).teams[0].servedMinutes).toBe(60)
    expect(expectFail(await call('coord-A', 'teams.stats', { communityId: 'cB' }))).toMatchObject({ code: 'FORBIDDEN' })
    expect(expectFail(await call('m1', 'teams.stats', {}))).toMatchObject({ code: 'FORBIDDEN' })
  })
})

describe('a leader who moves away', () => {
  it('stops leading when moving to another community (membership ended, count right)', async () => {
    expect(expectOk(await call('coord-A', 'teams.get', { teamId }))).toMatchObject({ leaderName: '李青', memberCount: 2 })
    expectOk(await call('m2', 'communities.join', { code: 'TEAMB2' }))
    const after = expectOk(await call('coord-A', 'teams.get', { teamId }))
    expect(after).toMatchObject({ leaderName: '', memberCount: 1 })
    expect(after.members.map((m) => m.name)).toEqual(['王建国'])
    expect(expectOk(await call('coord-A', 'teams.handOver', { teamId, volunteerId: vid.m1 }))).toMatchObject({ leaderName: '王建国' })
  })
})
