// 导出 in Chromium against the real local cloud (issue 6): the demo coordinator opens 导出 from the 协调员 tab,
// exports this month's service records and the year's monthly summary; each arrives as a browser download (the
// function uploaded the CSV to cloud storage, the gateway serves the temporary URL) under its Chinese file name,
// with the UTF-8 BOM, the national system's headers and the Chinese text intact, as many rows as the server said.
// Screenshots: test-results/e2e/exports-*.png.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'fs'
import { app, openAppForFile, page, sys } from './harness.mjs'

openAppForFile()

const COORDINATOR = 'demo-coordinator'
const RECORD_HEADERS =
  '序号,姓名,证件类型,证件号码,志愿者编号,所属组织,服务内容,服务地点,服务日期,服务开始时间,服务结束时间,服务时长（小时）,记录类型,服务评价,记录编号,备注'

/** Taps the export button of a card and returns the server's reply and the browser download it started. */
async function exportFrom(kind, action) {
  const download = page.waitForEvent('download')
  const data = await app.tapAndReply(app.current().locator(`#export-${kind} .cv-submit`), action)
  const file = await download
  const bytes = fs.readFileSync(await file.path())
  return { data, name: file.suggestedFilename(), bytes }
}

test('the coordinator downloads this month’s service records as CSV in H5', async () => {
  await app.actAs(COORDINATOR, '/pages/coordinator/index')
  await app.openEntry('协调员', '导出', /pages\/exports/)
  await app.current().locator('#export-records .cv-submit').waitFor()
  await sys.shot(page, 'exports-01-page')

  const { data, name, bytes } = await exportFrom('records', 'exports.records')
  assert.equal(name, data.fileName)
  assert.match(name, /^服务记录_.+_\d{4}-\d{2}\.csv$/)
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM first')
  assert.equal(bytes.length, data.bytes)
  const lines = bytes.toString('utf8').slice(1).split('\r\n')
  assert.equal(lines[0], RECORD_HEADERS)
  assert.ok(data.rows > 0, 'the demo community has records this month')
  assert.equal(lines.filter(Boolean).length - 1, data.rows)
  assert.match(lines[1], /文昌社区/, 'Chinese text intact')
  assert.match(lines[1], /服务,/, 'service content in Chinese')
  await app.current().locator('#export-result-records').getByText(`${data.rows} 行`, { exact: false }).waitFor()
  await app.current().locator('#export-result-records').scrollIntoViewIfNeeded()
  await sys.shot(page, 'exports-02-records-downloaded')
})

test('the monthly summary of the year downloads with its headers and a 全年 row', async () => {
  await app.current().locator('#export-monthlySummary').scrollIntoViewIfNeeded()
  const { data, name, bytes } = await exportFrom('monthlySummary', 'exports.monthlySummary')
  assert.equal(name, data.fileName)
  const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean)
  assert.equal(lines[0], '月份,服务内容,服务人数,服务记录数,服务时长（小时）')
  assert.match(lines.at(-1), /^\d{4},全年,\d+,\d+,\d+\.\d{2}$/)
  await app.current().locator('#export-result-monthlySummary').getByText(`${data.rows} 行`, { exact: false }).waitFor()
  await app.current().locator('#export-result-monthlySummary').scrollIntoViewIfNeeded()
  await sys.shot(page, 'exports-03-summary-downloaded')
})
