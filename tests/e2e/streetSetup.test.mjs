// A street office adopts the app from an EMPTY store, every step through the pages (issue 15's must-show): the
// platform admin creates 江北街道 and appoints its street admin; the street admin creates two communities and opens
// their join posters; people scan them (?scene=<code>, as the 小程序码 launches the join page) and the street admin
// appoints a coordinator in each. 文昌's coordinator imports a 50-row roster with 3 bad rows (the dry run names them,
// nothing is imported until the corrected file), adds 助餐送餐 and sets a 20-minute response time. 龙丰's coordinator
// adds 助餐送餐 too and imports its roster; a volunteer on it claims their record and offers 助餐送餐. A resident
// scans 文昌's poster and orders 助餐送餐; nobody accepts; `cron` (driven with later timer times) escalates it to
// the community, then to the street; the street admin dispatches it to the 龙丰 volunteer.
// Screenshots: test-results/e2e/setup-*.png.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import jsQR from 'jsqr'
import pngjs from 'pngjs'
import { agreeToPrivacyGuide, app, freshOpenid, openAppForFile, page, sys, toastGone } from './harness.mjs'
import { chooseRoster, csv, people, withThreeBadRows } from './rosterCsv.mjs'

const ADMIN = freshOpenid('platform')
openAppForFile({ seed: false, env: { ADMIN_OPENIDS: ADMIN } })

const STREET_ADMIN = freshOpenid('sadmin')
const COORD = { wc: freshOpenid('coord-wc'), lf: freshOpenid('coord-lf') }
const RESIDENT = freshOpenid('resident')
const VOLUNTEER = freshOpenid('volunteer')
const COMMUNITIES = {
  wc: { name: '文昌社区', code: 'JBWC01', address: '惠州市惠城区江北街道文昌一路1号', latitude: '23.1130', longitude: '114.4201', population: '12600' },
  lf: { name: '龙丰社区', code: 'JBLF02', address: '惠州市惠城区江北街道龙丰路9号', latitude: '23.1165', longitude: '114.4150', population: '6800' }
}
const current = () => app.current()
const state = { streetId: '', ids: {}, orderId: '' }

async function api(openid, action, input = {}) {
  const r = await sys.api(openid, action, input)
  if (!r.ok) throw new Error(`${action} as ${openid}: ${JSON.stringify(r.error)}`)
  return r.data
}

/** Fires the `cron` function's every-minute trigger as WeChat would at `time` (its jobs take the event's Time). */
async function cronAt(time) {
  const res = await fetch(`${sys.url}/api/functions/cron`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ Type: 'Timer', TriggerName: 'everyMinute', Time: time.toISOString() })
  })
  assert.equal(res.status, 200)
}

async function qrText(url) {
  const png = pngjs.PNG.sync.read(Buffer.from(await (await fetch(url)).arrayBuffer()))
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null
}

/** A first launch on `route`: the privacy guide is agreed to before anything else. */
async function firstLaunch(openid, route) {
  await app.actAs(openid, route)
  await agreeToPrivacyGuide(page)
}

test('the platform admin creates 江北街道 and appoints its street admin', async () => {
  // The future street admin opens the app and reads their 用户编号 off 个人资料 to give to the platform admin.
  await firstLaunch(STREET_ADMIN, '/pages/resident/index')
  await app.openEntry('居民', '个人资料', /packages\/resident\/pages\/profile/)
  const shown = (await current().locator('#my-user-id').innerText()).replace(/ · 复制$/, '')
  assert.equal(shown, STREET_ADMIN)
  await sys.shot(page, 'setup-00-user-id')
  await firstLaunch(ADMIN, '/pages/coordinator/index')
  assert.deepEqual((await api(ADMIN, 'streets.list')).streets, [], 'the store starts empty')
  await app.openEntry('协调员', '街道管理', /packages\/street\/pages\/streets/)
  await sys.shot(page, 'setup-01-no-streets')
  await app.fill('name', '江北街道')
  await app.fill('escalationMinutes', '30')
  const street = await app.tapAndReply(current().locator('.cv-btn', { hasText: '创建街道' }), 'streets.create')
  state.streetId = street.id
  const card = current().locator(`#street-${street.id}`)
  await card.waitFor()
  await app.fill(`userId-${street.id}`, shown)
  const appointed = await app.tapAndReply(card.locator('.cv-btn', { hasText: '任命' }), 'streets.appointAdmin')
  assert.equal(appointed.streetId, street.id)
  await card.locator('.cv-street-admin__name').first().waitFor()
  await toastGone(page)
  await sys.shot(page, 'setup-02-street-created')
})

for (const key of ['wc', 'lf']) {
  test(`the street admin creates ${COMMUNITIES[key].name} and opens its join poster`, async () => {
    const c = COMMUNITIES[key]
    await app.actAs(STREET_ADMIN, '/pages/coordinator/index')
    await app.openEntry('协调员', '街道工作台', /packages\/street\/pages\/home/)
    if (key === 'wc') {
      await current().getByText('本街道还没有社区').waitFor()
      await sys.shot(page, 'setup-03-empty-street')
    }
    await current().locator('.cv-btn', { hasText: '新建社区' }).tap()
    await current().locator('#community-form').waitFor()
    for (const field of ['name', 'code', 'address', 'latitude', 'longitude', 'population']) await app.fill(field, c[field])
    if (key === 'wc') await sys.shot(page, 'setup-04-community-form')
    const qrReply = app.nextReply('communities.joinQr')
    const made = await app.tapAndReply(current().locator('.cv-submit'), 'communities.create')
    state.ids[key] = made.id
    await page.waitForURL(/packages\/street\/pages\/community-qr/)
    const qr = (await qrReply).data
    assert.equal(await qrText(qr.url), c.code, 'the 小程序码 encodes the community code as its scene')
    await current().locator('#join-poster').getByText(c.name).waitFor()
    await page.waitForFunction(() => [...document.querySelectorAll('#join-qr img')].some((i) => i.complete && i.naturalWidth > 0))
    await sys.shot(page, `setup-05-poster-${key}`)
  })
}

test('people scan the posters and the street admin appoints a coordinator in each community', async () => {
  for (const key of ['wc', 'lf']) {
    const join = app.nextReply('communities.join')
    await app.actAs(COORD[key], `/packages/resident/pages/community/index?scene=${COMMUNITIES[key].code}`)
    assert.equal((await join).data.id, state.ids[key])
    await app.actAs(STREET_ADMIN, `/packages/street/pages/coordinators/index?id=${state.ids[key]}`)
    await current().locator('#coordinator-list').getByText('还没有协调员').waitFor()
    await app.fill('userId', COORD[key])
    await app.tapAndReply(current().locator('#appoint-by-id'), 'communities.appointCoordinator')
    await current().locator(`#coordinator-${COORD[key]}`).waitFor()
    await toastGone(page)
    await sys.shot(page, `setup-06-coordinator-${key}`)
  }
  await app.actAs(STREET_ADMIN, '/pages/coordinator/index')
  const desk = app.nextReply('streets.communities')
  await app.openEntry('协调员', '街道工作台', /packages\/street\/pages\/home/)
  assert.deepEqual(
    (await desk).data.communities.map((c) => [c.name, c.coordinators]),
    [
      ['文昌社区', 1],
      ['龙丰社区', 1]
    ]
  )
  await sys.shot(page, 'setup-07-street-desk')
})

const wcRoster = people(50, { region: '441302', phonePrefix: '136' })

test('文昌: a 50-row roster with 3 bad rows is named on the dry run, then imported once corrected', async () => {
  await firstLaunch(COORD.wc, '/pages/coordinator/index')
  await app.openEntry('协调员', '名册导入', /pages\/roster/)
  const report = await chooseRoster(app, page, csv(withThreeBadRows(wcRoster)), '文昌名册.csv')
  assert.deepEqual([report.rows, report.problems.map((p) => p.row)], [50, [5, 12, 32]])
  await current().locator('#roster-problems').getByText('共50行，发现3处错误', { exact: false }).waitFor()
  assert.equal((await api(COORD.wc, 'volunteers.list', { status: 'approved' })).items.length, 0, 'the dry run imports nothing')
  await sys.shot(page, 'setup-08-roster-bad-rows')
  assert.equal((await chooseRoster(app, page, csv(wcRoster), '文昌名册-已改正.csv')).problemCount, 0)
  const result = await app.tapAndReply(current().locator('#roster-import .cv-submit'), 'volunteers.importRoster')
  assert.equal(result.volunteers, 50)
  await current().locator('#roster-result').getByText('导入完成：50名志愿者已审核通过', { exact: false }).waitFor()
  await toastGone(page)
  await sys.shot(page, 'setup-09-roster-imported')
})

test('文昌: the coordinator adds 助餐送餐 and sets a 20-minute response time', async () => {
  await app.actAs(COORD.wc, '/pages/coordinator/index')
  await app.openEntry('协调员', '服务目录', /pages\/catalog/)
  await app.fill('label', '助餐送餐')
  await app.fill('defaultMinutes', '45')
  const added = await app.tapAndReply(current().locator('.cv-submit', { hasText: '新增' }), 'catalog.add')
  assert.equal(added.label, '助餐送餐')
  await current().locator('#catalog-saved', { hasText: '已新增「助餐送餐」' }).waitFor()
  await toastGone(page)
  await sys.shot(page, 'setup-10-catalog')
  await app.actAs(COORD.wc, '/pages/coordinator/index')
  await app.openEntry('协调员', '订单规则', /pages\/order-rules/)
  await app.fill('slaMinutes', '20')
  const rules = await app.tapAndReply(current().locator('.cv-submit', { hasText: '保存订单规则' }), 'communities.updateOrderRules')
  assert.equal(rules.slaMinutes, 20)
  await current().locator('#rules-saved').waitFor()
  await toastGone(page)
  await sys.shot(page, 'setup-11-order-rules')
})

const lfRoster = people(3, { region: '441303', phonePrefix: '137', given: '丰' })

test('龙丰: 助餐送餐 too and a roster; a volunteer on it claims their record and offers 助餐送餐', async () => {
  await firstLaunch(COORD.lf, '/pages/coordinator/index')
  await app.openEntry('协调员', '服务目录', /pages\/catalog/)
  await app.fill('label', '助餐送餐')
  const added = await app.tapAndReply(current().locator('.cv-submit', { hasText: '新增' }), 'catalog.add')
  const wcMeals = (await api(COORD.wc, 'catalog.list')).entries.find((e) => e.label === '助餐送餐')
  assert.equal(added.category, wcMeals.category, 'one service, one key across the street')
  await app.actAs(COORD.lf, '/pages/coordinator/index')
  await app.openEntry('协调员', '名册导入', /pages\/roster/)
  assert.equal((await chooseRoster(app, page, csv(lfRoster), '龙丰名册.csv')).problemCount, 0)
  await app.tapAndReply(current().locator('#roster-import .cv-submit'), 'volunteers.importRoster')

  const [name, , id, phone] = lfRoster[0]
  const join = app.nextReply('communities.join')
  await app.actAs(VOLUNTEER, `/packages/resident/pages/community/index?scene=${COMMUNITIES.lf.code}`)
  assert.equal((await join).data.id, state.ids.lf)
  await firstLaunch(VOLUNTEER, '/pages/volunteer/index')
  await app.openEntry('志愿者', '认领身份', /pages\/claim/)
  await app.fill('realName', name)
  await app.fill('idNumber', id)
  await app.fill('phone', phone)
  await app.tapAndReply(current().locator('.cv-submit'), 'volunteers.claim')
  await current().locator('#claim-done').getByText('认领成功').waitFor()
  await toastGone(page)
  await sys.shot(page, 'setup-12-claimed')
  await app.actAs(VOLUNTEER, '/pages/volunteer/index')
  await app.openEntry('志愿者', '服务信息与状态', /packages\/volunteer\/pages\/profile/)
  await current().locator('#offer-edit').tap()
  await app.field('skills').locator('.cv-choice', { hasText: '助餐送餐' }).tap()
  await app.field('availability').locator('.cv-choice').first().tap()
  const offered = await app.tapAndReply(current().locator('#offer-form .cv-submit'), 'volunteers.updateProfile')
  assert.ok(offered.skills.includes(added.category))
  await toastGone(page)
  await sys.shot(page, 'setup-13-volunteer-offer')
})

test('a resident scans 文昌’s poster and orders 助餐送餐', async () => {
  const join = app.nextReply('communities.join')
  await app.actAs(RESIDENT, `/packages/resident/pages/community/index?scene=${COMMUNITIES.wc.code}`)
  assert.equal((await join).data.id, state.ids.wc)
  await firstLaunch(RESIDENT, '/pages/resident/index')
  await app.openEntry('居民', '一键求助', /pages\/order-new/)
  await current().locator('.cv-btn', { hasText: '去添加地址' }).tap()
  await page.waitForURL(/pages\/community/)
  await current()
    .locator('.cv-btn', { hasText: /^添加地址$/ })
    .tap()
  await app.fill('label', '家')
  await app.fill('detail', '文昌二路6号1栋502')
  await app.fill('contactName', '黄秀兰')
  await app.fill('contactPhone', '13800002222')
  await app.tapAndReply(current().locator('.cv-submit', { hasText: '保存地址' }), 'addresses.add')
  await page.goBack()
  await page.waitForURL(/pages\/order-new/)
  await current().locator('.cv-grid__item', { hasText: '助餐送餐' }).tap()
  await current()
    .getByText('今天下午', { exact: true })
    .or(current().getByText('明天上午', { exact: true }))
    .first()
    .tap()
  await current().locator('#field-description textarea').fill('腿脚不便，想请人把社区食堂的午饭送到家')
  await sys.shot(page, 'setup-14-order-form')
  const order = await app.tapAndReply(current().locator('.cv-submit', { hasText: '提交求助' }), 'orders.create')
  assert.equal(order.categoryLabel, '助餐送餐')
  state.orderId = order.id
  await page.waitForURL(/pages\/order\/index/)
  await current().locator('.cv-order-status__label', { hasText: '待派单' }).waitFor()
})

test('nobody accepts: the order escalates to the community, then to the street', async () => {
  const created = new Date((await api(RESIDENT, 'orders.get', { orderId: state.orderId })).createdAt)
  const { streetEscalationMinutes } = (await api(COORD.wc, 'catalog.list')).rules
  await cronAt(new Date(created.getTime() + 21 * 60000))
  const board = (await api(COORD.wc, 'orders.board', {})).items.find((o) => o.id === state.orderId)
  assert.equal(board.escalated, true, 'past the 20-minute response time')
  assert.deepEqual((await api(STREET_ADMIN, 'streets.board', {})).items, [], 'not yet the street’s')
  await cronAt(new Date(created.getTime() + (20 + streetEscalationMinutes + 1) * 60000))
  const street = (await api(STREET_ADMIN, 'streets.board', {})).items
  assert.deepEqual(
    street.map((o) => o.id),
    [state.orderId]
  )
})

test('the street admin dispatches it to the 龙丰 volunteer from 街道调度', async () => {
  await app.actAs(STREET_ADMIN, '/pages/coordinator/index')
  await app.openEntry('协调员', '街道工作台', /packages\/street\/pages\/home/)
  await current().locator('.cv-btn', { hasText: '街道调度（1）' }).tap()
  await page.waitForURL(/packages\/street\/pages\/board/)
  const card = current().locator(`#street-order-${state.orderId}`)
  await card.waitFor()
  assert.match(await card.innerText(), /助餐送餐[\s\S]*已上报街道[\s\S]*文昌社区/)
  await sys.shot(page, 'setup-15-street-board')
  const candidates = app.nextReply('orders.candidates')
  await card.locator('.cv-btn', { hasText: '选择志愿者派单' }).tap()
  const offered = (await candidates).data.candidates
  const volunteer = offered.find((c) => c.userId === VOLUNTEER || c.name === lfRoster[0][0])
  assert.ok(volunteer, `the 龙丰 volunteer is a candidate: ${JSON.stringify(offered)}`)
  assert.equal(volunteer.communityName, '龙丰社区')
  const row = card.locator(`#candidate-${volunteer.volunteerId}`)
  await row.waitFor()
  await sys.shot(page, 'setup-16-candidates')
  const dispatched = await app.tapAndReply(row.locator('.cv-btn', { hasText: `派单给${volunteer.name}` }), 'orders.dispatch')
  assert.equal(dispatched.status, 'dispatched')
  await card.getByText(`已派给 ${volunteer.name}，等待对方接单`).waitFor()
  await toastGone(page)
  await sys.shot(page, 'setup-17-dispatched')
  const mine = (await api(VOLUNTEER, 'orders.listMine', { as: 'volunteer', open: true })).items.map((o) => o.id)
  assert.ok(mine.includes(state.orderId), 'the volunteer has the dispatch')
})
