// Coordinator settings in Chromium against the real local cloud with the demo data (issue 15): the demo coordinator
// opens 服务目录 from the 协调员 tab — the demo's own categories (助餐送餐, 义剪, 心理疏导) listed after the built-in ten
// — adds 义诊 as a dispatch-only category and sees it listed and orderable; sets a 20-minute response time on
// 订单规则; lowers 发布求助 to 5 per person on 限流设置. Each change is read back through the api.
// Screenshots: test-results/e2e/settings-*.png.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { app, openAppForFile, page, sys } from './harness.mjs'

openAppForFile()

const COORDINATOR = 'demo-coordinator'

async function api(openid, action, input = {}) {
  const r = await sys.api(openid, action, input)
  if (!r.ok) throw new Error(`${action} as ${openid}: ${JSON.stringify(r.error)}`)
  return r.data
}

test('服务目录: the demo categories are listed; 义诊 is added as dispatch-only and offered to residents', async () => {
  await app.actAs(COORDINATOR, '/pages/coordinator/index')
  await app.openEntry('协调员', '服务目录', /pages\/catalog/)
  const cur = app.current()
  for (const label of ['探访老人', '助餐送餐', '义剪', '心理疏导']) await cur.locator('#catalog-list .cv-setting__name', { hasText: label }).first().waitFor()
  await sys.shot(page, 'settings-01-catalog')
  // The demo gives its own categories to a few volunteers (seedCatalog.ts), so their orders have candidates.
  const meals = (await api(COORDINATOR, 'catalog.list')).entries.find((e) => e.label === '助餐送餐')
  assert.ok((await api('demo-volunteer-01', 'volunteers.me')).volunteer.skills.includes(meals.category))

  await app.fill('label', '义诊')
  await app.fill('defaultMinutes', '90')
  await app.fill('minAge', '22')
  await cur.locator('#chips-grabPool .cv-chip', { hasText: '只由协调员派单' }).tap()
  await sys.shot(page, 'settings-02-catalog-form')
  const added = await app.tapAndReply(cur.locator('.cv-submit', { hasText: '新增' }), 'catalog.add')
  assert.deepEqual(
    { label: added.label, defaultMinutes: added.defaultMinutes, minAge: added.minAge, grabPool: added.grabPool, builtin: added.builtin },
    { label: '义诊', defaultMinutes: 90, minAge: 22, grabPool: false, builtin: false }
  )
  await cur.locator('#catalog-saved', { hasText: '已新增「义诊」' }).waitFor()
  const card = cur.locator(`#catalog-${added.category}`)
  await card.locator('.cv-setting__row', { hasText: '90分钟 · 22周岁以上 · 无需保险 · 居民可下单 · 只派单' }).waitFor()
  await card.scrollIntoViewIfNeeded()
  await sys.shot(page, 'settings-03-catalog-added')
  // A resident can now ask for it.
  const entries = (await api('demo-resident-01', 'catalog.list')).entries
  assert.ok(entries.some((e) => e.category === added.category && e.label === '义诊' && !e.retired))
})

test('订单规则: a 20-minute response time is saved and in force', async () => {
  await app.actAs(COORDINATOR, '/pages/coordinator/index')
  await app.openEntry('协调员', '订单规则', /pages\/order-rules/)
  const cur = app.current()
  await app.field('slaMinutes').locator('.cv-field__hint', { hasText: '可设5到1440分钟' }).waitFor()
  await app.fill('slaMinutes', '20')
  const rules = await app.tapAndReply(cur.locator('.cv-submit', { hasText: '保存订单规则' }), 'communities.updateOrderRules')
  assert.equal(rules.slaMinutes, 20)
  await cur.locator('#rules-saved').waitFor()
  await app.field('slaMinutes').locator('.cv-field__hint', { hasText: '当前20分钟' }).waitFor()
  await cur.locator('#rules-saved').evaluate((el) => el.scrollIntoView()) // the saved note and the changed field
  await sys.shot(page, 'settings-04-order-rules')
  assert.equal((await api('demo-resident-01', 'catalog.list')).rules.slaMinutes, 20)
})

test('限流设置: 发布求助 is lowered to 5 per person and shown as the community setting', async () => {
  await app.actAs(COORDINATOR, '/pages/coordinator/index')
  await app.openEntry('协调员', '限流设置', /pages\/rate-limits/)
  const cur = app.current()
  const card = cur.locator('#limit-orders-create')
  await card.locator('.cv-setting__row', { hasText: '默认：每小时每人10次' }).waitFor()
  await app.fill('orders-create-perUser', '5')
  const out = await app.tapAndReply(cur.locator('.cv-submit', { hasText: '保存限流设置' }), 'communities.updateRateLimits')
  assert.equal(out.rateLimits.find((v) => v.action === 'orders.create').perUser, 5)
  await card.locator('.cv-setting__badge', { hasText: '本社区设置' }).waitFor()
  await card.locator('.cv-setting__row', { hasText: '当前：每小时每人5次' }).waitFor()
  await cur.locator('#limits-saved').evaluate((el) => el.scrollIntoView()) // the saved note and the changed limit
  await sys.shot(page, 'settings-05-rate-limits')
  const views = (await api(COORDINATOR, 'catalog.list')).rateLimits
  assert.equal(views.find((v) => v.action === 'orders.create').perUser, 5)
})
