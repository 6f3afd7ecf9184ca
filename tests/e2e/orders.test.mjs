// Orders in Chromium against the real local cloud (issue 4). Path 1: a resident asks for help (adding an address on
// the way), the coordinator dispatches from 调度台 → 选择志愿者, the volunteer accepts in 我的服务, checks in with the
// code the resident reads off their order (H5 has no GPS), checks out, and the resident confirms and rates — status
// and timeline checked at each step. Path 2: the same resident in three taps on a flaky network (one order, however
// many retries), a volunteer grabs it from 抢单大厅 while another, looking at a stale list, is told it is taken;
// then 退单 with a reason and the resident's 取消. And 为家人代办: an order made for a grandmother, marked 代办.
// Every page is screenshotted to test-results/e2e/orders-*.png.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { app, openAppForFile, page, sys } from './harness.mjs'

openAppForFile()

const RESIDENT = 'demo-resident-25' // no address yet (the demo data gives residents 1–21 one)
const COORDINATOR = 'demo-coordinator'
// Demo volunteers' skills (localcloud/src/demo/seedVolunteers.ts): 04 visits elders, 02 and 09 shop.
const VISITOR = 'demo-volunteer-04'
const SHOPPER = 'demo-volunteer-02'
const OTHER_SHOPPER = 'demo-volunteer-09'

// The page exists only once `before` has run: these forward to its helpers (tests/e2e/harness.mjs).
const current = () => app.current()
const field = (name) => app.field(name)
const fill = (name, value) => app.fill(name, value)
const actAs = (openid, route) => app.actAs(openid, route)
const openEntry = (tab, label, urlPart) => app.openEntry(tab, label, urlPart)
const nextReply = (action) => app.nextReply(action)
const tapAndReply = (locator, action) => app.tapAndReply(locator, action)

async function nicknameOf(openid) {
  const r = await sys.api(openid, 'users.me')
  return r.data.nickname
}

/** The timeline's labels, oldest first. */
async function timeline() {
  return current().locator('.cv-timeline__kind').allInnerTexts()
}

// A 2×2 PNG: enough for the upload and the content check.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64')

let orderId = null
let checkInCode = null
let visitorName = null

test('一键求助 without an address leads to 我的社区 and back, then the order is sent', async () => {
  await actAs(RESIDENT)
  await openEntry('居民', '一键求助', /pages\/order-new/)
  await current().getByText('还没有服务地址', { exact: false }).waitFor()
  await current().locator('.cv-grid__item', { hasText: '探访老人' }).waitFor()
  assert.equal(await current().locator('.cv-grid__item', { hasText: '法律咨询' }).count(), 0, 'not residentDirect: a coordinator creates it')
  await sys.shot(page, 'orders-01-new-no-address')

  await current().locator('.cv-btn', { hasText: '去添加地址' }).tap()
  await page.waitForURL(/pages\/community/)
  await current()
    .locator('.cv-btn', { hasText: /^添加地址$/ })
    .tap()
  await fill('label', '家')
  await fill('detail', '文昌一路12号2栋301')
  await fill('contactName', '杜国强')
  await fill('contactPhone', '13800001111')
  await tapAndReply(current().locator('.cv-submit', { hasText: '保存地址' }), 'addresses.add')
  await page.goBack()
  await page.waitForURL(/pages\/order-new/)
  await current().locator('.cv-pick--on', { hasText: '文昌一路12号2栋301' }).waitFor() // reloaded on show, preselected

  let sent = 0
  const count = (r) => r.url().endsWith('/api/functions/api') && r.postDataJSON()?.action === 'orders.create' && sent++
  page.on('request', count)
  await current().locator('.cv-submit', { hasText: '提交求助' }).tap()
  await field('category').getByText('请选择需要的服务').waitFor()
  page.off('request', count)
  assert.equal(sent, 0, 'nothing is sent without a service')

  await current().locator('.cv-grid__item', { hasText: '探访老人' }).tap()
  await current()
    .getByText('今天下午', { exact: true })
    .or(current().getByText('明天上午', { exact: true }))
    .first()
    .tap()
  await current().locator('#field-description textarea').fill('老人独居，想有人陪着说说话，顺便看看血压计怎么用')
  // A photo through Taro's H5 chooseMedia (an action sheet on mobile, then a file input), uploaded to the gateway.
  const chooser = page.waitForEvent('filechooser')
  await current().locator('.cv-photos__add').tap()
  const sheet = page.getByText('从相册选择', { exact: true }) // Taro asks 拍摄/相册 only when it thinks it is on a phone
  if (
    await sheet.waitFor({ timeout: 1500 }).then(
      () => true,
      () => false
    )
  )
    await sheet.tap()
  await (await chooser).setFiles({ name: 'blood-pressure-meter.png', mimeType: 'image/png', buffer: PNG })
  await current().locator('.cv-photos__item').waitFor()
  await current().locator('.cv-order-form__summary', { hasText: '探访老人 · 家' }).waitFor()
  await field('category').evaluate((el) => el.scrollIntoView())
  await sys.shot(page, 'orders-02-new-form')
  const order = await tapAndReply(current().locator('.cv-submit', { hasText: '提交求助' }), 'orders.create')
  orderId = order.id
  checkInCode = order.checkInCode
  assert.match(checkInCode, /^\d{4}$/)
  assert.equal(order.photos.length, 1)
  await page.waitForURL(/pages\/order\/index/)
  await current().locator('.cv-order-status__label', { hasText: '待派单' }).waitFor()
  await current().getByText('求助已提交，正在为您寻找志愿者').waitFor()
  assert.equal(await current().locator('.cv-checkin-code__digits').innerText(), checkInCode)
  await current().getByText('志愿者到达后告诉他/她').waitFor()
  assert.deepEqual(await timeline(), ['提交求助'])
  await current().locator('.cv-detail-photo').waitFor() // the image once it passed the check, 图片审核中 before
  await current()
    .locator('.cv-detail-photos')
    .evaluate((el) => el.scrollIntoView({ block: 'center' }))
  await sys.shot(page, 'orders-03b-detail-photo')
  await current()
    .locator('.cv-order-status')
    .evaluate((el) => el.scrollIntoView())
  const stored = await page.evaluate(() => window.localStorage.getItem('orders.create.requestId'))
  assert.equal(stored, null, 'the draft requestId is cleared after success')
  await sys.shot(page, 'orders-03-detail-pending')
})

test('the coordinator dispatches it from 调度台 → 选择志愿者', async () => {
  visitorName = await nicknameOf(VISITOR)
  await actAs(COORDINATOR, '/pages/coordinator/index')
  await openEntry('协调员', '调度台', /pages\/board/)
  const card = current().locator(`#board-${orderId}`)
  await card.getByText('响应时限：还剩', { exact: false }).waitFor()
  assert.ok(Number(await current().locator('#count-pending .cv-counts__n').innerText()) >= 1)
  await sys.shot(page, 'orders-04-board')

  await card.tap()
  await page.waitForURL(/pages\/dispatch/)
  const candidate = current().locator('.cv-candidate', { hasText: visitorName })
  await candidate.locator('.cv-candidate__reason').first().waitFor()
  await sys.shot(page, 'orders-05-candidates')
  const dispatched = await tapAndReply(candidate.locator('.cv-candidate__btn'), 'orders.dispatch')
  assert.equal(dispatched.status, 'dispatched')
  assert.equal(dispatched.volunteer.name, visitorName)
  await page.waitForURL(/pages\/board/) // back on the board, reloaded
  await current().locator(`#board-${orderId}`).getByText(`志愿者：${visitorName}`).waitFor()
  await sys.shot(page, 'orders-06-board-dispatched')
})

test('the volunteer accepts in 我的服务', async () => {
  await actAs(VISITOR, '/pages/volunteer/index')
  await openEntry('志愿者', '我的服务', /pages\/tasks/)
  const card = current().locator(`#order-${orderId}`)
  await card.locator('.cv-badge', { hasText: '已派单' }).waitFor()
  await card.locator('.cv-move--decline').waitFor()
  await sys.shot(page, 'orders-07-tasks-dispatched')
  await tapAndReply(card.locator('.cv-move--accept'), 'orders.accept')
  await card.locator('.cv-badge', { hasText: '已接单' }).waitFor()
  await card.locator('#field-code').waitFor() // H5: no location, the code it is
  await sys.shot(page, 'orders-08-tasks-accepted')
})

test('the resident sees the volunteer and the check-in code on the order', async () => {
  await actAs(RESIDENT, `/packages/resident/pages/order/index?id=${orderId}`)
  await current().locator('.cv-order-status__label', { hasText: '已接单' }).waitFor()
  await current().locator('.cv-kv', { hasText: '志愿者' }).getByText(visitorName, { exact: false }).waitFor()
  checkInCode = await current().locator('.cv-checkin-code__digits').innerText() // what the resident tells the volunteer
  assert.match(checkInCode, /^\d{4}$/)
  assert.deepEqual(await timeline(), ['提交求助', '派单', '接单'])
  assert.equal(await current().locator('.cv-move--cancel').count(), 1, 'the owner may still cancel')
  await sys.shot(page, 'orders-09-detail-accepted')
  const photo = current().locator('.cv-detail-photos img') // passed the content check by now (a verdict a second)
  await photo.waitFor()
  await photo.scrollIntoViewIfNeeded()
  await sys.shot(page, 'orders-09b-detail-photo-passed')
})

test('the volunteer checks in with the code, then checks out', async () => {
  await actAs(VISITOR, '/packages/volunteer/pages/tasks/index')
  const card = current().locator(`#order-${orderId}`)
  const wrong = checkInCode === '0000' ? '1111' : '0000'
  await card.locator('#field-code input').fill(wrong)
  const refused = nextReply('orders.checkIn')
  await card.locator('.cv-move--checkIn-code').tap()
  assert.equal((await refused).error.code, 'CHECKIN_CODE_INVALID')
  await card.locator('#field-code').getByText('签到码不正确', { exact: false }).waitFor()
  assert.equal(await card.getByText('签到码不正确', { exact: false }).count(), 1, 'said once, next to the field')
  await card.locator('#field-code input').fill(checkInCode)
  await tapAndReply(card.locator('.cv-move--checkIn-code'), 'orders.checkIn')
  await card.locator('.cv-badge', { hasText: '服务中' }).waitFor()
  await card.getByText('服务已进行', { exact: false }).waitFor()
  await sys.shot(page, 'orders-10-tasks-in-service')
  const out = await tapAndReply(card.locator('.cv-move--checkOut'), 'orders.checkOut')
  assert.equal(out.status, 'awaiting_confirmation')
  await card.locator('.cv-badge', { hasText: '待确认' }).waitFor()
})

test('the resident confirms and rates; the timeline tells the whole story', async () => {
  await actAs(RESIDENT)
  await openEntry('居民', '我的求助', /pages\/orders/)
  const card = current().locator(`#order-${orderId}`)
  await card.locator('.cv-badge', { hasText: '待确认' }).waitFor()
  await sys.shot(page, 'orders-11-my-orders')
  await card.locator('.cv-move--confirm').tap()
  await page.waitForURL(/pages\/rate/)
  await current().locator('.cv-submit').tap()
  await field('stars').getByText('请评分').waitFor()
  await current().locator('.cv-stars__star').nth(4).tap()
  await current().getByText('非常满意').waitFor()
  await current().getByText('耐心细致', { exact: true }).tap()
  await current().locator('#field-comment textarea').fill('很耐心，教会了我用血压计，谢谢！')
  await sys.shot(page, 'orders-12-rate')
  const done = await tapAndReply(current().locator('.cv-submit'), 'orders.confirm')
  assert.equal(done.status, 'completed')
  await page.waitForURL(/pages\/orders/)

  await actAs(RESIDENT, `/packages/resident/pages/order/index?id=${orderId}`)
  await current().locator('.cv-order-status__label', { hasText: '已完成' }).waitFor()
  assert.deepEqual(await timeline(), ['提交求助', '派单', '接单', '到达签到', '服务完成签退', '确认完成'])
  await current().locator('.cv-detail-rating__stars', { hasText: '★★★★★' }).waitFor()
  await current().locator('.cv-tag', { hasText: '耐心细致' }).waitFor()
  assert.equal(await current().locator('.cv-checkin-code').count(), 0, 'no code once served')
  await sys.shot(page, 'orders-13-detail-completed')
  await current().locator('.cv-timeline').scrollIntoViewIfNeeded()
  await sys.shot(page, 'orders-14-detail-timeline')
})

let poolOrderId = null

test('three taps on a flaky network make exactly one order', async () => {
  await actAs(RESIDENT)
  const before = (await sys.api(RESIDENT, 'orders.listMine', { as: 'resident', open: true })).data.items.length
  await openEntry('居民', '一键求助', /pages\/order-new/) // tap 1
  await current().locator('.cv-pick--on', { hasText: '文昌一路12号2栋301' }).waitFor() // remembered
  await current().locator('.cv-grid__item', { hasText: '代购跑腿' }).tap() // tap 2

  // Every attempt reaches the server, every reply is lost: the client retries, then gives up.
  const ids = []
  await page.route('**/api/functions/api', async (route) => {
    const body = route.request().postDataJSON()
    if (body?.action !== 'orders.create') return route.continue()
    ids.push(body.input.requestId)
    await route.fetch()
    await route.abort('connectionreset')
  })
  await current().locator('.cv-submit', { hasText: '提交求助' }).tap() // tap 3
  await current().getByText('不会重复下单', { exact: false }).waitFor()
  await page.unroute('**/api/functions/api')
  await sys.shot(page, 'orders-15-new-network-lost')
  assert.ok(ids.length >= 2, `retried (${ids.length} attempts)`)

  const order = await tapAndReply(current().locator('.cv-submit', { hasText: '提交求助' }), 'orders.create') // the resident tries again
  assert.ok(
    ids.every((id) => id === ids[0]),
    'one requestId for every attempt'
  )
  poolOrderId = order.id
  await page.waitForURL(/pages\/order\/index/)
  await current().locator('.cv-order-status__label', { hasText: '待派单' }).waitFor()
  const afterCount = (await sys.api(RESIDENT, 'orders.listMine', { as: 'resident', open: true })).data.items.length
  assert.equal(afterCount, before + 1, 'one order, not one per attempt')
})

test('抢单大厅: one volunteer grabs it, another with a stale list is told it is taken', async () => {
  // The second volunteer's hall as it was before anyone took the order.
  await actAs(OTHER_SHOPPER, '/pages/volunteer/index')
  const stale = nextReply('orders.pool')
  await openEntry('志愿者', '抢单大厅', /pages\/pool/)
  const staleBody = await stale
  assert.ok(staleBody.data.items.some((o) => o.id === poolOrderId))

  await actAs(SHOPPER, '/pages/volunteer/index')
  await openEntry('志愿者', '抢单大厅', /pages\/pool/)
  const card = current().locator(`#order-${poolOrderId}`)
  await card.getByText('距您', { exact: false }).waitFor()
  await card.locator('.cv-move--grab').waitFor()
  await sys.shot(page, 'orders-16-pool')
  const grabbed = await tapAndReply(card.locator('.cv-move--grab'), 'orders.grab')
  assert.equal(grabbed.status, 'accepted')
  await page.waitForURL(/pages\/order\/index/)
  await current().locator('.cv-order-status__label', { hasText: '已接单' }).waitFor()
  await current().locator('.cv-detail-address', { hasText: '文昌一路12号2栋301' }).waitFor() // visible once accepted
  assert.equal(await current().locator('.cv-checkin-code').count(), 0, 'the code is the resident’s to tell')
  await sys.shot(page, 'orders-17-detail-grabbed')

  await actAs(OTHER_SHOPPER, '/pages/volunteer/index')
  let served = false // only the first pool call is stale: the refresh after the refusal is real
  await page.route('**/api/functions/api', async (route) => {
    if (served || route.request().postDataJSON()?.action !== 'orders.pool') return route.fallback()
    served = true
    return route.fulfill({ json: staleBody })
  })
  await openEntry('志愿者', '抢单大厅', /pages\/pool/)
  const staleCard = current().locator(`#order-${poolOrderId}`)
  const refused = nextReply('orders.grab')
  await staleCard.locator('.cv-move--grab').tap()
  assert.equal((await refused).error.code, 'ORDER_TAKEN')
  await staleCard.waitFor({ state: 'detached' }) // the hall refreshed without it…
  await current().locator('.cv-form-error', { hasText: '手慢了' }).waitFor() // …and still says why
  await sys.shot(page, 'orders-18-pool-taken')
  await page.unroute('**/api/functions/api')
})

test('退单 needs a reason and returns the order to the pool; the resident then cancels it', async () => {
  await actAs(SHOPPER, `/packages/resident/pages/order/index?id=${poolOrderId}`)
  await current().locator('.cv-move--withdraw').tap()
  await current().locator('.cv-move--confirm-withdraw').tap()
  await field('reason').getByText('请填写', { exact: false }).waitFor()
  await current().locator('#field-reason textarea').fill('临时要去医院，无法按时到达')
  await sys.shot(page, 'orders-19-withdraw-reason')
  const back = await tapAndReply(current().locator('.cv-move--confirm-withdraw'), 'orders.cancel')
  assert.equal(back.status, 'pending')

  await actAs(RESIDENT, `/packages/resident/pages/order/index?id=${poolOrderId}`)
  await current().locator('.cv-order-status__label', { hasText: '待派单' }).waitFor()
  await current().locator('.cv-move--cancel').tap()
  await current().locator('#field-reason textarea').fill('邻居已经帮我买好了')
  const cancelled = await tapAndReply(current().locator('.cv-move--confirm-cancel'), 'orders.cancel')
  assert.equal(cancelled.status, 'cancelled')
  await current().locator('.cv-order-status__label', { hasText: '已取消' }).waitFor()
  await current().getByText('取消原因：邻居已经帮我买好了').waitFor()
  const kinds = await timeline()
  assert.deepEqual(kinds, ['提交求助', '抢单', '退单', '取消订单'])
  await sys.shot(page, 'orders-20-detail-cancelled')
})

test('为家人代办: a grandchild asks for her grandmother; the order and its timeline say so', async () => {
  await actAs('demo-resident-02') // acts for 陈桂英 through an active family link (demo data)
  await openEntry('居民', '一键求助', /pages\/order-new/)
  await current().locator('#field-forLinkId').getByText('祖父母/外祖父母：陈桂英').tap()
  await current().locator('.cv-grid__item', { hasText: '陪伴聊天' }).tap()
  await current().locator('#field-forLinkId').scrollIntoViewIfNeeded()
  await sys.shot(page, 'orders-21-new-for-family')
  const order = await tapAndReply(current().locator('.cv-submit', { hasText: '提交求助' }), 'orders.create')
  assert.equal(order.beneficiaryName, '陈桂英')
  await page.waitForURL(/pages\/order\/index/)
  await current().locator('.cv-kv', { hasText: '服务对象' }).getByText('陈桂英').waitFor()
  await current().locator('.cv-timeline__item', { hasText: '提交求助' }).locator('.cv-timeline__proxy', { hasText: '代办' }).waitFor()
  await current().locator('.cv-timeline').scrollIntoViewIfNeeded()
  await sys.shot(page, 'orders-22-detail-for-family')
})

test('裁定: the coordinator filters 申诉中 on 调度台 and resolves a dispute with minutes and a reason', async () => {
  await actAs(COORDINATOR, '/packages/coordinator/pages/board/index')
  await current().locator('#count-disputed').tap() // the demo data has one open dispute
  const card = current().locator('.cv-order', { hasText: '申诉中' }).first()
  await card.waitFor()
  assert.equal(await current().locator('.cv-order').count(), Number(await current().locator('#count-disputed .cv-counts__n').innerText()))
  await card.tap()
  await page.waitForURL(/pages\/order\/index/)
  await current().locator('.cv-detail-dispute').getByText('理由：', { exact: false }).waitFor()
  await current().locator('.cv-move--resolve').tap()
  await fill('minutes', '30')
  await current().locator('#field-reason textarea').fill('与居民电话核实，实际服务约半小时')
  await sys.shot(page, 'orders-23-resolve')
  const ruled = await tapAndReply(current().locator('.cv-move--confirm-resolve'), 'orders.resolve')
  assert.equal(ruled.status, 'resolved')
  assert.equal(ruled.finalMinutes, 30)
  await current().locator('.cv-order-status__label', { hasText: '已裁定' }).waitFor()
  await current().locator('.cv-kv', { hasText: '裁定时长' }).getByText('30分钟').waitFor()
})
