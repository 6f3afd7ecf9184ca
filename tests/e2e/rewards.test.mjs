// 积分商城 in Chromium against the real local cloud with the demo data (issue 6). A demo volunteer whose points
// come from their demo service records opens 积分商城 from the 志愿者 tab, sees the balance with its expiry note and
// the catalogue with stock, taps 兑换 → the confirmation → 确认兑换, and sees the pickup code, the lower balance and
// the redemption in 我的兑换; the coordinator's 积分商城管理 lists it as 待领取 with the same code and marks it 已领取.
// Screenshots: test-results/e2e/rewards-*.png.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { app, openAppForFile, page, sys } from './harness.mjs'

openAppForFile()

const COORDINATOR = 'demo-coordinator'
const REWARD = '优先预约体检'

async function api(openid, action, input = {}) {
  const r = await sys.api(openid, action, input)
  if (!r.ok) throw new Error(`${action} as ${openid}: ${JSON.stringify(r.error)}`)
  return r.data
}

let volunteer = null
let before0 = 0
let reward = null
let code = null

test('a demo volunteer holds points from their demo service, and the catalogue is on the shelf', async () => {
  reward = (await api(COORDINATOR, 'rewards.list')).items.find((r) => r.name === REWARD)
  assert.ok(reward, 'the demo catalogue has 优先预约体检')
  for (let n = 1; n <= 17 && !volunteer; n++) {
    const openid = `demo-volunteer-${String(n).padStart(2, '0')}`
    const a = await api(openid, 'points.account')
    const mine = await api(openid, 'rewards.redemptions')
    if (a.balance >= reward.cost && mine.items.length === 0) [volunteer, before0] = [openid, a.balance]
  }
  assert.ok(volunteer, 'some demo volunteer can afford it')
})

test('积分商城: balance and expiry, 兑换 → 确认兑换 → pickup code and the lower balance', async () => {
  await app.actAs(volunteer, '/pages/volunteer/index')
  await app.openEntry('志愿者', '积分商城', /pages\/rewards/)
  const cur = app.current()
  await cur.locator('#points-balance', { hasText: String(before0) }).waitFor()
  await cur.locator('#points-expiry', { hasText: '到期' }).waitFor()
  const card = cur.locator(`#reward-${reward.id}`)
  await card.locator('.cv-reward__stock', { hasText: `剩余 ${reward.stock}` }).waitFor()
  await sys.shot(page, 'rewards-01-shop')

  await card.locator('.cv-btn', { hasText: '兑换' }).tap()
  await cur.getByText(`确认用 ${reward.cost} 积分兑换「${REWARD}」？`).waitFor()
  await sys.shot(page, 'rewards-02-confirm')
  const data = await app.tapAndReply(cur.locator('.cv-submit', { hasText: '确认兑换' }), 'rewards.redeem')
  code = data.redemption.pickupCode
  assert.match(code, /^\d{6}$/)
  assert.equal(data.balance, before0 - reward.cost)
  await cur.locator('#redeem-code', { hasText: code }).waitFor()
  await cur.locator('#points-balance', { hasText: String(before0 - reward.cost) }).waitFor()
  await cur.locator(`#reward-${reward.id} .cv-reward__stock`, { hasText: `剩余 ${reward.stock - 1}` }).waitFor()
  await sys.shot(page, 'rewards-03-redeemed')
  await cur.locator(`#my-redemptions #redemption-${data.redemption.id}`, { hasText: code }).waitFor()
  await cur.locator('#my-redemptions').scrollIntoViewIfNeeded()
  await sys.shot(page, 'rewards-04-my-redemptions')
  // Hours are untouched: points are a separate account.
  assert.equal((await api(volunteer, 'points.account')).balance, before0 - reward.cost)
})

test('积分商城管理: the coordinator sees it 待领取 with the same code and marks it 已领取', async () => {
  await app.actAs(COORDINATOR, '/pages/coordinator/index')
  await app.openEntry('协调员', '积分商城管理', /pages\/rewards/)
  const cur = app.current()
  const row = cur.locator('#pending-redemptions .cv-redemption', { hasText: code })
  await row.waitFor()
  await sys.shot(page, 'rewards-05-coordinator')
  await app.tapAndReply(row.locator('.cv-btn', { hasText: '标记已领取' }), 'rewards.fulfil')
  await cur.locator('#pending-redemptions .cv-redemption', { hasText: code }).waitFor({ state: 'detached' })
  const mine = await api(volunteer, 'rewards.redemptions')
  assert.equal(mine.items[0].status, 'fulfilled')
  await cur.locator('#reward-form').scrollIntoViewIfNeeded()
  await sys.shot(page, 'rewards-06-coordinator-form')
})
