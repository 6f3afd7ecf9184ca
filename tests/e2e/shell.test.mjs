// The app shell in Chromium against the real local cloud: the signed-in demo user comes from a real users.me
// call (checked on the wire), the tab bar reaches every role, the demo identity switcher changes who we are,
// and each role's subpackage page renders the same user.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { startSystem } from './harness.mjs'

let sys
let page

before(async () => {
  sys = await startSystem()
  page = await sys.browser.newPage()
})
after(async () => sys?.stop())

/** The page on screen: Taro's H5 router keeps visited pages in the DOM (hidden, or stacked under the top one). */
const onScreen = (p) => p.locator('.taro_page:visible').last()
const current = () => onScreen(page)

/** Waits for the next users.me reply on the wire and returns its parsed body. */
function nextMeReply() {
  return page.waitForResponse((r) => r.url().endsWith('/api/functions/api') && r.request().postDataJSON()?.action === 'users.me').then((r) => r.json())
}

test('home shows the demo resident returned by users.me', async () => {
  const reply = nextMeReply()
  await page.goto(sys.url + '/')
  const body = await reply
  assert.equal(body.ok, true)
  assert.equal(body.data.id, 'demo-resident-01')
  await current().getByText(body.data.nickname, { exact: false }).first().waitFor()
  await current().getByText('江北街道文昌社区').first().waitFor()
  const text = await page.locator('body').innerText()
  assert.match(text, /居民/)
  assert.match(text, /志愿者/)
  assert.match(text, /协调员/)
  await sys.shot(page, '01-home-resident')
})

test('the tab bar opens the volunteer and coordinator tabs', async () => {
  await page.locator('.taro-tabbar__tabbar').getByText('志愿者').tap()
  await page.waitForURL(/pages\/volunteer\/index/)
  await current().getByText('您当前还不是志愿者', { exact: false }).waitFor()
  await sys.shot(page, '02-tab-volunteer')
  await page.locator('.taro-tabbar__tabbar').getByText('协调员').tap()
  await page.waitForURL(/pages\/coordinator\/index/)
  await current().getByText('您当前还不是社区协调员', { exact: false }).waitFor()
})

test('the identity switcher acts as the coordinator, and users.me follows', async () => {
  await current().getByText('切换', { exact: true }).tap()
  const reply = nextMeReply()
  await current().getByText('李协调（', { exact: false }).first().tap()
  const body = await reply
  assert.equal(body.data.id, 'demo-coordinator')
  assert.deepEqual(body.data.roles, ['resident', 'coordinator'])
  await current().getByText('演示身份：李协调', { exact: false }).waitFor()
  assert.equal(await current().getByText('您当前还不是社区协调员', { exact: false }).count(), 0)
  await sys.shot(page, '03-coordinator-tab')
})

test("the coordinator's subpackage page renders the signed-in user", async () => {
  await current().locator('.cv-btn:not(.cv-btn--disabled)').first().tap()
  await page.waitForURL(/packages\/coordinator\//)
  await current().getByText('李协调').first().waitFor()
  await current().getByText('社区协调员').first().waitFor()
  await sys.shot(page, '04-coordinator-subpackage')
})

test("a resident's profile page lists the resident's details in Chinese", async () => {
  const fresh = await sys.browser.newPage()
  await fresh.goto(sys.url + '/')
  await fresh.evaluate(() => window.localStorage.setItem('localcloud.openid', 'demo-resident-02'))
  await fresh.reload()
  await onScreen(fresh).locator('.cv-btn', { hasText: '个人资料' }).tap()
  await fresh.waitForURL(/packages\/resident\/pages\/profile/)
  const view = onScreen(fresh)
  for (const label of ['昵称', '角色', '所属社区', '注册时间']) await view.getByText(label, { exact: true }).waitFor()
  assert.match(await view.innerText(), /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/) // registration time shown in Asia/Shanghai
  await sys.shot(fresh, '05-resident-profile')
  await fresh.close()
})
