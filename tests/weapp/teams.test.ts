// 我的团队 (volunteer subpackage) from the compiled weapp build: the community's teams with what they serve and
// their leader; 加入 goes through wx.cloud to the api and the card then says 已加入 (membership stored, count right).
import { apiCaller } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'
import { aVolunteer } from '../fixtures/orders'
import { weappSim } from './simulate'

const sim = weappSim()
const db = sim.cloud.db
const call = apiCaller()
const PAGE = 'packages/volunteer/pages/teams/index'
let teamId = ''

beforeAll(async () => {
  await aCommunity(db, 'c1', 'TEAMS1', '文昌社区')
  await aUser(db, 'coord-1', 'c1', ['resident', 'coordinator'], '林主任')
  await aVolunteer(db, 'vol-1', 'c1', { realName: '黄晓东' })
  const created = await call('coord-1', 'teams.create', { name: '文昌社区党员先锋队', kind: 'party_member', slogan: '我是党员我先上' })
  if (!created.ok) throw new Error(JSON.stringify(created.error))
  teamId = created.data.id
  await call('coord-1', 'teams.assignCategories', { teamId, categories: ['phone_lessons'] })
})
afterAll(() => sim.close())

it('lists the team with its kind, leader and category, and joins it', async () => {
  sim.as('vol-1')
  const page = await sim.open(PAGE)
  await page.waitForText('文昌社区党员先锋队')
  await page.waitForText('承接服务：智能手机教学')
  await page.waitForText('队长：社区协调员 · 队员0人')
  expect(page.labels()).toEqual(expect.arrayContaining(['查看', '加入']))
  await page.tap('加入')
  await page.waitForText('已加入')
  expect(sim.cloud.store.get('team_members', `${teamId}:vol-1`)).toBeDefined()
  expect((sim.cloud.store.get('teams', teamId)!.doc as any).memberCount).toBe(1)
  page.close()
})
