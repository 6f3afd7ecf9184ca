// teams.* through the router and the genuine SDK on the local cloud: authorization, per-community names, and
// memberCount under concurrent joins.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, rawApiCaller } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
/** For inputs the contract refuses. */
const callRaw = rawApiCaller()
const all = (coll: string) => [...tc.store.all(coll).values()].map((r) => r.doc)
const snapshot = (...colls: string[]) => JSON.stringify(colls.map(all))
const vol = (n: number) => `vol-${n}`
let teamId = ''

beforeAll(async () => {
  await aCommunity(tc.db, 'c1', 'WC01')
  await aCommunity(tc.db, 'c2', 'XH02')
  await aUser(tc.db, 'coord-1', 'c1', ['resident', 'coordinator'])
  await aUser(tc.db, 'coord-2', 'c2', ['resident', 'coordinator', 'volunteer'])
  await aUser(tc.db, 'res-1', 'c1')
  await aUser(tc.db, 'admin-1', null, ['resident', 'admin'])
  for (let n = 1; n <= 22; n++) await aUser(tc.db, vol(n), 'c1', ['resident', 'volunteer'])
  await aUser(tc.db, 'vol-c2', 'c2', ['resident', 'volunteer'])
})

describe('teams.create', () => {
  it('lets a coordinator found a team in their community', async () => {
    const r = await call('coord-1', 'teams.create', { name: '文昌社区银龄志愿队', kind: 'senior', slogan: '老有所为' })
    expect(r).toEqual(
      expect.objectContaining({
        ok: true,
        data: {
          id: expect.any(String),
          name: '文昌社区银龄志愿队',
          kind: 'senior',
          kindLabel: '银龄志愿队',
          slogan: '老有所为',
          memberCount: 0,
          joined: false,
          leaderName: '社区协调员',
          isLeader: true,
          categories: []
        }
      })
    )
    teamId = (r as any).data.id
    expect(tc.store.get('teams', teamId)!.doc).toMatchObject({ communityId: 'c1', createdBy: 'coord-1' })
    expect(await call('coord-1', 'teams.create', { name: '党员先锋队', kind: 'party_member' })).toMatchObject({ ok: true, data: { slogan: '' } })
  })

  it('keeps names unique within a community (CONFLICT on the field), not across communities', async () => {
    expect(await call('coord-1', 'teams.create', { name: '文昌社区银龄志愿队', kind: 'general' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { name: '本社区已有同名的志愿服务队' } }
    })
    expect(await call('coord-2', 'teams.create', { name: '文昌社区银龄志愿队', kind: 'senior' })).toMatchObject({ ok: true })
  })

  it('is refused to residents, volunteers and admins without a community role, and to risky text — writing nothing', async () => {
    const before = snapshot('teams')
    for (const who of ['res-1', vol(1)])
      expect(await call(who, 'teams.create', { name: '新队', kind: 'youth' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call('admin-1', 'teams.create', { name: '新队', kind: 'youth' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call('coord-1', 'teams.create', { name: '新队', kind: 'youth', slogan: '毒品交易' })).toMatchObject({
      ok: false,
      error: { code: 'CONTENT_RISKY', fields: { slogan: expect.any(String) } }
    })
    expect(await callRaw('coord-1', 'teams.create', { name: '新队', kind: 'pirates' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', fields: { kind: expect.any(String) } }
    })
    expect(snapshot('teams')).toBe(before)
  })
})

describe('teams.join and teams.leave', () => {
  it('20 volunteers joining at once give memberCount 20 and 20 member documents; repeats change nothing', async () => {
    const joins = Array.from({ length: 20 }, (_, i) => call(vol(i + 1), 'teams.join', { teamId }))
    const repeats = Array.from({ length: 5 }, (_, i) => call(vol(i + 1), 'teams.join', { teamId }))
    const replies = await Promise.all([...joins, ...repeats])
    expect(replies.map((r) => r.ok)).toEqual(Array(25).fill(true))
    expect(replies.every((r: any) => r.data.joined)).toBe(true)
    expect(tc.store.get('teams', teamId)!.doc.memberCount).toBe(20)
    const members = all('team_members').filter((m) => m.teamId === teamId)
    expect(members).toHaveLength(20)
    expect(members.map((m) => m._id).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `${teamId}:${vol(i + 1)}`).sort())
    expect(await call(vol(1), 'teams.join', { teamId })).toMatchObject({ ok: true, data: { memberCount: 20, joined: true } })
    expect(tc.store.get('teams', teamId)!.doc.memberCount).toBe(20)
  })

  it('leaving lowers the count once; leaving again (or never having joined) is a no-op returning the team', async () => {
    expect(await call(vol(20), 'teams.leave', { teamId })).toMatchObject({ ok: true, data: { memberCount: 19, joined: false } })
    expect(await call(vol(20), 'teams.leave', { teamId })).toMatchObject({ ok: true, data: { memberCount: 19, joined: false } })
    expect(await call(vol(22), 'teams.leave', { teamId })).toMatchObject({ ok: true, data: { memberCount: 19, joined: false } })
    expect(tc.store.get('teams', teamId)!.doc.memberCount).toBe(19)
    expect(tc.store.get('team_members', `${teamId}:${vol(20)}`)).toBeUndefined()
  })

  it('keeps the count right when joins and leaves interleave', async () => {
    const ops = [
      ...Array.from({ length: 10 }, (_, i) => call(vol(i + 1), 'teams.leave', { teamId })),
      call(vol(21), 'teams.join', { teamId }),
      call(vol(22), 'teams.join', { teamId })
    ]
    expect((await Promise.all(ops)).every((r) => r.ok)).toBe(true)
    const members = all('team_members').filter((m) => m.teamId === teamId).length
    expect(members).toBe(11)
    expect(tc.store.get('teams', teamId)!.doc.memberCount).toBe(members)
  })

  it("refuses another community's volunteer — coordinator or not — with FORBIDDEN, and residents", async () => {
    const before = snapshot('teams', 'team_members')
    expect(await call('vol-c2', 'teams.join', { teamId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call('coord-2', 'teams.join', { teamId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call('coord-2', 'teams.leave', { teamId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call('res-1', 'teams.join', { teamId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call('coord-1', 'teams.join', { teamId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } }) // not a volunteer
    expect(await call(vol(1), 'teams.join', { teamId: 'no-such-team' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(snapshot('teams', 'team_members')).toBe(before)
  })
})

describe('teams.list', () => {
  it("lists the caller's community's teams with `joined`, and nothing of other communities", async () => {
    const mine = await call(vol(21), 'teams.list', {})
    expect((mine as any).data.teams.map((t: any) => [t.name, t.joined])).toEqual([
      ['党员先锋队', false],
      ['文昌社区银龄志愿队', true]
    ])
    const resident = await call('res-1', 'teams.list', {})
    expect((resident as any).data.teams.map((t: any) => t.joined)).toEqual([false, false])
    const other = await call('vol-c2', 'teams.list', {})
    expect((other as any).data.teams.map((t: any) => t.name)).toEqual(['文昌社区银龄志愿队'])
    expect((other as any).data.teams[0].id).not.toBe(teamId)
    expect(await call('admin-1', 'teams.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_IN_COMMUNITY' } })
  })
})
