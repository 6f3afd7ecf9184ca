// The three role tab pages (main package) from the compiled weapp build: each renders the signed-in user from
// users.me through wx.cloud, shows the role's entries, and a tap on an entry navigates to its page.
import { aCommunity, aUser } from '../fixtures/people'
import { aVolunteer } from '../fixtures/orders'
import { weappSim } from './simulate'

const sim = weappSim()
const db = sim.cloud.db

beforeAll(async () => {
  await aCommunity(db, 'c1', 'HOME01', '文昌社区')
  await aUser(db, 'res-1', 'c1', ['resident'], '余欣怡')
  await aUser(db, 'coord-1', 'c1', ['resident', 'coordinator'], '林主任')
  await aVolunteer(db, 'vol-1', 'c1')
})
afterAll(() => sim.close())
beforeEach(() => sim.navigateTo.mockClear())

it('居民: shows the resident and their community; 一键求助 opens the order form', async () => {
  sim.as('res-1')
  const page = await sim.open('pages/resident/index')
  await page.waitForText('余欣怡')
  expect(page.text()).toContain('所属社区：文昌社区')
  expect(page.labels()).toEqual([
    '一键求助',
    '我的求助',
    '随手拍',
    '我的随手拍',
    '我的时间银行',
    '积分商城',
    '服务站地图',
    '我的社区',
    '家人代办',
    '个人资料',
    '我的数据',
    '注销账号',
    '证明核验'
  ])
  await page.tap('一键求助')
  expect(sim.navigateTo).toHaveBeenCalledTimes(1)
  expect(sim.navigateTo.mock.calls[0][0]).toMatchObject({ url: '/packages/resident/pages/order-new/index' })
  page.close()
})

it('志愿者: a resident is offered registration or a roster claim (order entries locked); an approved volunteer gets 抢单大厅', async () => {
  sim.as('res-1')
  const guest = await sim.open('pages/volunteer/index')
  await guest.waitForText('您当前还不是志愿者')
  expect(guest.labels().slice(0, 3)).toEqual(['注册成为志愿者', '已在社区名册中？认领身份', '志愿者中心'])
  expect(guest.text()).toContain('审核通过后可用')
  await guest.tap('注册成为志愿者')
  expect(sim.navigateTo.mock.calls[0][0]).toMatchObject({ url: '/packages/volunteer/pages/register/index' })
  // Someone a coordinator imported from the community's roster claims that record instead of registering.
  await guest.tap('已在社区名册中？认领身份')
  expect(sim.navigateTo.mock.calls[1][0]).toMatchObject({ url: '/packages/volunteer/pages/claim/index' })
  // A disabled entry does nothing when tapped.
  await guest.tap('抢单大厅审核通过后可用')
  expect(sim.navigateTo).toHaveBeenCalledTimes(2)
  guest.close()

  sim.as('vol-1')
  const volunteer = await sim.open('pages/volunteer/index')
  // Before users.me answers the page shows the locked entries; 我的时间银行 appears only for a known volunteer.
  await volunteer.waitForText('我的时间银行')
  expect(volunteer.text()).not.toContain('您当前还不是志愿者')
  // The entries changed from the locked list to the volunteer's: their order is checked on the rendered data
  // (j-component's DOM keeps moved keyed children in their old places; WeChat does not).
  expect(volunteer.dataText()).toContain('抢单大厅我的服务项目库我的团队随手拍整改我的时间银行积分商城服务记录申请证明服务信息与状态志愿者中心')
  expect(volunteer.labels().sort()).toEqual(
    ['抢单大厅', '我的服务', '项目库', '我的团队', '随手拍整改', '我的时间银行', '积分商城', '服务记录', '申请证明', '服务信息与状态', '志愿者中心'].sort()
  )
  expect(volunteer.text()).not.toContain('认领身份') // a volunteer has their record already
  await volunteer.tap('我的团队')
  expect(sim.navigateTo.mock.calls[2][0]).toMatchObject({ url: '/packages/volunteer/pages/teams/index' })
  await volunteer.tap('抢单大厅')
  expect(sim.navigateTo.mock.calls[3][0]).toMatchObject({ url: '/packages/volunteer/pages/pool/index' })
  volunteer.close()
})

it('协调员: shows the coordinator role; 工作台 opens the dashboard, and a resident is told the entries need the role', async () => {
  sim.as('coord-1')
  const page = await sim.open('pages/coordinator/index')
  await page.waitForText('林主任')
  expect(page.text()).toContain('社区协调员')
  expect(page.text()).not.toContain('您当前还不是')
  expect(page.labels()).toContain('调度台')
  await page.tap('工作台')
  expect(sim.navigateTo.mock.calls[0][0]).toMatchObject({ url: '/packages/coordinator/pages/dashboard/index' })
  page.close()

  sim.as('res-1')
  const resident = await sim.open('pages/coordinator/index')
  await resident.waitForText('您当前还不是社区协调员')
  resident.close()
})

it('asked users.me through wx.cloud for every page it opened', () => {
  expect(sim.actions.filter((a) => a === 'users.me')).toHaveLength(5)
})
