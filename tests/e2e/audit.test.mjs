// 审计日志 in Chromium on a 375-px phone against the real local cloud with the demo data: the demo coordinator's
// 协调员 tab has no 审计日志 entry; the demo admin's has, and its page lists the demo's coordinator actions (reviews,
// dispatches, adjustments…) newest first with who (nickname and role), what (in Chinese), when, community, target
// and before → after; tapping an action narrows the list to it and the chip clears it.
// Screenshots: test-results/e2e/audit-*.png.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { app, openAppForFile, page, sys } from './harness.mjs'

openAppForFile()

const current = () => app.current()

test('a coordinator has no 审计日志 entry; the page itself tells a non-admin it is for admins', async () => {
  await app.actAs('demo-coordinator', '/pages/coordinator/index')
  await current().locator('.cv-btn', { hasText: '工作台' }).first().waitFor()
  assert.equal(await current().locator('.cv-btn', { hasText: '审计日志' }).count(), 0)
  const refused = await sys.api('demo-coordinator', 'audit.list', {})
  assert.equal(refused.error?.code, 'FORBIDDEN')
})

test('the admin opens 审计日志 and sees who did what, when, where, to what, before → after', async () => {
  await app.actAs('demo-admin', '/pages/coordinator/index')
  const reply = app.nextReply('audit.list')
  await app.openEntry('协调员', '审计日志', /pages\/audit/)
  const data = (await reply).data
  assert.ok(data.items.length > 0, 'the demo has audited actions')
  const cards = current().locator('.cv-audit')
  await cards.first().waitFor()
  assert.equal(await cards.count(), data.items.length)
  const first = data.items[0]
  // An attribute selector: some entries' ids hold '.' and ':' (volunteers.addInsurance:<policy>), not valid in #id.
  const card = current().locator(`[id="audit-${first.id}"]`)
  await card.locator('.cv-audit__action', { hasText: first.actionLabel }).waitFor()
  assert.match(await card.innerText(), new RegExp(`操作人：${first.actor.name}（${first.actor.role}）`))
  assert.match(await card.innerText(), /对象：/)
  assert.ok(/[\u4e00-\u9fa5]/.test(first.actionLabel), `Chinese label: ${first.actionLabel}`)
  const labels = await current().locator('.cv-audit__action').allInnerTexts()
  assert.ok(
    labels.every((l) => /^[\u4e00-\u9fa5]+$/.test(l)),
    `every action in Chinese: ${labels.join(',')}`
  )
  await sys.shot(page, 'audit-01-list')
})

test('tapping an action shows only that action; its chip clears the filter', async () => {
  const target = current().locator('.cv-audit__action').nth(1)
  const label = await target.innerText()
  const reply = app.nextReply('audit.list')
  await target.tap()
  const filtered = (await reply).data
  assert.ok(filtered.items.length > 0)
  assert.ok(filtered.items.every((i) => i.actionLabel === label))
  await current()
    .locator('.cv-audit-filters__chip', { hasText: `操作：${label}` })
    .waitFor()
  // The list shows the filtered reply once no entry of another action is left (the earlier, unfiltered list may
  // stay on screen for a moment after the chip appears) and the reply's entries are there (not the empty list
  // of a reload in between).
  const actions = current().locator('.cv-audit__action')
  const exactly = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
  await current().locator('.cv-audit__action', { hasNotText: exactly }).first().waitFor({ state: 'detached' })
  await actions.nth(filtered.items.length - 1).waitFor()
  const shown = await actions.allInnerTexts()
  assert.ok(
    shown.every((l) => l === label),
    shown.join(',')
  )
  await sys.shot(page, 'audit-02-filtered')
  const back = app.nextReply('audit.list')
  await current()
    .locator('.cv-audit-filters__chip', { hasText: `操作：${label}` })
    .tap()
  assert.ok((await back).data.items.length >= filtered.items.length)
})
