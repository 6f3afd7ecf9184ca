// 街道 pages in Chromium on a 375-px phone against the real local cloud with the demo data (江北街道 from
// localcloud/src/demo/seedStreet.ts): the demo identity switcher acts as the street admin (周主任), who opens
// 街道工作台 (both communities with their health), 社区对比 (the KPI table and a drawn chart) and 街道调度, where the
// 龙丰 repair order escalated to the street is dispatched to a 文昌 volunteer (the candidates span the street). Then
// the platform admin creates a street in 街道管理 and appoints its admin by user id.
// Screenshots: test-results/e2e/street-*.png.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { app, openAppForFile, page, sys } from './harness.mjs'

openAppForFile()

const STREET_ADMIN = 'demo-street-admin'
const current = () => app.current()

/** Waits (frame by frame, no fixed delay) until the visible canvas `id` holds the chart's orange bars (> 200 pixels). */
const waitForBars = (id) =>
  page.waitForFunction(
    (canvasId) => {
      const el = [...document.querySelectorAll('canvas#' + canvasId)].find((c) => c.offsetParent !== null)
      if (!el || !el.width) return false
      const { data } = el.getContext('2d').getImageData(0, 0, el.width, el.height)
      let n = 0
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && data[i] > 190 && data[i + 1] < 110 && data[i + 2] < 60) n++
      return n > 200 ? n : false
    },
    id,
    { polling: 'raf', timeout: 10000 }
  )

let home = null

test('the identity switcher acts as the street admin, whose 协调员 tab offers 街道工作台', async () => {
  await app.actAs('demo-resident-01', '/pages/coordinator/index') // the default identity, on the 协调员 tab
  await current().getByText('演示身份：', { exact: false }).waitFor()
  await current().getByText('切换', { exact: true }).tap()
  const me = app.nextReply('users.me')
  await current().getByText('周主任（', { exact: false }).first().tap()
  const body = await me
  assert.equal(body.data.id, STREET_ADMIN)
  assert.ok(body.data.roles.includes('street_admin'))
  await current().getByText('演示身份：周主任', { exact: false }).waitFor()
  await current().locator('.cv-btn', { hasText: '街道工作台' }).waitFor()
  assert.equal(await current().getByText('您当前还不是社区协调员', { exact: false }).count(), 0, 'a street admin is served here')
  await sys.shot(page, 'street-01-tab')
})

test('街道工作台 shows both communities with their health and the escalated order', async () => {
  const reply = app.nextReply('streets.communities')
  await app.openEntry('协调员', '街道工作台', /packages\/street\/pages\/home/)
  home = (await reply).data
  assert.equal(home.streetName, '江北街道')
  assert.deepEqual(
    home.communities.map((c) => c.name),
    ['江北街道文昌社区', '江北街道龙丰社区']
  )
  for (const c of home.communities) {
    const card = current().locator(`#community-${c.communityId}`)
    await card.waitFor()
    const text = await card.innerText()
    assert.match(text, new RegExp(c.name))
    assert.match(text, new RegExp(`${c.population}\\s*常住人口`))
    assert.match(text, new RegExp(`${c.registered}\\s*注册志愿者`))
    assert.match(text, /编辑社区/)
  }
  const longfeng = current().locator(`#community-${home.communities[1].communityId}`)
  assert.match(await longfeng.innerText(), /1\s*已上报街道/)
  await current().locator('.cv-btn', { hasText: '街道调度（1）' }).waitFor()
  await sys.shot(page, 'street-02-home')
})

test('社区对比 shows the KPI table side by side and draws the chart', async () => {
  const reply = app.nextReply('stats.compare')
  await current().locator('.cv-btn', { hasText: '社区对比' }).tap()
  await page.waitForURL(/packages\/street\/pages\/compare/)
  const data = (await reply).data
  assert.equal(data.rows.length, 2)
  const share = current().locator('#cmp-share')
  await share.waitFor()
  // Shares of 常住人口 are small: two decimals below 1 % (hooks/useStreet.ts).
  const pct = (r) => (r < 0.01 ? `${Math.round(r * 10000) / 100}%` : `${Math.round(r * 1000) / 10}%`)
  for (const r of data.rows) assert.match(await share.innerText(), new RegExp(pct(r.shareOfResidents).replace('.', '\\.')))
  assert.match(await current().locator('#cmp-population').innerText(), new RegExp(`${data.rows[1].population}人`))
  await waitForBars('chart-compare')
  await sys.shot(page, 'street-03-compare')
  // Another figure redraws it.
  await current().locator('#chips-metric').getByText('参与率', { exact: true }).tap()
  await current().locator('.cv-street__card-title', { hasText: '参与率' }).waitFor()
  await waitForBars('chart-compare')
  await sys.shot(page, 'street-03b-compare-participation')
  await page.goBack()
  await page.waitForURL(/packages\/street\/pages\/home/)
})

test('街道调度 dispatches the escalated 龙丰 order to a volunteer of 文昌', async () => {
  const reply = app.nextReply('streets.board')
  await current().locator('.cv-btn', { hasText: '街道调度' }).tap()
  await page.waitForURL(/packages\/street\/pages\/board/)
  const board = (await reply).data
  assert.equal(board.items.length, 1)
  const order = board.items[0]
  assert.equal(order.communityName, '江北街道龙丰社区')
  const card = current().locator(`#street-order-${order.id}`)
  await card.waitFor()
  assert.match(await card.innerText(), /家电维修[\s\S]*已上报街道[\s\S]*江北街道龙丰社区/)
  await sys.shot(page, 'street-04-board')
  const candidates = app.nextReply('orders.candidates')
  await card.locator('.cv-btn', { hasText: '选择志愿者派单' }).tap()
  const offered = (await candidates).data.candidates
  assert.ok(offered.length > 0, 'someone in the street can repair')
  assert.ok(
    offered.every((c) => c.communityName === '江北街道文昌社区'),
    'nobody in 龙丰 repairs: every candidate is of the other community'
  )
  const pick = offered[0]
  const row = card.locator(`#candidate-${pick.volunteerId}`)
  await row.waitFor()
  assert.match(await row.innerText(), /江北街道文昌社区/)
  await sys.shot(page, 'street-05-candidates')
  const dispatched = await app.tapAndReply(row.locator('.cv-btn', { hasText: `派单给${pick.name}` }), 'orders.dispatch')
  assert.equal(dispatched.status, 'dispatched')
  await card.getByText(`已派给 ${pick.name}，等待对方接单`).waitFor()
  await sys.shot(page, 'street-06-dispatched')
  const stored = await sys.api(STREET_ADMIN, 'streets.board', {})
  assert.equal(stored.data.items[0].status, 'dispatched')
})

test('the platform admin creates a street in 街道管理 and appoints its admin', async () => {
  await app.actAs('demo-admin', '/pages/coordinator/index')
  const reply = app.nextReply('streets.list')
  await app.openEntry('协调员', '街道管理', /packages\/street\/pages\/streets/)
  assert.deepEqual(
    (await reply).data.streets.map((s) => s.name),
    ['江北街道']
  )
  await current().getByText('周主任').first().waitFor()
  await app.fill('name', '河南岸街道')
  await app.fill('escalationMinutes', '45')
  const made = await app.tapAndReply(current().locator('.cv-btn', { hasText: '创建街道' }), 'streets.create')
  assert.equal(made.name, '河南岸街道')
  assert.equal(made.escalationMinutes, 45)
  const card = current().locator(`#street-${made.id}`)
  await card.waitFor()
  await app.fill(`userId-${made.id}`, 'demo-resident-05')
  const appointed = await app.tapAndReply(card.locator('.cv-btn', { hasText: '任命' }), 'streets.appointAdmin')
  assert.equal(appointed.streetId, made.id)
  const nickname = (await sys.api('demo-resident-05', 'users.me', {})).data.nickname
  await card.locator('.cv-street-admin__name', { hasText: nickname }).waitFor()
  await sys.shot(page, 'street-07-streets')
  // A wrong user id is refused in Chinese, next to the field.
  await app.fill(`userId-${made.id}`, 'no-such-user')
  const refused = app.nextReply('streets.appointAdmin')
  await card.locator('.cv-btn', { hasText: '任命' }).tap()
  assert.equal((await refused).error.code, 'NOT_FOUND')
  await card.getByText('用户不存在').waitFor()
})

test('the platform admin’s 街道工作台 picks among the streets', async () => {
  await app.actAs('demo-admin', '/pages/coordinator/index')
  const first = app.nextReply('streets.communities')
  await app.openEntry('协调员', '街道工作台', /packages\/street\/pages\/home/)
  assert.equal((await first).data.streetName, '江北街道') // the oldest street by default
  const chips = current().locator('#chips-street')
  await chips.getByText('江北街道', { exact: true }).waitFor()
  const other = app.nextReply('streets.communities')
  await chips.getByText('河南岸街道', { exact: true }).tap()
  assert.deepEqual((await other).data.communities, [])
  await current().getByText('本街道还没有社区').waitFor()
  await sys.shot(page, 'street-08-admin-picker')
})
