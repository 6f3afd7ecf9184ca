// The demo team and family links are shaped as the api writes them: the actions read and change them.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller } from '../fixtures/api'
import { seedDemo } from '../../localcloud/src/demo/seed'
import { DEMO_COORDINATOR, demoResident, demoVolunteer } from '../../localcloud/src/demo/ids'
import { DEMO_LINK_ACTIVE, DEMO_LINK_PENDING, DEMO_TEAM_ID } from '../../localcloud/src/demo/seedTeamsFamily'

const tc = startTestCloud({ manifest: true })
// The demo's instant (the seeds take it; the api function stamps its own, real, clock meanwhile).
const now = new Date()
const call = apiCaller()

beforeAll(async () => {
  await seedDemo(tc.db, now)
  // seedVolunteers (through the built api function) grants the role by approval; here directly.
  await tc.db
    .collection('users')
    .doc(demoVolunteer(1))
    .update({ data: { roles: ['resident', 'volunteer'] } })
})

it('has a senior team whose memberCount matches its member documents', async () => {
  const members = [...tc.store.all('team_members').values()].filter((m) => m.doc.teamId === DEMO_TEAM_ID)
  expect(tc.store.get('teams', DEMO_TEAM_ID)!.doc.memberCount).toBe(members.length)
  const r = await call(demoVolunteer(1), 'teams.list', {})
  expect(r).toMatchObject({ ok: true, data: { teams: [{ id: DEMO_TEAM_ID, name: '文昌社区银龄志愿队', kind: 'senior', memberCount: 4, joined: true }] } })
  expect(await call(demoVolunteer(1), 'teams.leave', { teamId: DEMO_TEAM_ID })).toMatchObject({ ok: true, data: { memberCount: 3, joined: false } })
})

it('has an active link for demo-resident-02 and one waiting for the coordinator', async () => {
  expect(await call(demoResident(2), 'family.list', {})).toMatchObject({
    ok: true,
    data: { links: [{ id: DEMO_LINK_ACTIVE, status: 'active', relation: 'grandparent', iAm: 'requester' }] }
  })
  expect(await call(DEMO_COORDINATOR, 'family.list', {})).toMatchObject({
    ok: true,
    data: { links: [{ id: DEMO_LINK_PENDING, status: 'pending_coordinator', iAm: 'coordinator' }] }
  })
  expect(await call(DEMO_COORDINATOR, 'family.approve', { linkId: DEMO_LINK_PENDING, decision: 'approve' })).toMatchObject({
    ok: true,
    data: { status: 'active' }
  })
})

it('shows the community address', async () => {
  expect(await call(demoResident(1), 'communities.join', { code: 'HZJB01' })).toMatchObject({
    ok: true,
    data: { address: expect.stringContaining('江北街道') }
  })
})
