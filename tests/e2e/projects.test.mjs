// 项目库 in Chromium against the real local cloud (issue 6): the coordinator declares a project (申报), reviews it —
// 不通过 needs a reason, then 通过并发布 — a volunteer signs up (已报名), another takes the last place, a third lands
// on the waitlist (候补第1位) and cancels (已取消); its sessions are next week, so 到场登记 waits and 结项 is disabled
// with the reason. A second project whose one session ended an hour ago (declared through the api: the date
// pickers are not the point here) is approved and signed up for by two volunteers; the coordinator records in the
// page that only one came (到场登记), completes it (one service record, for the one who came), the volunteer sees
// 已签到 and the record on 服务记录, and the coordinator grades it 优秀.
// Every page is screenshotted to test-results/e2e/projects-*.png.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { appHelpers, startSystem } from './harness.mjs'

let sys
let page
let app

before(async () => {
  sys = await startSystem()
  page = await sys.browser.newPage()
  app = appHelpers(sys, page)
  const first = page.waitForResponse((r) => r.url().endsWith('/api/functions/api'))
  await page.goto(sys.url + '/')
  await first
})
after(async () => sys?.stop())

const COORDINATOR = 'demo-coordinator'
// Approved demo volunteers the demo projects leave alone (localcloud/src/demo/seedProjects.ts).
const VOLUNTEER = 'demo-volunteer-16'
const SECOND = 'demo-volunteer-17'
const WAITING = 'demo-volunteer-04'
const TITLE = '楼道安全隐患排查'
const PAST_TITLE = '社区义诊志愿服务'

const current = () => app.current()
const field = (name) => app.field(name)
const projectPage = (id) => `/packages/resident/pages/project/index?id=${id}`

let projectId = null
let pastId = null
// Taro's H5 Button is a custom element: its `disabled` is a property, not a form control's state.
const completeDisabled = () =>
  current()
    .locator('.cv-project-complete')
    .evaluate((el) => el.disabled === true || el.hasAttribute('disabled'))
const must = (reply) => {
  assert.equal(reply.ok, true, JSON.stringify(reply.error))
  return reply.data
}

test('the coordinator declares a project from 项目库 → 申报新项目', async () => {
  await app.actAs(COORDINATOR, '/pages/coordinator/index')
  await app.openEntry('协调员', '项目库', /pages\/projects/)
  await current().locator('#chips-status .cv-chip', { hasText: '待审核' }).waitFor() // coordinators' filters
  await current().locator('.cv-project').first().waitFor()
  await sys.shot(page, 'projects-01-library-coordinator')
  await current().locator('.cv-btn', { hasText: '申报新项目' }).tap()
  await page.waitForURL(/pages\/project-new/)

  await current().locator('.cv-submit', { hasText: '提交申报' }).tap()
  await field('title').getByText('请填写项目名称').waitFor() // nothing sent without the basics
  await app.fill('title', TITLE)
  await current().locator('#field-description textarea').fill('逐栋检查楼道杂物、电动车充电和消防设施，登记隐患并提醒住户。')
  await current().locator('#field-category').getByText('清洁整理', { exact: true }).tap()
  await app.fill('place', '文昌社区党群服务中心（集合）')
  await app.fill('capacity', '2')
  await current().locator('.cv-btn', { hasText: '添加一场' }).tap()
  await current().locator('#session-1').waitFor()
  await current().getByText('每位参加的志愿者结项时记录 4小时', { exact: false }).waitFor() // 2 × 2 hours by default
  await sys.shot(page, 'projects-02-declare-form')
  const declared = await app.tapAndReply(current().locator('.cv-submit', { hasText: '提交申报' }), 'projects.declare')
  projectId = declared.id
  assert.equal(declared.status, 'declared')
  assert.equal(declared.sessions.length, 2)
  assert.equal(declared.totalMinutes, 240)
  await page.waitForURL(/pages\/project\/index/)
  await current().getByText('项目已申报，等待社区审核后发布').waitFor()
  await current().locator('.cv-project-head .cv-badge', { hasText: '待审核' }).waitFor()
  await sys.shot(page, 'projects-03-declared')
})

test('the coordinator reviews it: 不通过 needs a reason; 通过并发布 publishes it', async () => {
  await current().locator('.cv-review__reject').tap()
  let sent = 0
  const count = (r) => r.url().endsWith('/api/functions/api') && r.postDataJSON()?.action === 'projects.review' && sent++
  page.on('request', count)
  await current().locator('.cv-submit', { hasText: '确认不通过' }).tap()
  await field('reason').getByText('请填写', { exact: false }).waitFor()
  page.off('request', count)
  assert.equal(sent, 0, 'no reason, nothing sent')
  await current()
    .locator('.cv-btn', { hasText: /^返回$/ })
    .tap()
  const approved = await app.tapAndReply(current().locator('.cv-submit', { hasText: '通过并发布' }), 'projects.review')
  assert.equal(approved.status, 'published')
  await current().locator('.cv-project-head .cv-badge', { hasText: '已发布' }).waitFor()
  await current().locator('#complete').waitFor() // the next move the coordinator has
  await sys.shot(page, 'projects-04-published')
})

test('volunteers sign up: 已报名, the last place, then 候补第1位 and 已取消', async () => {
  await app.actAs(VOLUNTEER, '/pages/volunteer/index')
  await app.openEntry('志愿者', '项目库', /pages\/projects/)
  const card = current().locator(`#project-${projectId}`)
  await card.getByText('剩余2个名额').waitFor()
  assert.equal(await current().locator('#chips-status .cv-chip', { hasText: '待审核' }).count(), 0, 'volunteers have no 待审核 filter')
  await sys.shot(page, 'projects-05-library-volunteer')
  await card.tap()
  await page.waitForURL(/pages\/project\/index/)
  await current().locator('.cv-signup__state', { hasText: '尚未报名' }).waitFor()
  await current().locator('.cv-session').nth(1).waitFor()
  const mine = await app.tapAndReply(current().locator('.cv-submit', { hasText: '报名参加' }), 'projects.signUp')
  assert.equal(mine.status, 'confirmed')
  await current().locator('.cv-signup__state', { hasText: '已报名' }).waitFor()
  await current().locator('.cv-kv', { hasText: '已报名' }).getByText('1人').waitFor()
  await sys.shot(page, 'projects-06-signed-up')

  assert.equal((await sys.api(SECOND, 'projects.signUp', { projectId })).data.status, 'confirmed') // the last place

  await app.actAs(WAITING, projectPage(projectId))
  const waiting = await app.tapAndReply(current().locator('.cv-submit', { hasText: '名额已满，报名候补' }), 'projects.signUp')
  assert.deepEqual([waiting.status, waiting.position], ['waitlisted', 1])
  await current().locator('.cv-signup__state', { hasText: '候补第1位' }).waitFor()
  await sys.shot(page, 'projects-07-waitlisted')
  await current().locator('.cv-signup__cancel').tap()
  await current().getByText('确定取消报名吗？').waitFor()
  await sys.shot(page, 'projects-08-cancel-confirm')
  const cancelled = await app.tapAndReply(current().locator('.cv-submit', { hasText: '确认取消报名' }), 'projects.cancelSignUp')
  assert.equal(cancelled.status, 'cancelled')
  await current().locator('.cv-signup__state', { hasText: '已取消' }).waitFor()
  await current().locator('.cv-submit', { hasText: '名额已满，报名候补' }).waitFor() // may queue again
})

test('before its sessions: 到场登记 waits for each session, 结项 is disabled with the reason', async () => {
  await app.actAs(COORDINATOR, projectPage(projectId))
  await current().locator('#participants .cv-participant').nth(1).waitFor()
  assert.deepEqual(await current().locator('#participants .cv-participant__state').allInnerTexts(), ['已报名', '已报名'])
  await current().locator('#attendance .cv-attendance__later').nth(1).getByText('开始后可登记').waitFor()
  assert.equal(await current().locator('#attendance .cv-attendance').count(), 0, 'no sheet before a session starts')
  await current().locator('#complete').getByText('最后一场服务结束后才能结项').waitFor()
  assert.equal(await completeDisabled(), true)
  await current().locator('#attendance').scrollIntoViewIfNeeded()
  await sys.shot(page, 'projects-09-not-finished')
  // The server says the same to anyone who asks.
  const refused = await sys.api(COORDINATOR, 'projects.complete', { projectId })
  assert.equal(refused.error?.code, 'PROJECT_NOT_FINISHED')
})

test('after a session: the coordinator records who came (到场登记), then completes — a record only for who came', async () => {
  // One session that began three hours ago and lasted 90 minutes: over.
  const startsAt = new Date(Date.now() - 3 * 3600000).toISOString()
  const declared = must(
    await sys.api(COORDINATOR, 'projects.declare', {
      requestId: `e2e-past-${Date.now()}`,
      title: PAST_TITLE,
      description: '协助社区医生为老人量血压、测血糖、登记健康档案。',
      place: '文昌社区卫生服务站',
      capacity: 5,
      sessions: [{ startsAt, minutes: 90 }]
    })
  )
  pastId = declared.id
  must(await sys.api(COORDINATOR, 'projects.review', { projectId: pastId, decision: 'approve' }))
  must(await sys.api(VOLUNTEER, 'projects.signUp', { projectId: pastId }))
  must(await sys.api(SECOND, 'projects.signUp', { projectId: pastId }))
  const names = must(await sys.api(COORDINATOR, 'projects.get', { projectId: pastId })).participants.map((x) => x.volunteerName)

  await app.actAs(COORDINATOR, projectPage(pastId))
  const sheet = current().locator('#attendance-0')
  await sheet.getByText('未登记').waitFor()
  await current().locator('#complete').getByText('请先登记各场次的到场情况').waitFor()
  assert.equal(await completeDisabled(), true)
  await sheet.getByText(names[0], { exact: true }).tap() // the first came; the second did not
  await sheet.scrollIntoViewIfNeeded()
  await sys.shot(page, 'projects-10-attendance')
  const saved = await app.tapAndReply(sheet.locator('.cv-submit', { hasText: '保存' }), 'projects.attendance')
  assert.equal(saved.sessions[0].attendance.present, 1)
  await current().locator('#attendance-0').getByText('已登记1人到场').waitFor()
  assert.equal(await current().locator('#complete .cv-project-complete__blocked').count(), 0)

  await current().locator('.cv-project-complete').tap()
  await current().getByText('将为到场的1位志愿者按各自到场的场次记录服务时长', { exact: false }).waitFor()
  await sys.shot(page, 'projects-11-complete-confirm')
  const done = await app.tapAndReply(current().locator('.cv-submit', { hasText: '确认结项' }), 'projects.complete')
  assert.equal(done.recordsWritten, 1)
  assert.equal(done.project.status, 'completed')
  await current().getByText('已结项，写入1条服务记录').waitFor()
  await current().locator('.cv-project-head .cv-badge', { hasText: '已结项' }).waitFor()
})

test('the volunteer who came sees 已签到 and the record on 服务记录; the one who did not has none', async () => {
  await app.actAs(VOLUNTEER, projectPage(pastId))
  await current().locator('.cv-session').first().getByText('已签到').waitFor()
  await sys.shot(page, 'projects-12-volunteer-attended')
  await app.actAs(VOLUNTEER, '/pages/volunteer/index')
  await app.openEntry('志愿者', '服务记录', /pages\/records/)
  const record = current().locator('.cv-record', { hasText: PAST_TITLE })
  await record.waitFor()
  await record.getByText('1小时30分钟').waitFor()
  await record.getByText('文昌社区卫生服务站', { exact: false }).waitFor()
  await sys.shot(page, 'projects-13-volunteer-records')
  const others = must(await sys.api(SECOND, 'records.list', {})).items
  assert.equal(others.filter((r) => r.content === PAST_TITLE).length, 0, 'absent: no record')
})

test('the coordinator grades it 优秀 with notes', async () => {
  await app.actAs(COORDINATOR, projectPage(pastId))
  await current().locator('#evaluate').waitFor()
  await current().locator('.cv-submit', { hasText: '提交评价' }).tap()
  await field('grade').getByText('请选择评价等级').waitFor()
  await field('grade').getByText('优秀', { exact: true }).tap()
  await current().locator('#field-notes textarea').fill('为46位老人测量血压血糖，建立健康档案12份。')
  await sys.shot(page, 'projects-14-evaluate')
  const graded = await app.tapAndReply(current().locator('.cv-submit', { hasText: '提交评价' }), 'projects.evaluate')
  assert.equal(graded.evaluation.grade, '优秀')
  await current().locator('.cv-evaluation__grade', { hasText: '优秀' }).waitFor()
  await current().locator('.cv-btn', { hasText: '修改评价' }).waitFor()
  await current().locator('.cv-evaluation').scrollIntoViewIfNeeded()
  await sys.shot(page, 'projects-15-evaluated')

  // The volunteer sees the grade too, and the project under 已结项.
  await app.actAs(VOLUNTEER, '/packages/resident/pages/projects/index')
  await current().locator('#chips-status .cv-chip', { hasText: '已结项' }).tap()
  await current().locator(`#project-${pastId}`).getByText('项目评价：优秀').waitFor()
  await current().locator(`#project-${pastId}`).getByText('我的报名：已报名').waitFor()
  await sys.shot(page, 'projects-16-library-completed')
})
