// Registration and identity in Chromium against the real local cloud (issue 3): a newcomer joins the community by
// its code in 我的社区, registers as a volunteer with a valid ID number (instant field errors first), the
// coordinator approves in 审核列表, and the volunteer then sees 志愿者编号 and the masked ID — never the full
// number. Also 家人代办 (link → code → the member confirms; the coordinator verifies) and 个人资料.
// Every page is screenshotted to test-results/e2e/ for people to look at.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { agreeToPrivacyGuide, startSystem } from './harness.mjs'

let sys
let page

before(async () => {
  sys = await startSystem()
  page = await sys.browser.newPage()
  // The first visit stores the gateway's default identity: wait for it, so it cannot overwrite ours later.
  const first = page.waitForResponse((r) => r.url().endsWith('/api/functions/api'))
  await page.goto(sys.url + '/')
  await first
})
after(async () => sys?.stop())

/** GB 11643 check digit (ISO 7064 MOD 11-2), as src/shared/domain/idcard.ts computes it. */
function idNumber(first17) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((n, d, i) => n + Number(d) * weights[i], 0)
  return first17 + '10X98765432'[sum % 11]
}

const NEWCOMER = 'e2e-newcomer-01' // unknown to the demo data: users.me creates them without a community
const ID = idNumber('11010119900512123') // Beijing Dongcheng, born 1990-05-12
const NAME = '王晓明'
let volunteerNo = null // issued by the approval

const onScreen = (p) => p.locator('.taro_page:visible').last()
const current = () => onScreen(page)
const field = (name) => current().locator(`#field-${name}`)
const fill = (name, value) => field(name).locator('input').fill(value)

/** Act as `openid` (H5 local mode keeps it in localStorage) and start at the given route. */
async function actAs(openid, route = '/pages/resident/index') {
  await page.evaluate((id) => window.localStorage.setItem('localcloud.openid', id), openid)
  const me = page.waitForResponse((r) => {
    const req = r.request()
    return r.url().endsWith('/api/functions/api') && req.postDataJSON()?.action === 'users.me' && req.headers()['x-wx-openid'] === openid
  })
  // A new query string makes this a fresh document load (a hash change alone would navigate inside the app).
  await page.goto(`${sys.url}/?as=${openid}#${route}`)
  assert.equal((await me.then((r) => r.json())).data.id, openid)
}

async function openEntry(tab, label, urlPart) {
  await page.locator('.taro-tabbar__tabbar').getByText(tab, { exact: true }).tap()
  await current().locator('.cv-btn', { hasText: label }).first().tap()
  await page.waitForURL(urlPart)
}

/** Waits for the reply to the next call of `action` and returns its body. */
function nextReply(action) {
  return page.waitForResponse((r) => r.url().endsWith('/api/functions/api') && r.request().postDataJSON()?.action === action).then((r) => r.json())
}

test('a newcomer joins the community by its code in 我的社区', async () => {
  await actAs(NEWCOMER)
  await agreeToPrivacyGuide(page) // a first launch: the privacy guide comes first (privacy.test.mjs)
  await current().getByText('未加入社区', { exact: false }).first().waitFor()
  await openEntry('居民', '我的社区', /packages\/resident\/pages\/community/)
  await current().getByText('您还没有加入社区').waitFor()
  await fill('code', 'hzjb01') // typed in lower case: the field upper-cases it
  const reply = nextReply('communities.join')
  await current().locator('.cv-submit', { hasText: '加入社区' }).tap()
  const body = await reply
  assert.equal(body.ok, true, JSON.stringify(body.error))
  await current().locator('.cv-current', { hasText: '江北街道文昌社区' }).waitFor()
  await current().locator('.cv-me__community', { hasText: '江北街道文昌社区' }).waitFor()
  await current().locator('.cv-btn', { hasText: '查找附近的社区' }).tap()
  await sys.shot(page, '10-community-joined')
  const nearby = current().locator('.cv-item', { hasText: '江北街道文昌社区' })
  await nearby.getByText('当前社区').waitFor()
  await nearby.scrollIntoViewIfNeeded()
  await sys.shot(page, '10b-community-nearby')
})

test('我的社区 keeps an address (map-free form in H5)', async () => {
  await current().locator('.cv-btn', { hasText: '添加地址' }).tap()
  await current().locator('.cv-submit', { hasText: '保存地址' }).tap() // empty: field errors, nothing sent
  await field('label').getByText('请填写地址名称').waitFor()
  await fill('label', '家')
  await fill('detail', '文昌一路8号3栋502')
  await fill('contactName', '王晓明')
  await fill('contactPhone', '1380013')
  await current().locator('.cv-submit', { hasText: '保存地址' }).tap()
  await field('contactPhone').getByText('请输入11位手机号码').waitFor()
  await fill('contactPhone', '13800138000')
  await current().locator('.cv-submit', { hasText: '保存地址' }).tap()
  await current().locator('.cv-item', { hasText: '文昌一路8号3栋502' }).waitFor()
  await sys.shot(page, '11-community-address')
})

test('注册成为志愿者 shows field errors at once: empty form, bad check digit, under 14', async () => {
  await page.goBack()
  await openEntry('志愿者', '注册成为志愿者', /packages\/volunteer\/pages\/register/)
  let sent = 0
  const count = (r) => r.url().endsWith('/api/functions/api') && r.postDataJSON()?.action === 'volunteers.register' && sent++
  page.on('request', count)
  await current().locator('.cv-submit', { hasText: '提交注册' }).tap()
  await field('realName').getByText('请填写身份证上的真实姓名').waitFor()
  await field('idNumber').getByText('请填写身份证号码').waitFor()
  await field('skills').getByText('请至少选择一项服务技能').waitFor()
  await current().getByText('处内容需要修改', { exact: false }).waitFor()
  page.off('request', count)
  assert.equal(sent, 0, 'nothing is sent while the form has errors')
  await current().locator('#field-realName').scrollIntoViewIfNeeded()
  await sys.shot(page, '12a-register-field-errors')
  const wrong = ID.slice(0, 17) + (ID[17] === '0' ? '1' : '0')
  await fill('idNumber', wrong)
  await field('idNumber').getByText('身份证号码校验位不正确', { exact: false }).waitFor()
  await fill('idNumber', idNumber('11010120150101123'))
  await field('idNumber').getByText('未满14周岁暂不能注册为志愿者').waitFor()
  await fill('idNumber', idNumber('11010120100101123')) // 14–17: the guardian block appears
  await current().getByText('监护人信息').waitFor()
  await sys.shot(page, '12b-register-guardian')
})

test('a resident registers as a volunteer with a valid ID and sees 审核中', async () => {
  await fill('realName', NAME)
  await fill('idNumber', ID)
  await current().getByText('年龄：', { exact: false }).waitFor()
  assert.equal(await current().getByText('监护人信息').count(), 0)
  await fill('phone', '13800138000')
  await current().getByText('探访老人', { exact: true }).tap()
  await current().getByText('智能手机教学', { exact: true }).tap()
  await current().getByText('周末上午', { exact: true }).tap()
  await fill('serviceArea', '文昌社区及周边')
  await sys.shot(page, '13-register-form')
  const reply = nextReply('volunteers.register')
  await current().locator('.cv-submit', { hasText: '提交注册' }).tap()
  const body = await reply
  assert.equal(body.ok, true, JSON.stringify(body.error))
  await current().locator('.cv-status__label', { hasText: '审核中' }).waitFor()
  const text = await current().innerText()
  assert.ok(!text.includes(ID), 'the full ID number is never shown')
  assert.match(text, /1101\*{10}\d{3}[\dX]/)
  await sys.shot(page, '14-register-pending')
})

test('the coordinator approves the registration in 审核列表', async () => {
  await actAs('demo-coordinator', '/pages/coordinator/index')
  await openEntry('协调员', '审核列表', /packages\/coordinator\/pages\/review/)
  const card = current().locator('.cv-review', { hasText: NAME })
  await card.waitFor()
  assert.ok(!(await current().innerText()).includes(ID))
  await current().locator('.cv-review', { hasText: '监护人' }).first().waitFor() // the demo minor shows the guardian
  await sys.shot(page, '15-review-pending')
  const reply = nextReply('volunteers.review')
  await card.locator('.cv-review__btn', { hasText: '通过' }).first().tap()
  const body = await reply
  assert.equal(body.ok, true, JSON.stringify(body.error))
  assert.match(body.data.volunteerNo, /^HZJB01/) // community code + sequence
  volunteerNo = body.data.volunteerNo
  await card.waitFor({ state: 'detached' }) // the list refreshed: no longer pending
  await current().locator('.nut-tabs-titles-item', { hasText: '已通过' }).tap()
  await current().locator('.cv-review', { hasText: NAME }).getByText(body.data.volunteerNo, { exact: false }).waitFor()
  await sys.shot(page, '16-review-approved')
})

test('the volunteer sees 志愿者编号 and the masked ID, never the full number', async () => {
  await actAs(NEWCOMER, '/pages/volunteer/index')
  await openEntry('志愿者', '志愿者中心', /packages\/volunteer\/pages\/home/)
  await current().locator('.cv-status__label', { hasText: '已通过' }).waitFor()
  const number = current().locator('.cv-kv', { hasText: '志愿者编号' })
  assert.ok(volunteerNo && (await number.innerText()).includes(volunteerNo))
  const masked = await current().locator('.cv-kv', { hasText: '身份证号' }).innerText()
  assert.ok(masked.includes(ID.slice(0, 4) + '**********' + ID.slice(-4)), masked)
  assert.ok(!(await page.locator('body').innerText()).includes(ID), 'the full ID number is nowhere on the page')
  await sys.shot(page, '17-volunteer-center')
})

test('不通过 needs a reason; the applicant then sees it and may 重新提交', async () => {
  const REJECTED = '郑红梅' // demo-volunteer-18, an adult left pending by the demo data
  await actAs('demo-coordinator', '/packages/coordinator/pages/review/index')
  const card = current().locator('.cv-review', { hasText: REJECTED })
  await card.locator('.cv-review__btn', { hasText: '不通过' }).tap()
  await card.locator('.cv-review__btn', { hasText: '确认不通过' }).tap()
  await card.getByText('请填写不通过的原因').waitFor()
  await card.locator('#field-reason textarea').fill('服务区域不在本社区，请核对后重新提交')
  await card.scrollIntoViewIfNeeded()
  await sys.shot(page, '16b-review-reject-reason')
  const reply = nextReply('volunteers.review')
  await card.locator('.cv-review__btn', { hasText: '确认不通过' }).tap()
  assert.equal((await reply).ok, true)
  await card.waitFor({ state: 'detached' })

  await actAs('demo-volunteer-18', '/packages/volunteer/pages/register/index')
  await current().locator('.cv-status__label', { hasText: '未通过' }).waitFor()
  await current().getByText('服务区域不在本社区', { exact: false }).waitFor()
  await sys.shot(page, '16c-register-rejected')
  await current().locator('.cv-btn', { hasText: '重新提交' }).tap()
  assert.equal(await field('realName').locator('input').inputValue(), REJECTED)
  assert.equal(await field('idNumber').locator('input').inputValue(), '') // the ID is never sent back to the app
})

test("the server's field error lands next to the field: the same ID by another person", async () => {
  await actAs('demo-resident-08', '/packages/volunteer/pages/register/index')
  await fill('realName', '冒名者')
  await fill('idNumber', ID)
  await fill('phone', '13700137000')
  await current().getByText('代购跑腿', { exact: true }).tap()
  await current().getByText('周末下午', { exact: true }).tap()
  await fill('serviceArea', '文昌社区')
  const reply = nextReply('volunteers.register')
  await current().locator('.cv-submit', { hasText: '提交注册' }).tap()
  const body = await reply
  assert.equal(body.error.code, 'ALREADY_REGISTERED')
  await field('idNumber').getByText('该身份证号码已注册为志愿者').waitFor()
  await field('idNumber').scrollIntoViewIfNeeded()
  await sys.shot(page, '17b-register-server-field-error')
})

test('家人代办: a resident links a parent, the parent confirms with the code', async () => {
  await actAs('demo-resident-03')
  await openEntry('居民', '家人代办', /packages\/resident\/pages\/family/)
  await current().getByText('父母', { exact: true }).tap()
  await fill('memberName', '王桂兰')
  await current().getByText('使用微信', { exact: true }).tap()
  const reply = nextReply('family.link')
  await current().locator('.cv-submit', { hasText: '提交' }).tap()
  const body = await reply
  assert.equal(body.ok, true, JSON.stringify(body.error))
  const code = body.data.confirmCode
  assert.match(code, /^\d{6}$/)
  await current().locator('.cv-code', { hasText: code }).first().waitFor()
  await sys.shot(page, '18-family-code')

  await actAs('demo-resident-04', '/packages/resident/pages/family/index')
  await fill('code', code)
  await current().locator('.cv-submit', { hasText: '确认' }).tap()
  await current().locator('.cv-success', { hasText: '已确认' }).waitFor()
  await current().locator('.cv-item', { hasText: '王桂兰' }).getByText('已生效').waitFor()
})

test('家人代办核实: the coordinator verifies a link for a member without a phone', async () => {
  await actAs('demo-coordinator', '/pages/coordinator/index')
  await openEntry('协调员', '家人代办核实', /packages\/resident\/pages\/family/)
  const waiting = current().locator('.cv-item', { hasText: '核实通过' }).first()
  await waiting.waitFor()
  await sys.shot(page, '19-family-coordinator')
  const reply = nextReply('family.approve')
  await waiting.locator('.cv-btn', { hasText: '核实通过' }).tap()
  assert.equal((await reply).ok, true)
  await current().getByText('暂无需要核实的申请').waitFor()
})

test('个人资料: nickname and phone (local-phone stand-in in H5)', async () => {
  await actAs('demo-resident-06')
  await openEntry('居民', '个人资料', /packages\/resident\/pages\/profile/)
  await fill('nickname', '')
  await current().locator('.cv-submit', { hasText: '保存昵称' }).tap()
  await field('nickname').getByText('请填写昵称').waitFor()
  await fill('nickname', '晓东爷爷')
  await current().locator('.cv-submit', { hasText: '保存昵称' }).tap()
  await current().locator('.cv-me__name', { hasText: '晓东爷爷' }).waitFor()
  await fill('phone', '13912345678')
  const reply = nextReply('users.bindPhone')
  await current().locator('.cv-submit', { hasText: '绑定手机号' }).tap()
  assert.equal((await reply).ok, true)
  await current().locator('.cv-success', { hasText: '已绑定手机号' }).waitFor()
  assert.ok(!(await current().innerText()).includes('13912345678'))
  await sys.shot(page, '20-profile')
})
