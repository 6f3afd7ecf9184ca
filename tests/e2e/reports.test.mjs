// 随手拍 in Chromium against the real local cloud (issue 6): a resident files a report with a photo and sees
// 图片审核中 until the content check passes, then the image; the coordinator dispatches it from 随手拍管理 to a
// volunteer; the volunteer rectifies it from 随手拍整改 with an after-photo and a note; the coordinator accepts
// (验收办结); the resident's report shows 已办结 with its timeline, and the rectification rate has moved.
// Every page is screenshotted to test-results/e2e/reports-*.png.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { app, openAppForFile, page, sys } from './harness.mjs'

openAppForFile()

const RESIDENT = 'demo-resident-24'
const COORDINATOR = 'demo-coordinator'
const VOLUNTEER = 'demo-volunteer-10'

const current = () => app.current()
const field = (name) => app.field(name)
const reportPage = (id) => `/packages/resident/pages/report/index?id=${id}`
const timeline = () => current().locator('.cv-timeline__kind').allInnerTexts()

// A 2×2 PNG: enough for the upload and the content check.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64')

/** Taro's H5 chooseMedia: an action sheet on mobile, then a file input. */
async function addPhoto(name) {
  const chooser = page.waitForEvent('filechooser')
  await current().locator('.cv-photos__add').tap()
  const sheet = page.getByText('从相册选择', { exact: true })
  if (
    await sheet.waitFor({ timeout: 1500 }).then(
      () => true,
      () => false
    )
  )
    await sheet.tap()
  await (await chooser).setFiles({ name, mimeType: 'image/png', buffer: PNG })
  await current().locator('.cv-photos__item').waitFor()
}

let reportId = null
let volunteerName = null
let rateBefore = null

test('a resident files a report with a photo; 图片审核中, then the image', async () => {
  await app.actAs(RESIDENT)
  await app.openEntry('居民', '随手拍', /pages\/report-new/)
  await current().getByText('网页版无法定位', { exact: false }).waitFor() // H5: the community's location
  let sent = 0
  const count = (r) => r.url().endsWith('/api/functions/api') && r.postDataJSON()?.action === 'reports.create' && sent++
  page.on('request', count)
  await current().locator('.cv-submit', { hasText: '提交上报' }).tap()
  await field('category').getByText('请选择问题类别').waitFor()
  page.off('request', count)
  assert.equal(sent, 0, 'nothing is sent without a category and a photo')
  await field('photos').getByText('请至少拍一张照片').waitFor()

  await field('category').getByText('设施损坏', { exact: true }).tap()
  await addPhoto('broken-bench.png')
  await current().locator('#field-description textarea').fill('健身区的单杠松动了，孩子在上面玩很危险')
  await app.fill('place', '文昌一路12号旁健身区')
  await sys.shot(page, 'reports-01-new-form')
  const filed = await app.tapAndReply(current().locator('.cv-submit', { hasText: '提交上报' }), 'reports.create')
  reportId = filed.id
  assert.equal(filed.status, 'filed')
  assert.deepEqual(filed.photos, [{ status: 'checking', url: null }])
  assert.equal(await page.evaluate(() => window.localStorage.getItem('draft.requestId.reports.create')), null, 'the draft id is cleared after success')
  await page.waitForURL(/pages\/report\/index/)
  await current().getByText('上报成功，社区会尽快安排处理').waitFor()
  await current().locator('.cv-report-status__label', { hasText: '待派单' }).waitFor()
  await current().locator('#photos-before').getByText('图片审核中').waitFor({ timeout: 3000 })
  await sys.shot(page, 'reports-02-detail-checking')
  await current().locator('#photos-before img').waitFor({ timeout: 15000 }) // re-read quietly until the verdict
  assert.equal(await current().getByText('图片审核中').count(), 0)
  assert.deepEqual(await timeline(), ['上报问题'])
  await sys.shot(page, 'reports-03-detail-photo-passed')

  await app.actAs(RESIDENT, '/packages/resident/pages/reports/index')
  await current().locator(`#report-${reportId}`).locator('.cv-badge', { hasText: '待派单' }).waitFor()
  await current().locator(`#report-${reportId} .cv-report__thumb`).waitFor()
  await sys.shot(page, 'reports-04-my-reports')
})

test('the coordinator dispatches it from 随手拍管理 to a volunteer', async () => {
  volunteerName = (await sys.api(VOLUNTEER, 'volunteers.me')).data.volunteer.realName
  await app.actAs(COORDINATOR, '/pages/coordinator/index')
  await app.openEntry('协调员', '随手拍管理', /pages\/report-board/)
  rateBefore = (await sys.api(COORDINATOR, 'reports.stats')).data
  await current()
    .locator('#rectification-rate', { hasText: `${Math.round(rateBefore.rectificationRate * 1000) / 10}%` })
    .waitFor()
  const card = current().locator(`#report-${reportId}`) // 待派单 is the board's first view
  await card.waitFor()
  await sys.shot(page, 'reports-05-board')
  await card.tap()
  await page.waitForURL(/pages\/report\/index/)
  await current().locator('#dispatch .cv-assignee').first().waitFor()
  const send = current().locator('#dispatch .cv-submit')
  assert.equal(await send.innerText(), '请先选择整改人')
  await current().locator('#dispatch .cv-assignee', { hasText: volunteerName }).tap()
  await current().locator('#dispatch #field-note textarea').fill('请今天下班前处理，注意安全')
  await current().locator('#dispatch .cv-assignee', { hasText: volunteerName }).scrollIntoViewIfNeeded()
  await sys.shot(page, 'reports-06-dispatch')
  const dispatched = await app.tapAndReply(current().locator('#dispatch .cv-submit', { hasText: `确认派给${volunteerName}` }), 'reports.dispatch')
  assert.equal(dispatched.status, 'dispatched')
  assert.deepEqual(dispatched.assignee, { kind: 'volunteer', name: volunteerName })
  await current().locator('.cv-report-status__label', { hasText: '整改中' }).waitFor()
  assert.equal(await current().locator('#dispatch').count(), 0)
})

test('the volunteer rectifies it from 随手拍整改 with an after-photo and a note', async () => {
  await app.actAs(VOLUNTEER, '/pages/volunteer/index')
  await app.openEntry('志愿者', '随手拍整改', /pages\/reports/)
  const card = current().locator(`#report-${reportId}`)
  await card.locator('.cv-badge', { hasText: '整改中' }).waitFor()
  await sys.shot(page, 'reports-07-assigned')
  await card.tap()
  await page.waitForURL(/pages\/report\/index/)
  await current().locator('#rectify').waitFor()
  await current().locator('#rectify .cv-submit', { hasText: '提交整改' }).tap()
  await current().locator('#rectify #field-photos').getByText('请上传整改后的照片').waitFor()
  await addPhoto('bar-fixed.png')
  await current().locator('#rectify #field-note textarea').fill('已联系物业重新固定单杠并加装防松螺母')
  await sys.shot(page, 'reports-08-rectify')
  const fixed = await app.tapAndReply(current().locator('#rectify .cv-submit', { hasText: '提交整改' }), 'reports.rectify')
  assert.equal(fixed.status, 'rectified')
  await current().locator('.cv-report-status__label', { hasText: '待验收' }).waitFor()
  await current().getByText('已联系物业重新固定单杠并加装防松螺母').first().waitFor()
})

test('the coordinator accepts it; the report shows 已办结 and the rate moves', async () => {
  await app.actAs(COORDINATOR, reportPage(reportId))
  await current().locator('#photos-after img').waitFor({ timeout: 15000 }) // the after-photo passed its check
  await current().locator('#accept').waitFor()
  await sys.shot(page, 'reports-09-accept')
  const closed = await app.tapAndReply(current().locator('#accept .cv-submit', { hasText: '验收通过，办结' }), 'reports.close')
  assert.equal(closed.status, 'closed')
  await current().locator('.cv-report-status__label', { hasText: '已办结' }).waitFor()

  await app.actAs(COORDINATOR, '/packages/coordinator/pages/report-board/index')
  const now = (await sys.api(COORDINATOR, 'reports.stats')).data
  assert.equal(now.filed, rateBefore.filed)
  assert.equal(now.closed, rateBefore.closed + 1)
  assert.ok(now.rectificationRate > rateBefore.rectificationRate)
  await current()
    .locator('#rectification-rate', { hasText: `${Math.round(now.rectificationRate * 1000) / 10}%` })
    .waitFor()
  await current().locator('#chips-status .cv-chip', { hasText: '已办结' }).tap()
  await current().locator(`#report-${reportId}`).locator('.cv-badge', { hasText: '已办结' }).waitFor()
  await sys.shot(page, 'reports-10-board-closed')

  await app.actAs(RESIDENT, reportPage(reportId))
  await current().locator('.cv-report-status__label', { hasText: '已办结' }).waitFor()
  await current().getByText('问题已解决，感谢您的参与').waitFor()
  assert.deepEqual(await timeline(), ['上报问题', '派单整改', '整改完成', '验收办结'])
  await current().locator('#photos-after img').waitFor()
  assert.equal(await current().locator('.cv-report-reopen').count(), 1, 'the reporter may still reopen it')
  await sys.shot(page, 'reports-11-detail-closed')
  await current().locator('.cv-timeline').scrollIntoViewIfNeeded()
  await sys.shot(page, 'reports-12-detail-timeline')
})
