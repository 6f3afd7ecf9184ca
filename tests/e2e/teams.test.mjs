// 志愿服务队 in Chromium against the real local cloud (demo data: 文昌社区党员先锋队 serving 法律咨询, led by a
// member; the silver-age team). A volunteer opens 我的团队 from the 志愿者 tab, gives their 政治面貌, joins the party
// team and opens it (leader, members, hours). The coordinator opens 团队管理 from the 协调员 tab, opens the
// silver-age team and assigns it 探访老人 — the card then says so — and the 工作台 shows team hours and 双报到.
// Screenshots: test-results/e2e/teams-*.png.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { app, openAppForFile, page, sys } from './harness.mjs'

openAppForFile()

const VOLUNTEER = 'demo-volunteer-02'
const COORDINATOR = 'demo-coordinator'
const current = () => app.current()

test('a volunteer gives their 政治面貌, joins the party team and views it', async () => {
  await app.actAs(VOLUNTEER)
  const listed = app.nextReply('teams.list')
  await app.openEntry('志愿者', '我的团队', /packages\/volunteer\/pages\/teams/)
  const { teams } = (await listed).data
  assert.deepEqual(teams.map((t) => t.name).sort(), ['文昌社区党员先锋队', '文昌社区银龄志愿队'])
  const party = teams.find((t) => t.name === '文昌社区党员先锋队')
  assert.equal(party.joined, false)
  await current().locator(`#team-${party.id}`).waitFor()
  await current().locator(`#team-${party.id}`).getByText('承接服务：法律咨询').waitFor()
  await sys.shot(page, 'teams-volunteer-list')

  const saved = await app.tapAndReply(current().locator('#chips-political').getByText('共青团员', { exact: true }), 'volunteers.updateProfile')
  assert.equal(saved.politicalStatus, 'league_member')
  const joined = await app.tapAndReply(current().locator(`#team-${party.id}`).getByText('加入', { exact: true }), 'teams.join')
  assert.equal(joined.joined, true)
  assert.equal(joined.memberCount, party.memberCount + 1)
  await current().locator(`#team-${party.id}`).getByText('已加入', { exact: true }).waitFor()
  await current().locator(`#team-${party.id}`).getByText('退出', { exact: true }).waitFor()
  await sys.shot(page, 'teams-volunteer-joined')

  const detail = app.nextReply('teams.get')
  await current().locator(`#team-${party.id}`).getByText('查看', { exact: true }).tap()
  await page.waitForURL(/packages\/volunteer\/pages\/team/)
  const t = (await detail).data
  assert.equal(t.members.length, party.memberCount + 1)
  assert.ok(t.members.some((m) => m.isLeader && m.name === t.leaderName))
  assert.ok(
    t.members.every((m) => m.politicalStatus === null),
    '政治面貌 is not shown to other members'
  )
  await current().locator('#team-members').getByText(`${t.leaderName}（队长）`).waitFor()
  await current().locator('#team-figures').getByText(`${t.year}年服务时长`, { exact: false }).waitFor()
  assert.deepEqual(t.projects, [], 'the party team project awaits review: coordinators only')
  await sys.shot(page, 'teams-volunteer-detail')
})

test('the coordinator assigns a category to the silver-age team and sees team figures on the 工作台', async () => {
  await app.actAs(COORDINATOR)
  const listed = app.nextReply('teams.list')
  await app.openEntry('协调员', '团队管理', /packages\/coordinator\/pages\/teams/)
  const { teams } = (await listed).data
  const senior = teams.find((t) => t.name === '文昌社区银龄志愿队')
  assert.deepEqual(senior.categories, [])
  await current().locator(`#team-${senior.id}`).waitFor()
  await sys.shot(page, 'teams-coordinator-list')

  const detail = app.nextReply('teams.get')
  await current().locator(`#team-${senior.id}`).getByText('管理', { exact: true }).tap()
  await page.waitForURL(/packages\/coordinator\/pages\/team-edit/)
  await detail
  await current().locator('#field-categories').getByText('探访老人', { exact: true }).tap()
  await current().locator('#team-categories').scrollIntoViewIfNeeded()
  await sys.shot(page, 'teams-coordinator-categories')
  const assigned = await app.tapAndReply(current().locator('#team-categories .cv-submit'), 'teams.assignCategories')
  assert.deepEqual(assigned.categories, ['elder_visit'])
  await current().getByText('承接服务：探访老人', { exact: false }).first().waitFor()
  await sys.shot(page, 'teams-coordinator-assigned')
  await current().locator('#team-members').scrollIntoViewIfNeeded()
  await sys.shot(page, 'teams-coordinator-members')
  await current().locator('#team-projects-assign').getByText('防诈骗知识进社区', { exact: true }).waitFor()
  await current().locator('#team-projects-assign').scrollIntoViewIfNeeded()
  await sys.shot(page, 'teams-coordinator-projects')

  await app.actAs(COORDINATOR)
  const stats = app.nextReply('teams.stats')
  await app.openEntry('协调员', '工作台', /packages\/coordinator\/pages\/dashboard/)
  const s = (await stats).data
  assert.equal(s.teams.length, 2)
  assert.deepEqual(
    s.dualReport.map((g) => g.label),
    ['党员', '团员']
  )
  await current().locator('#card-teams').getByText('文昌社区党员先锋队', { exact: false }).waitFor()
  await current().locator('#card-dual-report').scrollIntoViewIfNeeded()
  await sys.shot(page, 'teams-dashboard')
})

test('the coordinator adds a team kind and renames one in 服务队类型设置', async () => {
  await app.actAs(COORDINATOR)
  await app.openEntry('协调员', '团队管理', /packages\/coordinator\/pages\/teams/)
  const listed = app.nextReply('teams.list')
  await current().locator('#team-kinds').tap()
  await page.waitForURL(/packages\/coordinator\/pages\/team-kinds/)
  const { kinds } = (await listed).data
  const other = kinds.findIndex((k) => k.key === 'general')
  await current().locator('#team-kinds-form').waitFor()
  await app.fill(`kind-${other}`, '综合服务队')
  await app.fill('kind-new', '劳模志愿队')
  await current().locator('#team-kinds-form').getByText('添加到列表', { exact: true }).tap()
  await sys.shot(page, 'teams-kinds-editing')
  const saved = await app.tapAndReply(current().locator('#team-kinds-form .cv-submit'), 'teams.saveKinds')
  assert.deepEqual(
    saved.kinds.map((k) => k.label),
    ['党员志愿队', '青年志愿队', '巾帼志愿队', '银龄志愿队', '老专家志愿队', '综合服务队', '劳模志愿队']
  )
  await sys.shot(page, 'teams-kinds-saved')
})
