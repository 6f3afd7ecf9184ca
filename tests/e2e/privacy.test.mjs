// First-use consent to 《用户隐私保护指引》 in Chromium against the real local cloud (issue 8): a brand-new user's
// first launch shows the guide before anything else; after 不同意 the app stays browsable (joining the community
// works) but nothing personal is sent — the 志愿者注册 form's submit opens the guide instead and the server never
// receives volunteers.register; after 同意 the same form submits and shows 审核中. Screenshots in test-results/e2e/.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { appHelpers, freshOpenid, startSystem } from './harness.mjs'

let sys
let page
let app
const NEWCOMER = freshOpenid('privacy')
/** Every volunteers.register request the browser sends, from the first launch on. */
const registerCalls = []

/** GB 11643 check digit (ISO 7064 MOD 11-2), as src/shared/domain/idcard.ts computes it. */
function idNumber(first17) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((n, d, i) => n + Number(d) * weights[i], 0)
  return first17 + '10X98765432'[sum % 11]
}
const ID = idNumber('44130219880317123')

before(async () => {
  sys = await startSystem()
  page = await sys.browser.newPage()
  app = appHelpers(sys, page)
  const first = page.waitForResponse((r) => r.url().endsWith('/api/functions/api'))
  await page.goto(sys.url + '/') // the gateway's default (demo) identity: consented, no consent screen
  await first
  page.on('request', (r) => {
    if (r.url().endsWith('/api/functions/api') && r.postDataJSON()?.action === 'volunteers.register') registerCalls.push(r.postDataJSON())
  })
})
after(async () => sys?.stop())

const consentScreen = () => page.locator('.cv-gate:visible')

test('a demo user (consented) opens straight into the app: no consent screen', async () => {
  await app.current().locator('.cv-btn', { hasText: '一键求助' }).waitFor()
  // The user card appears with the users.me reply, and that reply decides the consent screen in the same render
  // (useMe calls noteMe before setMe): once the card is there, a consent screen would be too.
  await app.current().locator('.cv-card__name').waitFor()
  assert.equal(await consentScreen().count(), 0)
})

test('first launch of a new user shows the privacy guide before anything else', async () => {
  const me = app.nextReply('users.me')
  await app.actAs(NEWCOMER)
  const body = await me
  assert.equal(body.ok, true)
  assert.equal(body.data.consent, null)
  await consentScreen().waitFor()
  for (const text of ['用户隐私保护指引', '一、我们收集哪些信息', '身份证号', '四、谁能看到', '地址和电话仅在订单进行中对接单志愿者可见']) {
    await consentScreen().getByText(text, { exact: false }).first().waitFor()
  }
  await sys.shot(page, '80-privacy-consent-screen')
  // Nothing behind it can be reached: the sheet covers the entries and the tab bar.
  await assert.rejects(page.locator('.taro-tabbar__tabbar').getByText('志愿者', { exact: true }).tap({ timeout: 1500 }))
})

test('不同意 leaves the app browsable: the notice explains, joining the community works', async () => {
  await consentScreen().locator('.cv-gate__decline').tap()
  await consentScreen().waitFor({ state: 'hidden' })
  await app.current().locator('.cv-gate__notice').getByText('尚未同意', { exact: false }).waitFor()
  await sys.shot(page, '81-privacy-declined-notice')
  await app.openEntry('居民', '我的社区', /packages\/resident\/pages\/community/)
  await app.fill('code', 'HZJB01')
  await app.tapAndReply(app.current().locator('.cv-submit', { hasText: '加入社区' }), 'communities.join')
  await app.current().locator('.cv-current', { hasText: '江北街道文昌社区' }).waitFor()
  await page.goBack()
})

test('nothing personal is sent before agreeing: 提交注册 opens the guide and the server gets no registration', async () => {
  await app.openEntry('志愿者', '注册成为志愿者', /packages\/volunteer\/pages\/register/)
  await app.fill('realName', '陈思远')
  await app.fill('idNumber', ID)
  await app.current().getByText('年龄：', { exact: false }).waitFor()
  await app.fill('phone', '13800138001')
  await app.current().getByText('探访老人', { exact: true }).tap()
  await app.current().getByText('周末上午', { exact: true }).tap()
  await app.fill('serviceArea', '文昌社区及周边')
  await app.current().locator('.cv-submit', { hasText: '提交注册' }).tap()
  await page.waitForURL(/packages\/resident\/pages\/privacy/)
  await app.current().getByText('提交前请先阅读并同意本指引').waitFor()
  assert.equal(registerCalls.length, 0, 'the browser sent no volunteers.register')
  const stored = await sys.api(NEWCOMER, 'volunteers.me')
  assert.deepEqual(stored, { ok: true, data: { volunteer: null } }, 'the server holds no registration')
  // Behind the UI's back the server refuses too: the guard is not only in the app.
  const direct = await sys.api(NEWCOMER, 'volunteers.register', {
    realName: '陈思远',
    idNumber: ID,
    phone: '13800138001',
    skills: ['elder_visit'],
    availability: ['weekend_morning'],
    serviceArea: '文昌社区',
    serviceLocation: null
  })
  assert.equal(direct.error?.code, 'CONSENT_REQUIRED')
  assert.equal(direct.error?.message, '请先阅读并同意《用户隐私保护指引》')
  await sys.shot(page, '82-privacy-guide-page')
  await app.current().locator('.cv-gate__agree').scrollIntoViewIfNeeded()
  await sys.shot(page, '83-privacy-guide-agree')
})

test('after agreeing, the registration form works: submitted, 审核中', async () => {
  const consent = await app.tapAndReply(app.current().locator('.cv-gate__agree'), 'me.consent')
  assert.equal(consent.consent.version, consent.privacyVersion)
  await page.waitForURL(/packages\/volunteer\/pages\/register/) // back to the form, as filled in
  assert.equal(await app.field('realName').locator('input').inputValue(), '陈思远')
  const reg = await app.tapAndReply(app.current().locator('.cv-submit', { hasText: '提交注册' }), 'volunteers.register')
  assert.equal(reg.status, 'pending')
  await app.current().locator('.cv-status__label', { hasText: '审核中' }).waitFor()
  assert.equal(registerCalls.length, 1)
  await sys.shot(page, '84-privacy-registered')
})

test('the guide stays readable from every role tab and shows the agreement', async () => {
  await page.goBack() // from the registration to the 志愿者 tab
  await page.locator('.taro-tabbar__tabbar').waitFor()
  for (const tab of ['居民', '志愿者', '协调员']) {
    await page.locator('.taro-tabbar__tabbar').getByText(tab, { exact: true }).tap()
    await app.current().locator('.cv-gate__notice').waitFor({ state: 'hidden' })
    await app.current().locator('.cv-guide-link').waitFor()
  }
  await app.current().locator('.cv-guide-link').tap()
  await page.waitForURL(/packages\/resident\/pages\/privacy/)
  await app.current().locator('.cv-privacy__agreed', { hasText: '同意本指引' }).waitFor()
  await app.current().locator('.cv-privacy__agreed').scrollIntoViewIfNeeded()
  await sys.shot(page, '85-privacy-guide-agreed')
})
