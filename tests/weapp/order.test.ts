// 订单详情 (resident subpackage) from the compiled weapp build, with a real order made through the api: the owner
// sees its status, check-in code and timeline and opens the cancel form (state changes, nothing is sent while the
// reason is empty); the dispatched volunteer taps 接单, which goes through wx.cloud to the api, writes the order
// and re-renders the page from the reply.
import { apiCaller } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'
import { aVolunteer, anAddress, orderInput } from '../fixtures/orders'
import { weappSim } from './simulate'

const sim = weappSim()
const db = sim.cloud.db
const call = apiCaller()
const PAGE = 'packages/resident/pages/order/index'
let order: { id: string; shortNo: string; checkInCode: string | null }

beforeAll(async () => {
  await aCommunity(db, 'c1', 'ORDER01', '文昌社区')
  await aUser(db, 'res-1', 'c1', ['resident'], '余欣怡')
  await aUser(db, 'coord-1', 'c1', ['resident', 'coordinator'], '林主任')
  const volunteerId = await aVolunteer(db, 'vol-1', 'c1')
  const created = await call('res-1', 'orders.create', orderInput(await anAddress(db, 'res-1'), { description: '帮老人量血压、聊聊天' }))
  if (!created.ok) throw new Error(JSON.stringify(created.error))
  order = created.data
  const dispatched = await call('coord-1', 'orders.dispatch', { orderId: order.id, volunteerId })
  if (!dispatched.ok) throw new Error(JSON.stringify(dispatched.error))
})
afterAll(() => sim.close())

it('shows the owner the order from orders.get: status, number, check-in code, request and timeline', async () => {
  sim.as('res-1')
  const page = await sim.open(PAGE, { id: order.id })
  await page.waitForText('订单进展')
  const text = page.text()
  expect(text).toContain('已派单')
  expect(text).toContain(`单号 ${order.shortNo}`)
  expect(text).toMatch(/已派给志愿者\d+，等待确认/)
  expect(text).toContain(`签到码${order.checkInCode}`)
  expect(text).toContain('帮老人量血压、聊聊天')
  expect(page.labels('.cv-timeline__kind')).toEqual(['提交求助', '派单'])
  expect(sim.actions).toEqual(['orders.get'])

  // 取消订单 needs a reason: the tap opens the form; confirming with none shows the field error and sends nothing.
  expect(page.labels()).toEqual(['取消订单'])
  await page.tap('取消订单')
  await page.waitForText('取消原因')
  expect(page.labels()).toEqual(['确认取消订单', '返回'])
  await page.tap('确认取消订单')
  await page.waitForText('请填写')
  await page.tap('返回')
  await page.waitForText('取消订单')
  expect(page.labels()).toEqual(['取消订单'])
  expect(sim.actions).toEqual(['orders.get'])
  page.close()
})

it('lets the dispatched volunteer tap 接单: the api accepts the order and the page re-renders as 已接单', async () => {
  sim.as('vol-1')
  const page = await sim.open(PAGE, { id: order.id })
  await page.waitForText('订单进展')
  expect(page.labels()).toEqual(['接单', '婉拒'])
  await page.tap('接单')
  await page.waitForText('已接单')
  expect(sim.actions.slice(-2)).toEqual(['orders.get', 'orders.accept'])
  expect(page.labels()).not.toContain('接单')
  await page.waitForText('志愿者：')
  expect(page.labels('.cv-timeline__kind')).toEqual(['提交求助', '派单', '接单'])
  const stored = (await db.collection('orders').doc(order.id).get()).data
  expect(stored).toMatchObject({ status: 'accepted', volunteerOpenid: 'vol-1' })
  page.close()
})
