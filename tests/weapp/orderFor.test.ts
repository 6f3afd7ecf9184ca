// 代下单 (coordinator subpackage) from the compiled weapp build: opened from a beneficiary's card (her id preselected),
// it names her and who pays; 提交 without a service sends nothing and says what is missing; with one, orders.createFor
// goes through wx.cloud to the api, the order is stored for her, and the page moves on to the order's detail.
import { apiCaller } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'
import { weappSim } from './simulate'

const sim = weappSim()
const db = sim.cloud.db
const call = apiCaller()
const PAGE = 'packages/coordinator/pages/order-for/index'
const redirectTo = jest.fn((o: { url: string; success?: (r: unknown) => void; complete?: (r: unknown) => void }) => {
  o.success?.({ errMsg: 'redirectTo:ok' })
  o.complete?.({ errMsg: 'redirectTo:ok' })
})
let beneficiaryId = ''

beforeAll(async () => {
  ;(global as any).wx.redirectTo = redirectTo
  await aCommunity(db, 'c1', 'INTAKE1', '文昌社区')
  await aUser(db, 'coord-1', 'c1', ['resident', 'coordinator'], '林主任')
  const added = await call('coord-1', 'beneficiaries.add', {
    requestId: 'weapp-beneficiary-1',
    name: '周桂芳',
    phone: null,
    address: '文昌路8号1栋201',
    location: null,
    tags: ['living_alone', 'advanced_age'],
    note: null
  })
  if (!added.ok) throw new Error(JSON.stringify(added.error))
  beneficiaryId = added.data.id
})
afterAll(() => sim.close())

it('records a phone request for the preselected beneficiary, and nothing before a service is chosen', async () => {
  sim.as('coord-1')
  const page = await sim.open(PAGE, { beneficiaryId })
  await page.waitForText('为谁下单')
  await page.waitForText('周桂芳（独居、高龄）')
  expect(page.text()).toContain('由社区公益池支付时长')

  await page.tap('提交代下单', '.cv-submit')
  await page.waitForText('请选择服务类别')
  expect(page.text()).not.toContain('请填写需求描述') // the notes are optional
  expect(sim.actions).not.toContain('orders.createFor')

  await page.tap('探访老人', '.cv-choice')
  await page.tap('提交代下单', '.cv-submit')
  const until = Date.now() + 10000
  while (!redirectTo.mock.calls.length && Date.now() < until) await new Promise((r) => setTimeout(r, 50))
  expect(sim.actions).toContain('orders.createFor')
  const orders = [...sim.cloud.store.all('orders').values()].map((r: any) => r.doc)
  expect(orders).toHaveLength(1)
  expect(orders[0]).toMatchObject({ beneficiaryId, category: 'elder_visit', funding: 'community_pool', onBehalfOf: `beneficiary:${beneficiaryId}` })
  expect(redirectTo.mock.calls[0][0].url).toBe(`/packages/resident/pages/order/index?id=${orders[0]._id}&created=1`)
  page.close()
})
