// The join page from the compiled weapp build, opened as a join 小程序码 opens it: WeChat hands the page
// `options.scene`, URL-encoded (domain/communityAdmin.ts JOIN_PAGE and joinCodeFromScene). A user in no community
// is joined at once; one already in a community is asked before moving; a scene that is no code sends nothing.
import { JOIN_PAGE } from '../../src/shared/domain/communityAdmin'
import { aCommunity, aUser } from '../fixtures/people'
import { weappSim } from './simulate'

const sim = weappSim()
const db = sim.cloud.db
const user = (id: string) => sim.cloud.store.get('users', id)!.doc as any

beforeAll(async () => {
  await aCommunity(db, 'c1', 'SCAN01', '东江社区')
  await aCommunity(db, 'c2', 'HOME02', '文昌社区')
  await aUser(db, 'newcomer', null, ['resident'], '新居民')
  await aUser(db, 'mover', 'c2', ['resident', 'volunteer'], '老居民')
})
afterAll(() => sim.close())

it('joins a user in no community by the scene, at once', async () => {
  sim.as('newcomer')
  const page = await sim.open(JOIN_PAGE, { scene: encodeURIComponent('scan01') })
  await page.waitForText('已加入东江社区（编码 SCAN01）')
  expect(user('newcomer').communityId).toBe('c1')
  page.close()
})

it('asks a member of another community before moving them', async () => {
  sim.as('mover')
  const joins = () => sim.actions.filter((a) => a === 'communities.join').length
  const before = joins()
  const page = await sim.open(JOIN_PAGE, { scene: 'SCAN01' })
  await page.waitForText('您目前属于「文昌社区」')
  expect(joins()).toBe(before)
  expect(user('mover').communityId).toBe('c2')
  expect(page.labels('.cv-submit')[0]).toBe('加入该社区') // above 我的社区's own 加入社区 form
  page.close()
})

it('says a scene that is no community code is not one, and sends nothing', async () => {
  sim.as('newcomer')
  const before = sim.actions.filter((a) => a === 'communities.join').length
  const page = await sim.open(JOIN_PAGE, { scene: encodeURIComponent('a=1&b=2') })
  await page.waitForText('这个二维码不是社区入驻码')
  expect(sim.actions.filter((a) => a === 'communities.join').length).toBe(before)
  page.close()
})
