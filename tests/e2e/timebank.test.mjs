// Time bank, records and certificates in Chromium against the real local cloud (issue 5). A volunteer with no
// hours yet serves an order (driven through the api: the resident asks, the coordinator dispatches, the volunteer
// accepts, checks in with the code, checks out, the resident confirms — and, since H5 cannot wait an hour between
// check-in and check-out, the volunteer disputes the 0 minutes and the coordinator rules 2 hours). Then in the UI:
// 我的时间银行 shows the hours and the settlement row; 转赠 to a family member with the confirmation step, on a
// network that loses the first reply (one transfer, however many taps); 服务记录 with stars and 申请更正; 申请证明 →
// the certificate page and its PNG; 证明核验 accepts the number + code and rejects a forged code; the coordinator's
// 调账与记录 shows the correction to decide. Every page is screenshotted to test-results/e2e/timebank-*.png.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'fs'
import path from 'path'
import { SHOTS, app, openAppForFile, page, sys } from './harness.mjs'

openAppForFile()

// demo-volunteer-14 visits elders and served no demo order: every minute they hold comes from this test.
const VOLUNTEER = 'demo-volunteer-14'
const RESIDENT = 'demo-resident-10' // has an address (demo data)
const COORDINATOR = 'demo-coordinator'
const SPOUSE = 'demo-resident-27' // confirms the volunteer's 家人代办 link on her own WeChat
const SPOUSE_NAME = '王秀兰'
const RULED = 120

const current = () => app.current()
const field = (name) => app.field(name)
const actAs = (openid, route) => app.actAs(openid, route)
const openEntry = (tab, label, urlPart) => app.openEntry(tab, label, urlPart)
const tapAndReply = (locator, action) => app.tapAndReply(locator, action)

/** The api's `data` as `openid`, failing the test on `{ ok: false }`. */
async function api(openid, action, input = {}) {
  const r = await sys.api(openid, action, input)
  if (!r.ok) throw new Error(`${action} as ${openid}: ${JSON.stringify(r.error)}`)
  return r.data
}

let orderId = null
let certificate = null

test('a volunteer serves an order from request to ruling (through the api)', async () => {
  assert.equal((await api(VOLUNTEER, 'timebank.account')).balance, 0, 'no hours before')
  const address = (await api(RESIDENT, 'addresses.list')).addresses[0]
  const start = Date.now() + 60 * 60 * 1000
  const order = await api(RESIDENT, 'orders.create', {
    requestId: 'e2e-timebank-order-1',
    category: 'elder_visit',
    description: '陪老人聊聊天，量量血压',
    addressId: address.id,
    windowStart: new Date(start).toISOString(),
    windowEnd: new Date(start + 3 * 3600 * 1000).toISOString(),
    urgency: 'normal',
    funding: 'public_service'
  })
  orderId = order.id
  const volunteerId = (await api(VOLUNTEER, 'volunteers.me')).volunteer.id
  await api(COORDINATOR, 'orders.dispatch', { orderId, volunteerId })
  await api(VOLUNTEER, 'orders.accept', { orderId })
  await api(VOLUNTEER, 'orders.checkIn', { orderId, code: order.checkInCode })
  const out = await api(VOLUNTEER, 'orders.checkOut', { orderId })
  assert.equal(out.servedMinutes, 0, 'checked out the same minute')
  assert.equal((await api(RESIDENT, 'orders.confirm', { orderId, stars: 5, tags: ['耐心细致'] })).status, 'completed')
  await api(VOLUNTEER, 'orders.dispute', { orderId, reason: '签退时点早了，实际陪老人两个小时' })
  assert.equal((await api(COORDINATOR, 'orders.resolve', { orderId, minutes: RULED, reason: '经与居民电话核实，服务2小时' })).status, 'resolved')
  const account = await api(VOLUNTEER, 'timebank.account')
  assert.equal(account.balance, RULED, `settled ${RULED} minutes (got ${account.balance})`)
})

test('志愿者中心 shows the stars; 我的时间银行 shows the hours and the settlement row', async () => {
  await actAs(VOLUNTEER, '/pages/volunteer/index')
  await sys.shot(page, 'timebank-01-volunteer-tab')
  await openEntry('志愿者', '志愿者中心', /pages\/home/)
  await current().locator('#star-progress').getByText('累计服务记录 2小时').waitFor()
  await current().locator('#star-progress').getByText('即可达到 1星', { exact: false }).waitFor()
  await sys.shot(page, 'timebank-02-volunteer-home-stars')

  await actAs(VOLUNTEER, '/pages/volunteer/index')
  await openEntry('志愿者', '我的时间银行', /pages\/timebank/)
  await current().locator('#balance-available', { hasText: '2小时' }).waitFor()
  await current().locator('#balance-held', { hasText: '0分钟' }).waitFor()
  await current().locator('#total-earned', { hasText: '2小时' }).waitFor()
  const settle = current().locator(`[id^="entry-order_${orderId}_settle"]`) // order:<id>:settle…
  await settle.locator('.cv-entry__kind', { hasText: '服务结算' }).waitFor()
  await settle.locator('.cv-entry__amount', { hasText: '+2小时' }).waitFor()
  await settle.locator('.cv-entry__after', { hasText: '余额 2小时' }).waitFor()
  await sys.shot(page, 'timebank-03-account')

  const filtered = app.nextReply('timebank.statement')
  await current().locator('#chips-kind .cv-chip', { hasText: '转赠' }).tap()
  assert.equal((await filtered).data.items.length, 0)
  await current().getByText('没有符合条件的记录').waitFor()
  await current().locator('#chips-kind .cv-chip', { hasText: '全部' }).tap()
  await settle.waitFor()
  await current().locator('.cv-statement').scrollIntoViewIfNeeded()
  await sys.shot(page, 'timebank-04-statement')
  await settle.locator('.cv-entry__link', { hasText: '查看订单' }).tap() // the row opens the order it paid for
  await page.waitForURL(new RegExp(`pages/order/index\\?id=${orderId}`))
  await current().locator('.cv-order-status__label', { hasText: '已裁定' }).waitFor()
  await page.goBack()
  await page.waitForURL(/pages\/timebank/)
})

test('转赠: a family member, 30 minutes, 确认转赠 — one transfer although the first reply is lost', async () => {
  const link = await api(VOLUNTEER, 'family.link', { relation: 'spouse', memberName: SPOUSE_NAME, memberUsesPhone: true })
  assert.equal((await api(SPOUSE, 'family.confirm', { code: link.confirmCode })).status, 'active')

  await actAs(VOLUNTEER, '/packages/resident/pages/timebank/index')
  await current().locator('#balance-available', { hasText: '2小时' }).waitFor()
  await current().locator('.cv-btn', { hasText: '转赠家人' }).tap()
  await page.waitForURL(/pages\/transfer/)
  await current().locator('#transfer-allowance', { hasText: '今日还可转赠 10小时' }).waitFor()
  await sys.shot(page, 'timebank-05a-transfer-open')
  const links = (await api(VOLUNTEER, 'family.list')).links
  assert.ok(
    links.some((l) => l.counterpart?.userId === SPOUSE),
    'family.list names the other person of an active link: FamilyLinkView.counterpart { userId, name }'
  )
  await current().locator('.cv-submit', { hasText: '下一步' }).tap()
  await field('toUserId').getByText('请选择要转赠的家人').waitFor()
  await current().locator('.cv-pick', { hasText: SPOUSE_NAME }).tap()
  await field('minutes').locator('input').nth(1).fill('30')
  await current().locator('#field-note input').fill('给你约上门理发用')
  await sys.shot(page, 'timebank-05-transfer-form')

  await current().locator('.cv-submit', { hasText: '下一步' }).tap()
  await current()
    .locator('.cv-confirm__question', { hasText: `确认转赠 30分钟 给 配偶：${SPOUSE_NAME}？` })
    .waitFor()
  await current().getByText('转赠后您的可用时间：1小时30分钟').waitFor()
  await sys.shot(page, 'timebank-06-transfer-confirm')

  // The first 确认: the server moves the time, the reply is lost (the client retries, then gives up).
  const ids = []
  await page.route('**/api/functions/api', async (route) => {
    const body = route.request().postDataJSON()
    if (body?.action !== 'timebank.transfer') return route.continue()
    ids.push(body.input.requestId)
    await route.fetch()
    await route.abort('connectionreset')
  })
  await current().locator('.cv-submit', { hasText: '确认转赠' }).tap()
  await current().locator('.cv-confirm .cv-form-error').waitFor()
  await page.unroute('**/api/functions/api')
  await sys.shot(page, 'timebank-07-transfer-network-lost')
  const done = await tapAndReply(current().locator('.cv-submit', { hasText: '确认转赠' }), 'timebank.transfer')
  assert.ok(ids.length >= 1 && ids.every((id) => id === ids[0]), 'one requestId for every attempt')
  assert.equal(done.account.balance, RULED - 30, 'moved once')
  await current()
    .locator('#transfer-done', { hasText: `已转赠 30分钟 给 配偶：${SPOUSE_NAME}` })
    .waitFor()
  await current().locator('#transfer-allowance', { hasText: '今日还可转赠 9小时30分钟' }).waitFor()
  assert.equal(await page.evaluate(() => window.localStorage.getItem('draft.requestId.timebank.transfer')), null, 'draft cleared after success')
  await sys.shot(page, 'timebank-08-transfer-done')

  const spouse = await api(SPOUSE, 'timebank.account')
  assert.equal(spouse.balance, 30)
  assert.equal(spouse.totals.transferredIn, 30)

  await current().locator('.cv-btn', { hasText: '返回我的时间银行' }).tap()
  await page.waitForURL(/pages\/timebank/)
  await current().locator('#balance-available', { hasText: '1小时30分钟' }).waitFor() // reloaded on show
  const row = current().locator('.cv-entry', { hasText: '转赠：给你约上门理发用' })
  await row.locator('.cv-entry__amount', { hasText: '-30分钟' }).waitFor()
  await row.locator('.cv-entry__after', { hasText: '余额 1小时30分钟' }).waitFor()
  await sys.shot(page, 'timebank-09-account-after-transfer')

  await actAs(SPOUSE, '/packages/resident/pages/timebank/index') // the member sees it arrive
  await current().locator('#balance-available', { hasText: '30分钟' }).waitFor()
  await current().locator('.cv-entry__amount', { hasText: '+30分钟' }).waitFor()
  await sys.shot(page, 'timebank-10-family-account')
})

test('捐赠到公益池: 15 minutes after 确认捐赠', async () => {
  const before = (await api(VOLUNTEER, 'timebank.account')).available
  await actAs(VOLUNTEER, '/packages/resident/pages/timebank/index')
  await current().locator('#balance-available').waitFor()
  await current().locator('.cv-btn', { hasText: '捐赠到公益池' }).tap()
  await field('donateMinutes').locator('input').nth(1).fill('15')
  await current().locator('#donate-panel .cv-submit', { hasText: '下一步' }).tap()
  await current().locator('.cv-confirm__question', { hasText: '确认捐赠 15分钟 到社区公益池？' }).waitFor()
  await current().locator('#donate-panel').scrollIntoViewIfNeeded()
  await sys.shot(page, 'timebank-11a-donate-confirm')
  const done = await tapAndReply(current().locator('#donate-panel .cv-submit', { hasText: '确认捐赠' }), 'timebank.donate')
  assert.equal(done.account.available, before - 15)
  await current().locator('#donate-panel .cv-success', { hasText: '已捐赠15分钟' }).waitFor()
  await current().locator('.cv-entry', { hasText: '捐赠' }).locator('.cv-entry__amount', { hasText: '-15分钟' }).waitFor()
  await sys.shot(page, 'timebank-11b-donate-done')
})

test('申请证明 → the certificate page with every field and its PNG', async () => {
  await actAs(VOLUNTEER, '/pages/volunteer/index')
  await openEntry('志愿者', '申请证明', /pages\/certificate-new/)
  await current().locator('#chips-range .cv-chip--on', { hasText: '今年' }).waitFor()
  await current().getByText('还没有出具过证明').waitFor()
  await sys.shot(page, 'timebank-12-certificate-new')
  certificate = await tapAndReply(current().locator('.cv-submit', { hasText: '出具证明' }), 'certificates.issue')
  assert.equal(certificate.totalMinutes, RULED)
  await page.waitForURL(/pages\/certificate\/index/)
  await current().locator('#cert-number', { hasText: certificate.number }).waitFor()
  await current().locator('#cert-code', { hasText: certificate.verifyCode }).waitFor()
  await current().locator('#cert-hours', { hasText: '2小时' }).waitFor()
  const id = await current().locator('#cert-id .cv-cert__value').innerText()
  assert.match(id, /\*{6,}/, 'the ID number is masked')
  for (const label of ['姓名', '志愿者编号', '服务期间', '出具单位', '负责人', '经办人', '联系方式', '出具日期'])
    await current().locator('.cv-cert__label', { hasText: label }).first().waitFor()
  await current().locator('.cv-cert__td--content', { hasText: '探访老人' }).waitFor()
  await sys.shot(page, 'timebank-13-certificate')

  const img = current().locator('#certificate-image img')
  await img.waitFor()
  assert.match(await img.getAttribute('src'), /^data:image\/png;base64,/)
  await img.scrollIntoViewIfNeeded()
  await sys.shot(page, 'timebank-14-certificate-image')
  const download = page.waitForEvent('download')
  await current().locator('#certificate-download').tap()
  const file = path.join(SHOTS, 'timebank-certificate-download.png')
  await (await download).saveAs(file)
  assert.deepEqual([...fs.readFileSync(file).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG')
})

test('证明核验 accepts the number and code, and rejects a forged code', async () => {
  await actAs('demo-resident-15')
  await openEntry('居民', '证明核验', /pages\/verify/)
  await app.fill('number', certificate.number)
  await app.fill('code', certificate.verifyCode.toLowerCase()) // typed in lower case: upper-cased for them
  const ok = await tapAndReply(current().locator('.cv-submit', { hasText: '核验' }), 'certificates.verify')
  assert.equal(ok.valid, true)
  await current().locator('#verify-valid', { hasText: '证明有效' }).waitFor()
  await current().locator('#cert-hours', { hasText: '2小时' }).waitFor()
  assert.equal(await current().locator('#cert-code').count(), 0, 'the code is not shown back')
  assert.doesNotMatch(await current().locator('.cv-cert').innerText(), /\d{17}[\dX]/, 'no full ID number')
  await sys.shot(page, 'timebank-15-verify-valid')

  const forged = certificate.verifyCode === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA'
  await app.fill('code', forged)
  const bad = await tapAndReply(current().locator('.cv-submit', { hasText: '核验' }), 'certificates.verify')
  assert.equal(bad.valid, false)
  assert.equal(bad.certificate, null)
  await current().locator('#verify-invalid', { hasText: '证明无效' }).waitFor()
  assert.equal(await current().locator('.cv-cert').count(), 0)
  await sys.shot(page, 'timebank-16-verify-invalid')
})

test('服务记录: stars and 申请更正; the coordinator sees it in 调账与记录', async () => {
  await actAs(VOLUNTEER, '/pages/volunteer/index')
  await openEntry('志愿者', '服务记录', /pages\/records/)
  const record = current().locator(`#record-order-${orderId}`)
  await record.locator('.cv-record__minutes', { hasText: '2小时' }).waitFor()
  await record.locator('.cv-record__stars', { hasText: '★★★★★' }).waitFor()
  // The check-out served 0 minutes, which leaves no record; the ruling's 2 hours made the first one (no history).
  assert.equal(await record.locator('.cv-record__history').count(), 0)
  await sys.shot(page, 'timebank-17-records')
  await record.locator('.cv-btn', { hasText: '申请更正' }).tap()
  await record.locator('#field-reason textarea').fill('当天还陪老人去了社区卫生站，共3小时')
  await record.locator('#field-proposedMinutes input').nth(0).fill('3')
  await sys.shot(page, 'timebank-18-records-correction')
  const asked = await tapAndReply(record.locator('.cv-submit', { hasText: '提交更正申请' }), 'records.requestCorrection')
  assert.equal(asked.correction.status, 'requested')
  await record.locator('.cv-record__correction-status', { hasText: '更正审核中' }).waitFor()

  await actAs(COORDINATOR, '/pages/coordinator/index')
  await openEntry('协调员', '调账与记录', /pages\/ledger/)
  await current().locator('#volunteer-picker .cv-vpick').first().waitFor()
  await sys.shot(page, 'timebank-19-ledger-adjust')
  await current().locator('.nut-tabs-titles-item', { hasText: '服务记录' }).tap()
  const name = (await api(VOLUNTEER, 'volunteers.me')).volunteer.realName
  await current().locator('.cv-vpick', { hasText: name }).tap()
  const pending = current().locator(`#record-order-${orderId}`)
  await pending.locator('.cv-record__correction-status', { hasText: '更正审核中' }).waitFor()
  await pending.locator('#field-correctMinutes input').nth(0).waitFor()
  await sys.shot(page, 'timebank-20-ledger-records')
  await current().locator('.nut-tabs-titles-item', { hasText: '社区规则' }).tap()
  await field('storageCapMinutes').locator('input').waitFor()
  assert.equal(await field('storageCapMinutes').locator('input').inputValue(), '1500')
  await sys.shot(page, 'timebank-21-ledger-rules')
})
