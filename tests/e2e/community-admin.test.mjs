// 社区管理 in Chromium against the real local cloud, as the demo street admin (江北街道): create a community (the
// form, then straight to its join poster), check the poster's 小程序码 decodes to the community code and that
// 打印海报 prints the poster alone; edit the community; a new resident opens the join page with ?scene=<code> (as
// the 小程序码 launches it) and is joined; the street admin appoints two members as coordinators (one found by
// nickname, one by user id), removes one after confirming, and is refused removing the last. Screenshots:
// test-results/e2e/community-admin-*.png.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import jsQR from 'jsqr'
import pngjs from 'pngjs'
import { app, freshOpenid, openAppForFile, page, sys, toastGone as waitToastGone } from './harness.mjs'

openAppForFile()

const STREET_ADMIN = 'demo-street-admin'
const SCANNER = freshOpenid('scan')
const OTHER = freshOpenid('member')
const CODE = `E2E${Date.now().toString(36).slice(-4).toUpperCase()}`
const current = () => app.current()
const state = { id: '' }

const toastGone = () => waitToastGone(page)

async function qrText(url) {
  const res = await fetch(url)
  assert.equal(res.headers.get('content-type'), 'image/png')
  const png = pngjs.PNG.sync.read(Buffer.from(await res.arrayBuffer()))
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null
}

test('the street admin creates a community and lands on its printable join poster', async () => {
  await app.actAs(STREET_ADMIN, '/packages/street/pages/community-edit/index')
  await current().locator('#community-form').waitFor()
  await sys.shot(page, 'community-admin-new')
  await app.fill('name', '东江社区')
  await app.fill('code', CODE.toLowerCase()) // typed in lower case: the form capitalises
  await app.fill('address', '惠州市惠城区江北街道东江路8号')
  await app.fill('latitude', '23.1130')
  await app.fill('longitude', '114.4201')
  await app.fill('population', '4800')
  const qrReply = app.nextReply('communities.joinQr')
  const made = await app.tapAndReply(current().locator('.cv-submit'), 'communities.create')
  assert.deepEqual({ name: made.name, code: made.code }, { name: '东江社区', code: CODE })
  state.id = made.id
  await page.waitForURL(/packages\/street\/pages\/community-qr/)
  const qr = (await qrReply).data
  assert.equal(qr.code, CODE)
  assert.equal(qr.page, 'packages/resident/pages/community/index')
  assert.equal(await qrText(qr.url), CODE, 'the 小程序码 encodes the community code as its scene')
  await current().locator('#join-poster').getByText('东江社区').waitFor()
  await current().locator('#join-poster').getByText(`社区编码 ${CODE}`).waitFor()
  await page.waitForFunction(() => [...document.querySelectorAll('#join-qr img')].some((i) => i.complete && i.naturalWidth > 0))
  await sys.shot(page, 'community-admin-qr')
  await page.evaluate(() => {
    window.__printed = 0
    window.print = () => window.__printed++
  })
  await current().locator('#poster-action', { hasText: '打印海报' }).tap()
  assert.equal(await page.evaluate(() => window.__printed), 1)
  // Printed, only the poster shows (the app around it, other pages kept in the DOM and the tab bar, do not).
  await page.emulateMedia({ media: 'print' })
  try {
    const visibility = (selector) =>
      page
        .locator(selector)
        .last()
        .evaluate((e) => getComputedStyle(e).visibility)
    assert.equal(await visibility('.taro-tabbar__tabbar'), 'hidden')
    assert.equal(await visibility('#poster-action'), 'hidden')
    assert.equal(await visibility('#join-poster'), 'visible')
    await sys.shot(page, 'community-admin-qr-print')
  } finally {
    await page.emulateMedia({ media: 'screen' })
  }
})

test('the street admin edits the community; a taken code is refused on the field', async () => {
  await app.actAs(STREET_ADMIN, `/packages/street/pages/community-edit/index?id=${state.id}`)
  await current().locator('#community-form').waitFor()
  await current().locator('#field-name input').waitFor()
  assert.equal(await app.field('code').locator('input').inputValue(), CODE)
  await app.fill('code', 'HZJB01') // the demo community's code
  const refused = app.nextReply('communities.update')
  await current().locator('.cv-submit').tap()
  assert.equal((await refused).error.code, 'COMMUNITY_CODE_TAKEN')
  await app.field('code').getByText('该社区编码已被使用').waitFor()
  await sys.shot(page, 'community-admin-edit-taken')
  await app.fill('code', CODE)
  await app.fill('address', '惠州市惠城区江北街道东江路10号')
  await app.fill('population', '5100')
  const saved = await app.tapAndReply(current().locator('.cv-submit'), 'communities.update')
  assert.deepEqual([saved.address, saved.population, saved.version], ['惠州市惠城区江北街道东江路10号', 5100, 1])
  await toastGone()
  await sys.shot(page, 'community-admin-edit')
})

test('a new resident opens the join page with ?scene=<code> and is joined', async () => {
  const join = app.nextReply('communities.join')
  await app.actAs(SCANNER, `/packages/resident/pages/community/index?scene=${encodeURIComponent(CODE)}`)
  // No consent screen first: joining sends nothing personal (the guide is asked for on the role homes and before
  // any personal submission), so the scan's purpose is served at once.
  const joined = await join
  assert.equal(joined.ok, true)
  assert.equal(joined.data.id, state.id)
  await current().locator('#scan-joined').getByText(`已加入东江社区（编码 ${CODE}）`).waitFor()
  await toastGone()
  await sys.shot(page, 'community-admin-scan-join')
})

test('the street admin appoints coordinators, removes one after confirming, and keeps the last', async () => {
  assert.equal((await sys.api(OTHER, 'users.me')).ok, true)
  assert.equal((await sys.api(OTHER, 'communities.join', { code: CODE })).ok, true)
  await app.actAs(STREET_ADMIN, `/packages/street/pages/coordinators/index?id=${state.id}`)
  await current().locator('#coordinator-list').getByText('还没有协调员').waitFor()
  await app.fill('query', '微信')
  const found = await app.tapAndReply(current().locator('#member-search'), 'communities.members')
  assert.deepEqual(found.members.map((m) => m.userId).sort(), [OTHER, SCANNER].sort())
  await app.tapAndReply(current().locator(`#member-${SCANNER} .cv-btn`, { hasText: '任命' }), 'communities.appointCoordinator')
  await current().locator(`#coordinator-${SCANNER}`).waitFor()
  await app.fill('userId', OTHER)
  await app.tapAndReply(current().locator('#appoint-by-id'), 'communities.appointCoordinator')
  await current().locator(`#coordinator-${OTHER}`).waitFor()
  await current().locator('#coordinator-list').getByText('本社区协调员（2）').waitFor()
  await toastGone()
  await sys.shot(page, 'community-admin-coordinators')

  const removed = app.nextReply('communities.removeCoordinator')
  await current().locator(`#coordinator-${SCANNER} .cv-btn`, { hasText: '解除' }).tap()
  await page.locator('.taro-modal__content').getByText('解除协调员').waitFor()
  await sys.shot(page, 'community-admin-remove-confirm')
  await page.locator('.taro-model__confirm').click()
  assert.equal((await removed).ok, true)
  await current().locator('#coordinator-list').getByText('本社区协调员（1）').waitFor()
  assert.equal(await current().locator(`#coordinator-${SCANNER}`).count(), 0)

  const refused = app.nextReply('communities.removeCoordinator')
  await current().locator(`#coordinator-${OTHER} .cv-btn`, { hasText: '解除' }).tap()
  await page.locator('.taro-model__confirm').click()
  assert.equal((await refused).error.code, 'LAST_COORDINATOR')
  await current().getByText('这是社区唯一的协调员，请先任命新的协调员再解除').waitFor()
  await toastGone()
  await sys.shot(page, 'community-admin-last-coordinator')
})

test('a coordinator edits their community’s address and 常住人口; its name and code are the street’s', async () => {
  await app.actAs('demo-coordinator', '/packages/street/pages/community-edit/index?id=community-wenchang')
  await current().locator('#community-form').waitFor()
  await current().locator('#field-name').getByText('社区名称和编码由街道管理员修改').waitFor()
  assert.equal(await app.field('name').locator('input').isDisabled(), true)
  assert.equal(await app.field('code').locator('input').isDisabled(), true)
  await app.fill('population', '12800')
  const saved = await app.tapAndReply(current().locator('.cv-submit'), 'communities.update')
  assert.equal(saved.population, 12800)
  assert.equal(saved.code, 'HZJB01')
  await toastGone()
  await sys.shot(page, 'community-admin-coordinator-edit')
})
