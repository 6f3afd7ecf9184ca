// Intake for people without a phone (受助对象登记 + 代下单) in Chromium against the real local cloud. The coordinator
// registers a 独居 elder with only a landline (the list shows her phone and address masked), records her phone request
// with 代下单, sees it first on 调度台 and dispatches it; the volunteer accepts, checks in with the code the coordinator
// reads out and checks out; the coordinator confirms and rates on her behalf (the order page offers 确认完成 to the
// coordinator), and the settle worker pays the volunteer from the community pool: one service record, the ledger
// balanced. Screenshots: test-results/e2e/intake-*.png.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { app, openAppForFile, page, sys } from './harness.mjs'

// The gateway's clock runs 60 times faster (the crash suite's clock.cjs): the visit lasts whole minutes between
// check-in and check-out a few seconds apart, so the settlement moves real hours.
const CLOCK = new URL('../crash/clock.cjs', import.meta.url).pathname
openAppForFile({
  env: { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${CLOCK}`.trim(), CRASH_CLOCK_BASE: String(Date.now()), CRASH_CLOCK_SPEED: '60' }
})

const COORDINATOR = 'demo-coordinator'
// Demo volunteer 04 visits elders (localcloud/src/demo/seedVolunteers.ts).
const VISITOR = 'demo-volunteer-04'
const current = () => app.current()

let beneficiaryId = null
let orderId = null

async function until(check, what, tries = 60) {
  for (let i = 0; i < tries; i++) {
    const v = await check()
    if (v) return v
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`timed out waiting for ${what}`)
}

test('the coordinator registers a beneficiary; the list masks her phone and address', async () => {
  await app.actAs(COORDINATOR, '/pages/coordinator/index')
  const listed = app.nextReply('beneficiaries.list')
  await app.openEntry('协调员', '受助对象登记', /packages\/coordinator\/pages\/beneficiaries/)
  assert.equal((await listed).ok, true)
  await current().locator('.cv-vadmin').first().waitFor() // the demo register
  await sys.shot(page, 'intake-01-register')

  await current().locator('#beneficiary-add').tap()
  await current().locator('#beneficiary-form').waitFor()
  await app.fill('name', '孙玉珍')
  await app.fill('phone', '0752-2233445')
  await app.fill('address', '文昌三路9号3栋102')
  await current().locator('#field-tags').getByText('独居', { exact: true }).tap()
  await current().locator('#field-tags').getByText('高龄', { exact: true }).tap()
  await current().getByText('属于优先服务对象', { exact: false }).waitFor()
  await current().locator('#field-note textarea').fill('耳背，上门请大声敲门')
  await sys.shot(page, 'intake-02-form')
  const saved = await app.tapAndReply(current().locator('#beneficiary-form .cv-submit'), 'beneficiaries.add')
  beneficiaryId = saved.id
  assert.equal(saved.priority, true)
  assert.deepEqual(saved.tagLabels, ['独居', '高龄'])

  const card = current().locator(`#beneficiary-${beneficiaryId}`)
  await card.waitFor()
  const text = await card.innerText()
  assert.ok(text.includes('075*****3445'), text)
  assert.ok(!text.includes('2233445') && !text.includes('9号3栋102'), `masked in the list: ${text}`)
  assert.ok(text.includes('优先服务') && text.includes('独居') && text.includes('高龄'), text)
  await sys.shot(page, 'intake-03-list-masked')
  await card.getByText('查看完整信息').tap()
  await card.getByText('0752-2233445', { exact: false }).waitFor()
  await card.getByText('文昌三路9号3栋102', { exact: false }).waitFor()
})

test('代下单 for her: the order is stored for the beneficiary and comes first on 调度台', async () => {
  await current().locator(`#beneficiary-${beneficiaryId} .cv-beneficiary__order`).tap()
  await page.waitForURL(/packages\/coordinator\/pages\/order-for/)
  await current().locator('#order-for-form').waitFor()
  await current().locator('#field-beneficiaryId .nut-radio-button-active', { hasText: '孙玉珍' }).waitFor() // preselected
  await current().getByText('由社区公益池支付时长', { exact: false }).waitFor()
  // Nothing is sent without a service.
  await current().locator('.cv-submit').tap()
  await current().locator('#field-category').getByText('请选择', { exact: false }).waitFor()
  await current().locator('#field-category').getByText('探访老人', { exact: true }).tap()
  await current().locator('#field-window').getByText('明天上午', { exact: true }).tap()
  await current().locator('#field-description textarea').fill('电话求助：帮忙量血压、陪聊天')
  await sys.shot(page, 'intake-04-order-for')
  const order = await app.tapAndReply(current().locator('.cv-submit'), 'orders.createFor')
  orderId = order.id
  assert.equal(order.funding, 'community_pool')
  assert.equal(order.beneficiaryName, '孙玉珍')
  await page.waitForURL(/pages\/order\/index/)
  await current().locator('.cv-order-status__label', { hasText: '待派单' }).waitFor()
  await sys.shot(page, 'intake-05-order-created')

  await app.actAs(COORDINATOR, '/pages/coordinator/index')
  await app.openEntry('协调员', '调度台', /pages\/board/)
  await current().locator(`#board-${orderId}`).waitFor()
  // Priority first: every card above hers is a priority order too, every non-priority card comes after it.
  const ids = await current()
    .locator('[id^="board-"]')
    .evaluateAll((els) => els.map((e) => e.id.slice('board-'.length)))
  const board = (await sys.api(COORDINATOR, 'orders.board', {})).data.items
  const priority = new Set(board.filter((o) => o.priority).map((o) => o.id))
  const mine = ids.indexOf(orderId)
  assert.ok(mine >= 0 && priority.has(orderId), 'on the board as a priority order')
  assert.ok(
    ids.slice(0, mine).every((id) => priority.has(id)),
    'only priority orders above it'
  )
  const firstOther = ids.findIndex((id) => !priority.has(id))
  assert.ok(firstOther === -1 || firstOther > mine, 'ahead of every other order')
  await sys.shot(page, 'intake-06-board')
})

test('dispatched to a volunteer who accepts, checks in with the code the coordinator reads out, and checks out', async () => {
  const visitorName = (await sys.api(VISITOR, 'users.me')).data.nickname
  await current().locator(`#board-${orderId}`).tap()
  await page.waitForURL(/pages\/dispatch/)
  const candidate = current().locator('.cv-candidate', { hasText: visitorName })
  await candidate.locator('.cv-candidate__btn').waitFor()
  const dispatched = await app.tapAndReply(candidate.locator('.cv-candidate__btn'), 'orders.dispatch')
  assert.equal(dispatched.status, 'dispatched')

  const code = (await sys.api(COORDINATOR, 'orders.get', { orderId })).data.checkInCode
  assert.match(code, /^\d{4}$/, 'the coordinator holds the code for the person without a phone')
  await app.actAs(VISITOR, '/packages/volunteer/pages/tasks/index')
  const card = current().locator(`#order-${orderId}`)
  await app.tapAndReply(card.locator('.cv-move--accept'), 'orders.accept')
  await card.locator('#field-code input').fill(code)
  await app.tapAndReply(card.locator('.cv-move--checkIn-code'), 'orders.checkIn')
  await card.locator('.cv-badge', { hasText: '服务中' }).waitFor()
  await page.waitForTimeout(10000) // ten minutes of the gateway's clock: a visit of 15 minutes once rounded
  const out = await app.tapAndReply(card.locator('.cv-move--checkOut'), 'orders.checkOut')
  assert.equal(out.status, 'awaiting_confirmation')
})

test('the coordinator confirms on her behalf; the volunteer is paid from the pool with one service record', async () => {
  const recordsBefore = (await sys.api(VISITOR, 'records.list', { limit: 50 })).data
  const balanceBefore = (await sys.api(VISITOR, 'timebank.account')).data.balance
  await app.actAs(COORDINATOR, `/packages/resident/pages/order/index?id=${orderId}`)
  await current().locator('.cv-order-status__label', { hasText: '待确认' }).waitFor()
  const confirm = current().locator('.cv-move--confirm')
  await confirm.waitFor()
  await sys.shot(page, 'intake-07-coordinator-confirm')
  await confirm.tap()
  await page.waitForURL(/pages\/rate/)
  await current().locator('.cv-stars__star').nth(4).tap()
  const done = await app.tapAndReply(current().locator('.cv-submit'), 'orders.confirm')
  assert.equal(done.status, 'completed')
  assert.ok(
    done.events.some((e) => e.kind === 'confirm' && e.onBehalf),
    'confirmed on the beneficiary’s behalf'
  )

  const settled = await until(async () => {
    const o = (await sys.api(COORDINATOR, 'orders.get', { orderId })).data
    return o.settlement === 'settled' ? o : null
  }, 'the settle worker')
  const minutes = settled.finalMinutes
  assert.ok(minutes > 0)
  assert.equal((await sys.api(VISITOR, 'timebank.account')).data.balance, balanceBefore + minutes)
  const records = (await sys.api(VISITOR, 'records.list', { limit: 50 })).data
  assert.equal(records.totalMinutes, recordsBefore.totalMinutes + minutes)
  const added = records.items.filter((r) => !recordsBefore.items.some((b) => b.id === r.id))
  assert.equal(added.length, 1, 'one service record for the order')
  const record = added[0]
  assert.equal(record.minutes, minutes)
  assert.equal(record.evaluation?.stars, 5)

  await app.actAs(COORDINATOR, `/packages/resident/pages/order/index?id=${orderId}`)
  await current().locator('.cv-order-status__label', { hasText: '已完成' }).waitFor()
  await current().getByText('已入账', { exact: false }).first().waitFor()
  await sys.shot(page, 'intake-08-completed')
})
