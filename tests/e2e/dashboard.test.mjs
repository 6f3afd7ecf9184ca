// 工作台 in Chromium on a 375-px phone against the real local cloud with the demo data (its year of history from
// localcloud/src/demo/seedYear.ts). The demo coordinator opens 工作台 from the 协调员 tab and sees the KPI cards
// with the api's figures and 达标/未达标 chips, both charts drawn (the canvases hold orange marks, not just blank
// or axes), the trend switched to hours, a tap opening a tooltip, the year switched, and the nightly check line.
// Screenshots: test-results/e2e/dashboard-*.png.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { app, openAppForFile, page, sys } from './harness.mjs'

openAppForFile()

const COORDINATOR = 'demo-coordinator'
const current = () => app.current()
const pct = (rate) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`)

/**
 * Ink of a visible canvas: pixels drawn (not blank or white), of those the orange of the data marks, and a hash
 * of all its pixels. Page-side source, evaluated by waitForInk every frame.
 */
const INK = `(canvasId) => {
  const el = [...document.querySelectorAll('canvas#' + canvasId)].find((c) => c.offsetParent !== null)
  if (!el || !el.width) return { drawn: 0, orange: 0, hash: 0 }
  const { data } = el.getContext('2d').getImageData(0, 0, el.width, el.height)
  let drawn = 0
  let orange = 0
  let hash = 0
  for (let i = 0; i < data.length; i += 4) {
    hash = (Math.imul(hash, 31) + (data[i] << 16 | data[i + 1] << 8 | data[i + 2]) + data[i + 3]) | 0
    if (data[i + 3] === 0 || (data[i] > 240 && data[i + 1] > 240 && data[i + 2] > 240)) continue
    drawn++
    if (data[i] > 190 && data[i + 1] < 110 && data[i + 2] < 60) orange++
  }
  return { drawn, orange, hash }
}`

/**
 * Waits, frame by frame (requestAnimationFrame), until the chart holds data marks (> 200 orange pixels), differs
 * from `unlike` (the drawing it replaces) and has stopped moving: the same pixels in STABLE_FRAMES successive
 * frames, so F2's grow animation has finished and the counts are the final drawing's. No fixed delay anywhere.
 */
const STABLE_FRAMES = 3
async function waitForInk(id, unlike = null) {
  try {
    // A string expression: the page evaluates it as is, with INK's source inlined (functions cannot be passed in).
    const handle = await page.waitForFunction(
      `(() => {
      const now = (${INK})(${JSON.stringify(id)})
      const unlike = ${JSON.stringify(unlike)}
      const w = (window.__inkWatch ??= {})
      const prev = w[${JSON.stringify(id)}]
      const same = prev && prev.hash === now.hash ? prev.same + 1 : 1
      w[${JSON.stringify(id)}] = { ...now, same }
      return now.orange > 200 && (!unlike || now.hash !== unlike.hash) && same >= ${STABLE_FRAMES} ? now : false
    })()`,
      undefined,
      { polling: 'raf', timeout: 10000 }
    )
    return await handle.jsonValue()
  } catch (e) {
    assert.fail(
      `${id} never settled into a drawing with data marks${unlike ? ' unlike the previous one' : ''}: ${JSON.stringify(await page.evaluate(`(${INK})(${JSON.stringify(id)})`))} (${e.message.split('\n')[0]})`
    )
  }
}

let api = null

test('the coordinator opens 工作台 and sees the KPI cards with the figures and targets', async () => {
  await app.actAs(COORDINATOR, '/pages/coordinator/index')
  const reply = app.nextReply('stats.dashboard')
  await app.openEntry('协调员', '工作台', /pages\/dashboard/)
  api = (await reply).data
  assert.ok(
    api.trend.some((t) => t.ordersCreated > 0),
    'the demo year is there'
  )
  const cards = current().locator('#kpis .cv-kpi')
  await cards.first().waitFor()
  assert.equal(await cards.count(), 9)
  await current()
    .locator('#kpi-participation .cv-kpi__value', { hasText: pct(api.participation.rate) })
    .waitFor()
  await current()
    .locator('#kpi-satisfaction .cv-kpi__value', { hasText: pct(api.satisfaction.rate) })
    .waitFor()
  await current()
    .locator('#kpi-hours .cv-kpi__value', { hasText: String(api.hours.perVolunteerHours) })
    .waitFor()
  await current()
    .locator('#kpi-volunteers .cv-kpi__value', { hasText: String(api.volunteers.registered) })
    .waitFor()
  // The hours card weighs the figure against both targets: national 25 h and 惠州 29 h.
  const hourChips = await current().locator('#kpi-hours .cv-kpi__target').allInnerTexts()
  assert.deepEqual(
    hourChips.map((t) => t.replace(/\s+/g, ' ')),
    [`全国 ≥25h ${api.hours.perVolunteerHours >= 25 ? '达标' : '未达标'}`, `惠州 ≥29h ${api.hours.perVolunteerHours >= 29 ? '达标' : '未达标'}`]
  )
  const participation = await current().locator('#kpi-participation .cv-kpi__target').innerText()
  assert.match(participation, api.participation.rate >= 0.75 ? /达标$/ : /未达标$/)
  await current().locator('#drift', { hasText: '数据一致' }).waitFor()
  await sys.shot(page, 'dashboard-01-kpis')
})

test('both charts are drawn, the trend switches to hours, and a tap shows the values', async () => {
  await current().locator('#card-trend').scrollIntoViewIfNeeded()
  const trend = await waitForInk('chart-trend')
  const categories = await waitForInk('chart-category')
  assert.ok(trend.drawn > trend.orange, 'axes and labels besides the data')
  assert.ok(categories.orange > 200)
  await sys.shot(page, 'dashboard-02-trend')
  await current().locator('#chips-trend .cv-chip', { hasText: '时长' }).tap()
  await current().locator('#chips-trend .cv-chip--on', { hasText: '时长' }).waitFor()
  const hours = await waitForInk('chart-trend', trend) // redrawn, and settled
  assert.notEqual(hours.orange, trend.orange, 'redrawn as bars')
  // A tap on the middle of the chart opens the tooltip (triggerOn='click').
  const box = await current().locator('canvas#chart-trend').boundingBox()
  await page.touchscreen.tap(box.x + box.width * 0.6, box.y + box.height * 0.55)
  await sys.shot(page, 'dashboard-03-hours-tooltip')
  await current().locator('#card-category').scrollIntoViewIfNeeded()
  await sys.shot(page, 'dashboard-04-categories')
})

test('switching the year loads that year', async () => {
  await current().locator('#chips-year').scrollIntoViewIfNeeded()
  const last = String(api.year - 1)
  const reply = app.nextReply('stats.dashboard')
  await current()
    .locator('#chips-year .cv-chip', { hasText: `${last}年` })
    .tap()
  const older = (await reply).data
  assert.equal(older.year, api.year - 1)
  await current()
    .locator('#chips-year .cv-chip--on', { hasText: `${last}年` })
    .waitFor()
  await current()
    .locator('#kpi-participation .cv-kpi__value', { hasText: pct(older.participation.rate) })
    .waitFor()
  await current()
    .locator('#card-category .cv-dash__hint', { hasText: `${last}年` })
    .waitFor()
  if (older.trend.some((t) => t.servedMinutes > 0)) await waitForInk('chart-trend')
  await sys.shot(page, 'dashboard-05-previous-year')
})
