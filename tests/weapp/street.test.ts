// 街道工作台 (street subpackage) from the compiled weapp build: a street admin's 协调员 tab offers 街道工作台 first,
// and the desk renders the street's communities with their health from streets.communities (through wx.cloud to the
// api), with 街道调度 counting the order escalated to the street; a tap on a community's 协调员 opens its page.
import { aCommunity, aUser } from '../fixtures/people'
import { weappSim } from './simulate'

const sim = weappSim()
const db = sim.cloud.db

beforeAll(async () => {
  await db
    .collection('streets')
    .add({ data: { _id: 's1', name: '江北街道', escalationMinutes: 30, requestId: 'weapp-street-1', createdBy: 'admin', createdAt: new Date() } })
  await aCommunity(db, 'c1', 'WSTR01', '文昌社区')
  await aCommunity(db, 'c2', 'WSTR02', '龙丰社区')
  await db
    .collection('communities')
    .doc('c1')
    .update({ data: { streetId: 's1', population: 12600 } })
  await db
    .collection('communities')
    .doc('c2')
    .update({ data: { streetId: 's1' } })
  await aUser(db, 'sadmin', null, ['resident', 'street_admin'], '周主任')
  await db
    .collection('users')
    .doc('sadmin')
    .update({ data: { streetId: 's1' } })
  await aUser(db, 'coord-1', 'c1', ['resident', 'coordinator'], '林主任')
  // An order of 龙丰 escalated to the street, as the cron's escalateStreet leaves it (only the fields the desk reads).
  await db.collection('orders').add({
    data: { _id: 'o1', communityId: 'c2', status: 'pending', streetId: 's1', streetEscalated: true, escalated: true, createdAt: new Date() }
  })
})
afterAll(() => sim.close())
beforeEach(() => sim.navigateTo.mockClear())

it('协调员 tab: a street admin sees 街道工作台 first and no coordinator entries, no note that they are not a coordinator', async () => {
  sim.as('sadmin')
  const page = await sim.open('pages/coordinator/index')
  await page.waitForText('周主任')
  expect(page.labels()[0]).toBe('街道工作台')
  expect(page.labels()).not.toContain('审核列表') // a community coordinator's entries are not theirs
  expect(page.text()).not.toContain('您当前还不是')
  await page.tap('街道工作台')
  expect(sim.navigateTo.mock.calls[0][0]).toMatchObject({ url: '/packages/street/pages/home/index' })
  page.close()
})

it('街道工作台: the communities with their health, 街道调度 with the waiting order, links to each community', async () => {
  sim.as('sadmin')
  const page = await sim.open('packages/street/pages/home/index')
  await page.waitForText('龙丰社区')
  const text = page.text()
  expect(text).toContain('江北街道')
  expect(text).toContain('2个社区')
  expect(text).toMatch(/12600\s*常住人口/)
  expect(text).toMatch(/未填写\s*常住人口/)
  expect(text).toMatch(/1\s*已上报街道/)
  expect(text).toContain('缺协调员') // 龙丰 has none yet
  expect(page.labels()).toEqual(['街道调度（1）', '社区对比', '新建社区'])
  await page.tap('协调员', '.cv-street__action')
  expect(sim.navigateTo.mock.calls[0][0]).toMatchObject({ url: '/packages/street/pages/coordinators/index?id=c1' })
  page.close()
})
