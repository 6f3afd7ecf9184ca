// 志愿者管理 in Chromium against the real local cloud. The coordinator opens 保险登记, ticks two uninsured volunteers
// and records one policy for both (they turn 保障中; an incomplete form says what is missing and records nothing).
// A volunteer pauses taking orders in 服务信息与状态 (the 抢单大厅 then offers them nothing), edits their service area,
// resumes, and sees what 退出志愿服务 would mean before stepping back. The coordinator then suspends that volunteer —
// the reason is required — and the volunteer sees 已被暂停服务 with it; 恢复资格 brings them back.
// Screenshots: test-results/e2e/vadmin-*.png.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { app, openAppForFile, page, sys } from './harness.mjs'

openAppForFile()

const COORDINATOR = 'demo-coordinator'
const current = () => app.current()
const demoVolunteers = Array.from({ length: 20 }, (_, i) => `demo-volunteer-${String(i + 1).padStart(2, '0')}`)

let insuredPair = []
let volunteer = null // { openid, id, name }

async function approvedVolunteers() {
  return (await sys.api(COORDINATOR, 'volunteers.list', { status: 'approved', limit: 50 })).data.items
}

test('保险登记: one policy for two ticked volunteers, all or nothing', async () => {
  const all = await approvedVolunteers()
  insuredPair = all.filter((v) => !v.insuredUntil && v.lifecycle === 'active').slice(0, 2)
  assert.equal(insuredPair.length, 2, 'the demo has uninsured volunteers')

  await app.actAs(COORDINATOR, '/pages/coordinator/index')
  await app.openEntry('协调员', '保险登记', /packages\/coordinator\/pages\/volunteers/)
  const first = current().locator(`#volunteer-${insuredPair[0].id}`)
  await first.getByText('未投保').waitFor()
  await first.getByText('无有效保险', { exact: false }).waitFor()
  await current().locator('.cv-ins--covered').first().waitFor() // the demo's group policy
  await sys.shot(page, 'vadmin-01-insurance-list')

  for (const v of insuredPair) await current().locator(`#volunteer-${v.id} .cv-vadmin__head`).tap()
  await current().getByText('已选 2 名').waitFor()
  await sys.shot(page, 'vadmin-02-selected')
  await current().locator('#policy-open').tap()
  await current().locator('#policy-form').waitFor()
  await current()
    .getByText(`被保险人：${insuredPair.map((v) => v.realName).join('、')}`)
    .waitFor()
  // Incomplete: the form says what is missing next to each field and nothing is recorded.
  await current().locator('#policy-form .cv-submit').tap()
  await app.field('insurer').getByText('请填写保险公司').waitFor()
  await app.fill('insurer', '中国人寿')
  await app.fill('policyNo', 'GL 2025')
  await current().locator('#policy-form .cv-submit').tap()
  await app.field('policyNo').getByText('保单号只能包含字母、数字和短横线').waitFor()
  assert.equal((await approvedVolunteers()).filter((v) => insuredPair.some((p) => p.id === v.id) && v.insuredUntil).length, 0)
  await app.fill('policyNo', 'GL-2025-0815')
  await sys.shot(page, 'vadmin-03-policy-form')
  const saved = await app.tapAndReply(current().locator('#policy-form .cv-submit'), 'volunteers.addInsurance')
  assert.deepEqual(
    saved.volunteers.map((v) => v.id),
    insuredPair.map((v) => v.id)
  )
  for (const v of insuredPair) await current().locator(`#volunteer-${v.id} .cv-ins--covered`).waitFor()
  await current().locator(`#volunteer-${insuredPair[0].id}`).scrollIntoViewIfNeeded()
  await sys.shot(page, 'vadmin-04-insured')
})

test('a volunteer pauses taking orders, edits the service area and resumes; leaving asks first', async () => {
  // A volunteer holding no open order (pausing does not need it; the suspension below does).
  const all = await approvedVolunteers()
  for (const openid of demoVolunteers) {
    const v = all.find((x) => x.userId === openid && x.lifecycle === 'active')
    if (!v) continue
    const open = (await sys.api(openid, 'orders.listMine', { as: 'volunteer', open: true })).data.items
    if (open.length === 0) {
      volunteer = { openid, id: v.id, name: v.realName }
      break
    }
  }
  assert.ok(volunteer, 'a demo volunteer without open orders')

  await app.actAs(volunteer.openid, '/pages/volunteer/index')
  await app.openEntry('志愿者', '服务信息与状态', /packages\/volunteer\/pages\/profile/)
  const panel = current().locator('#lifecycle-panel')
  await panel.locator('.cv-status__label', { hasText: '服务中' }).waitFor()
  await sys.shot(page, 'vadmin-05-volunteer-active')
  const paused = await app.tapAndReply(panel.locator('.cv-vself--pause'), 'volunteers.pause')
  assert.equal(paused.lifecycle, 'paused')
  await panel.locator('.cv-status__label', { hasText: '暂停接单' }).waitFor()
  assert.equal(await panel.locator('.cv-vself--pause').count(), 0, 'the rulebook offers 恢复接单, not 暂停接单, now')
  assert.deepEqual((await sys.api(volunteer.openid, 'orders.pool', {})).data.items, [])
  await sys.shot(page, 'vadmin-06-volunteer-paused')

  await current().locator('#offer-edit').tap()
  await current().locator('#offer-form').waitFor()
  await app.fill('serviceArea', '文昌社区及江北街道')
  const updated = await app.tapAndReply(current().locator('#offer-form .cv-submit'), 'volunteers.updateProfile')
  assert.equal(updated.serviceArea, '文昌社区及江北街道')
  await current().locator('.cv-kv', { hasText: '文昌社区及江北街道' }).waitFor()

  await app.tapAndReply(current().locator('#lifecycle-panel .cv-vself--resume'), 'volunteers.resume')
  await current().locator('#lifecycle-panel .cv-status__label', { hasText: '服务中' }).waitFor()

  await current().locator('#lifecycle-panel .cv-vself--leave').tap()
  await current().getByText('确定退出志愿服务吗？').waitFor()
  await sys.shot(page, 'vadmin-07-leave-confirm')
  await current().locator('.cv-btn', { hasText: '不退出' }).tap()
  await current().locator('#lifecycle-panel .cv-status__label', { hasText: '服务中' }).waitFor()
  assert.equal((await sys.api(volunteer.openid, 'volunteers.me')).data.volunteer.lifecycle, 'active')
})

test('the coordinator suspends the volunteer with a required reason; the volunteer sees why; 恢复资格 restores', async () => {
  await app.actAs(COORDINATOR, '/pages/coordinator/index')
  await app.openEntry('协调员', '志愿者管理', /packages\/coordinator\/pages\/volunteers/)
  const card = current().locator(`#volunteer-${volunteer.id}`)
  await card.locator('.cv-vmove--suspend').waitFor()
  assert.equal(await card.locator('.cv-vmove--reinstate').count(), 0, 'only the moves the rulebook allows from 服务中')
  await card.locator('.cv-vmove--suspend').tap()
  await card.locator('.cv-btn', { hasText: '确认暂停资格' }).tap()
  await card.locator('#field-reason').getByText('请填写原因').waitFor()
  assert.equal((await sys.api(volunteer.openid, 'volunteers.me')).data.volunteer.lifecycle, 'active', 'nothing sent without a reason')
  await card.locator('#field-reason textarea').fill('连续三次爽约，暂停服务待核实')
  await sys.shot(page, 'vadmin-08-suspend-reason')
  const suspended = await app.tapAndReply(card.locator('.cv-btn', { hasText: '确认暂停资格' }), 'volunteers.suspend')
  assert.equal(suspended.lifecycle, 'suspended')
  await card.locator('.cv-life--suspended', { hasText: '已被暂停服务' }).waitFor()
  await card.getByText('原因：连续三次爽约，暂停服务待核实').waitFor()
  await card.locator('.cv-vmove--reinstate').waitFor()
  await sys.shot(page, 'vadmin-09-suspended')

  await app.actAs(volunteer.openid, '/packages/volunteer/pages/profile/index')
  const panel = current().locator('#lifecycle-panel')
  await panel.locator('.cv-status__label', { hasText: '已被暂停服务' }).waitFor()
  await panel.getByText('原因：连续三次爽约，暂停服务待核实').waitFor()
  assert.equal(await panel.locator('.cv-vself--resume').count(), 0, 'a suspended volunteer cannot resume themselves')
  await sys.shot(page, 'vadmin-10-volunteer-suspended')

  const back = await sys.api(COORDINATOR, 'volunteers.reinstate', { volunteerId: volunteer.id, reason: '已核实，恢复服务' })
  assert.equal(back.data.lifecycle, 'active')
  const audit = (await sys.api('demo-admin', 'audit.list', { action: 'volunteers.suspend' })).data
  assert.ok(JSON.stringify(audit).includes('连续三次爽约'), 'the suspension and its reason are in the audit log')
})
