// 名册导入 in Chromium against the real local cloud: the demo coordinator opens 名册导入 from the 协调员 tab and
// chooses a 50-row roster CSV with 3 bad rows (a wrong check digit, a birth date that disagrees with the ID number,
// a person listed twice). The dry run names exactly those three rows with their reasons, the import button stays
// disabled and nothing is imported; the corrected file passes the dry run and imports all 50, numbered. A new
// WeChat user on that roster claims their identity from the 志愿者 tab; the street admin exports the full roster
// (unmasked) with a purpose.
// Screenshots: test-results/e2e/roster-*.png.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'fs'
import { agreeToPrivacyGuide, app, freshOpenid, openAppForFile, page, sys } from './harness.mjs'
import { chooseRoster, csv, people, withThreeBadRows } from './rosterCsv.mjs'

openAppForFile()

const COORDINATOR = 'demo-coordinator'

const choose = (text, name) => chooseRoster(app, page, text, name)

const good = people()
const bad = withThreeBadRows(good) // rows 5 (check digit), 12 (birth date) and 32 (row 2 again)

test('a 50-row roster with 3 bad rows: the dry run names them and nothing is imported', async () => {
  await app.actAs(COORDINATOR, '/pages/coordinator/index')
  await app.openEntry('协调员', '名册导入', /pages\/roster/)
  await app.current().locator('.cv-form .cv-submit').first().waitFor()
  await sys.shot(page, 'roster-01-page')

  const report = await choose(csv(bad), '名册-有错误.csv')
  assert.equal(report.rows, 50)
  assert.equal(report.problemCount, 3)
  assert.deepEqual(
    report.problems.map((p) => [p.row, p.column]),
    [
      [5, '证件号码'],
      [12, '出生日期'],
      [32, '证件号码']
    ]
  )
  const list = app.current().locator('#roster-problems')
  await list.getByText('共50行，发现3处错误', { exact: false }).waitFor()
  for (const [row, text] of [
    [5, '证件号码校验位不正确'],
    [12, '出生日期与证件号码不一致'],
    [32, '与第2行是同一证件号码（文件内重复）']
  ])
    await list
      .locator('.cv-roster__problem', { hasText: `第${row}行` })
      .getByText(text, { exact: false })
      .waitFor()
  const importButton = app.current().locator('#roster-import .cv-submit')
  // NutUI's Button marks itself disabled with a class (and ignores taps).
  assert.match((await importButton.getAttribute('class')) ?? '', /nut-button-disabled/, 'import stays disabled until the file is clean')
  let sent = 0
  const count = (r) => r.url().endsWith('/api/functions/api') && r.postDataJSON()?.action === 'volunteers.importRoster' && (sent += 1)
  page.on('request', count)
  await importButton.tap({ force: true })
  await app.current().locator('#roster-problems').getByText('共50行', { exact: false }).waitFor() // the page answered the tap
  page.off('request', count)
  assert.equal(sent, 0, 'a tap on the disabled button sends nothing')
  await importButton.getByText('改正全部错误后才能导入').waitFor()
  await page.waitForTimeout(800)
  await sys.shot(page, 'roster-02-bad-rows')
})

test('the corrected file passes the dry run and imports all 50 volunteers at once', async () => {
  const report = await choose(csv(good), '名册-已改正.csv')
  assert.equal(report.problemCount, 0)
  assert.equal(report.volunteers, 50)
  await app.current().locator('#roster-clean').getByText('预检通过', { exact: false }).waitFor()
  await page.waitForTimeout(800)
  await sys.shot(page, 'roster-03-clean')
  const result = await app.tapAndReply(app.current().locator('#roster-import .cv-submit'), 'volunteers.importRoster')
  assert.equal(result.volunteers, 50)
  assert.equal(result.pastRecords, 5)
  assert.match(result.firstNo, /-\d{5}$/)
  await app.current().locator('#roster-result').getByText('导入完成：50名志愿者已审核通过', { exact: false }).waitFor()
  await page.waitForTimeout(800)
  await sys.shot(page, 'roster-04-imported')
})

test('a new user on the roster claims their identity from the volunteer tab', async () => {
  const [name, , id, phone] = good[0]
  await app.actAs(freshOpenid('claim'), '/pages/volunteer/index')
  await agreeToPrivacyGuide(page)
  await app.openEntry('志愿者', '认领身份', /pages\/claim/)
  await app.fill('realName', name)
  await app.fill('idNumber', id)
  await app.fill('phone', '13900000000')
  const wrong = app.nextReply('volunteers.claim')
  await app.current().locator('.cv-submit').tap()
  assert.equal((await wrong).error.code, 'ROSTER_CLAIM_NO_MATCH')
  await app.current().getByText('没有找到姓名、身份证号码和手机号都一致的名册记录', { exact: false }).first().waitFor()
  await app.fill('phone', phone)
  const done = await app.tapAndReply(app.current().locator('.cv-submit'), 'volunteers.claim')
  assert.equal(done.pastMinutes, 210) // 补录 3.5 小时
  await app.current().locator('#claim-done').getByText('认领成功').waitFor()
  await page.waitForTimeout(800)
  await sys.shot(page, 'roster-05-claimed')
})

test('the street admin exports the full roster with a stated purpose', async () => {
  await app.actAs('demo-street-admin', '/pages/coordinator/index')
  await app.openEntry('协调员', '全量名册导出', /pages\/exports/)
  const card = app.current().locator('#export-nationalRoster')
  await card.waitFor()
  const refused = app.nextReply('exports.nationalRoster')
  await card
    .locator('.cv-submit')
    .tap()
    .catch(() => undefined)
  await Promise.race([refused, page.waitForTimeout(500)]) // the client check stops an empty purpose before sending
  await card.getByText('请写明导出用途', { exact: false }).first().waitFor()
  await app.fill('purpose', '报送全国志愿服务信息系统')
  const download = page.waitForEvent('download')
  const data = await app.tapAndReply(card.locator('.cv-submit'), 'exports.nationalRoster')
  const file = await download
  const text = fs.readFileSync(await file.path(), 'utf8')
  assert.ok(data.rows >= 50)
  assert.ok(text.includes(good[1][2]) && text.includes(good[1][3]), 'ID number and phone in full')
  await card.locator('#export-result-nationalRoster').waitFor()
  await page.waitForTimeout(800)
  await sys.shot(page, 'roster-06-national-export')
})
