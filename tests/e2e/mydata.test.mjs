// 我的数据 and 注销账号 in Chromium against the real local cloud: a demo resident opens 我的数据 from the 居民 tab and
// sees their data in sections (with counts, the ID number masked) and downloads the JSON file; then opens 注销账号,
// reads what is erased and kept, types the confirmation and requests deletion — the page shows 注销中 with the
// date 7 days on — and cancels it (撤销注销), back to the form. Screenshots: test-results/e2e/mydata-*.png.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'fs'
import { app, openAppForFile, page, sys } from './harness.mjs'

openAppForFile()

const RESIDENT = 'demo-resident-03'

test('我的数据 shows the resident’s data in sections and downloads it as JSON', async () => {
  const reply = app.nextReply('me.export')
  await app.actAs(RESIDENT, '/pages/resident/index')
  await app.openEntry('居民', '我的数据', /pages\/mydata/)
  const body = await reply
  assert.equal(body.ok, true, JSON.stringify(body.error))
  await app.current().locator('#mydata-users').waitFor()
  const profile = body.data.sections.find((s) => s.key === 'users')
  assert.equal(profile.count, 1)
  await app
    .current()
    .locator('#mydata-orders')
    .getByText(`${body.data.sections.find((s) => s.key === 'orders').count} 条`)
    .waitFor()
  await sys.shot(page, 'mydata-01-sections')
  const text = await app.current().innerText()
  assert.doesNotMatch(text, /\d{17}[\dX]/, 'no clear ID number on the page')

  const download = page.waitForEvent('download')
  await app.current().locator('#mydata-download').tap()
  const file = await download
  assert.equal(file.suggestedFilename(), body.data.file.fileName)
  const json = JSON.parse(fs.readFileSync(await file.path(), 'utf8'))
  assert.equal(json.collections.users[0].id, RESIDENT)
  await app.current().locator('#mydata-orders').scrollIntoViewIfNeeded()
  await sys.shot(page, 'mydata-02-orders')
})

test('注销账号: request with the typed confirmation, see the date, cancel it', async () => {
  await app.current().locator('#mydata-delete').scrollIntoViewIfNeeded()
  const status = app.nextReply('me.deletionStatus')
  await app.current().locator('#mydata-delete').tap()
  await page.waitForURL(/pages\/delete-account/)
  assert.equal((await status).data.status, 'none')
  await app.current().locator('#deletion-explain').waitFor()
  await sys.shot(page, 'mydata-03-delete-form')

  // Without the confirmation nothing is sent.
  await app.current().locator('#deletion-form .cv-submit').tap()
  await app.current().locator('#field-confirmText.cv-field--error').waitFor()
  await app.fill('confirmText', '确认注销')
  const pending = await app.tapAndReply(app.current().locator('#deletion-form .cv-submit'), 'me.requestDeletion')
  assert.equal(pending.status, 'pending')
  assert.equal(new Date(pending.dueAt).getTime() - new Date(pending.requestedAt).getTime(), 7 * 24 * 3600000)
  await app.current().locator('#deletion-pending').waitFor()
  const shown = await app.current().locator('#deletion-due').innerText()
  const due = new Date(new Date(pending.dueAt).getTime() + 8 * 3600000).toISOString()
  assert.equal(shown.trim(), `${due.slice(0, 10)} ${due.slice(11, 16)}`, 'the date in China time')
  await sys.shot(page, 'mydata-04-pending')

  const cancelled = await app.tapAndReply(app.current().locator('#deletion-pending .cv-submit'), 'me.cancelDeletion')
  assert.equal(cancelled.status, 'none')
  await app.current().locator('#deletion-form').waitFor()
  await sys.shot(page, 'mydata-05-cancelled')
})
