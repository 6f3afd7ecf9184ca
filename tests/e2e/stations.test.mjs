// 服务站 (站岗点室) and the 10-minute service circle in Chromium against the real local cloud. A resident opens
// 服务站地图 from the 居民 tab (H5: the list only, around the community) and sees every demo station with distance,
// walking time, 营业中/已关闭/暂停服务 and hours. The coordinator opens 服务站管理, sees the uncovered residents'
// addresses (street and masked name only), first tries a station with bad hours (the field error shows, nothing is
// saved), then adds a 服务点 in the west end of 文昌一路 — and the coverage list shrinks. Screenshots:
// test-results/e2e/stations-*.png.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { app, openAppForFile, page, sys } from './harness.mjs'

openAppForFile()

const RESIDENT = 'demo-resident-01'
const COORDINATOR = 'demo-coordinator'
const current = () => app.current()

test('a resident sees the stations near their community with distance and open state', async () => {
  await app.actAs(RESIDENT)
  const reply = app.nextReply('stations.nearby')
  await app.openEntry('居民', '服务站地图', /packages\/resident\/pages\/stations/)
  const body = await reply
  assert.equal(body.ok, true)
  const stations = body.data.stations
  assert.equal(stations.length, 4)
  await current().locator('.cv-station').first().waitFor()
  assert.equal(await current().locator('.cv-station').count(), 4)
  // Nearest first, each with its distance and walking time; H5 shows no map.
  const subs = await current().locator('.cv-station__sub').allTextContents()
  assert.ok(
    subs.every((t) => /距离\d+(米|\.\d公里) · 步行约\d+分钟/.test(t)),
    subs.join(' | ')
  )
  assert.equal(await current().locator('.cv-station__name').first().textContent(), stations[0].name)
  assert.equal(await current().locator('#stations-map').count(), 0)
  await current().locator('#stations-summary').getByText('本社区附近有4个志愿服务站点', { exact: false }).waitFor()
  const room = current().locator('.cv-station', { hasText: '文昌一路调解室' })
  await room.getByText('暂停服务').waitFor()
  await current().locator('.cv-station', { hasText: '文华苑爱心驿站' }).getByText('营业中').waitFor()
  await current().locator('.cv-station', { hasText: '文昌社区新时代文明实践站' }).getByText('周一至周五 08:30-12:00、14:00-17:30', { exact: false }).waitFor()
  await sys.shot(page, 'stations-resident-list')
  await current().locator('.cv-station').last().scrollIntoViewIfNeeded()
  await sys.shot(page, 'stations-resident-list-end')
})

test('the coordinator adds a station in the uncovered west end and the coverage list shrinks', async () => {
  await app.actAs(COORDINATOR)
  const coverageReply = app.nextReply('stations.coverage')
  await app.openEntry('协调员', '服务站管理', /packages\/coordinator\/pages\/stations/)
  const before = (await coverageReply).data
  assert.ok(before.uncoveredCount >= 3, `uncovered before: ${before.uncoveredCount}`)
  const rows = current().locator('.cv-coverage-item')
  await rows.first().waitFor()
  assert.equal(await rows.count(), before.uncoveredCount)
  const text = (await current().locator('#coverage').textContent()) ?? ''
  assert.ok(text.includes(`未覆盖的居民地址（${before.uncoveredCount}）`), text)
  assert.ok(!/\d+号|\d+栋|1[3-9]\d{9}/.test(text), 'no house numbers or phone numbers in the planning view')
  await sys.shot(page, 'stations-coordinator-coverage')

  await current().locator('#station-add').tap()
  await current().locator('#station-form').waitFor()
  await app.fill('name', '文昌一路西段志愿服务点')
  await current().locator('#field-type').getByText('志愿服务点', { exact: true }).tap()
  await app.fill('address', '文昌一路西段便民亭')
  await app.fill('latitude', '23.1110')
  await app.fill('longitude', '114.4102')
  // An overnight range is refused next to the hours, and nothing is saved.
  await app.fill('hours-0-from', '20:00')
  await app.fill('hours-0-to', '06:00')
  await current().locator('#field-services').getByText('代购跑腿', { exact: true }).tap()
  await current().locator('#field-services').getByText('陪同就医', { exact: true }).tap()
  await current().locator('#station-form .cv-submit').tap()
  await current().locator('#field-hours').getByText('跨夜请拆成两天', { exact: false }).waitFor()
  await sys.shot(page, 'stations-coordinator-hours-error')
  assert.equal((await sys.api(COORDINATOR, 'stations.list')).data.stations.length, 4)

  await app.fill('hours-0-from', '08:00')
  await app.fill('hours-0-to', '20:00')
  await sys.shot(page, 'stations-coordinator-form')
  const after = app.nextReply('stations.coverage')
  const saved = await app.tapAndReply(current().locator('#station-form .cv-submit'), 'stations.upsert')
  assert.equal(saved.typeLabel, '志愿服务点')
  assert.deepEqual(saved.hoursText, ['周一至周五 08:00-20:00'])
  const shrunk = (await after).data
  assert.ok(shrunk.uncoveredCount < before.uncoveredCount, `${shrunk.uncoveredCount} < ${before.uncoveredCount}`)
  assert.equal(shrunk.openStations, before.openStations + 1)
  await current().locator('#coverage').getByText(`未覆盖的居民地址（${shrunk.uncoveredCount}）`).waitFor()
  assert.equal(await current().locator('.cv-coverage-item').count(), shrunk.uncoveredCount)
  await current().locator('#coverage').scrollIntoViewIfNeeded()
  await page.evaluate(() => window.scrollTo(0, 0))
  await sys.shot(page, 'stations-coordinator-after')
  const added = current().locator('.cv-station', { hasText: '文昌一路西段志愿服务点' })
  await added.scrollIntoViewIfNeeded()
  await added.getByText('周一至周五 08:00-20:00', { exact: false }).waitFor()
  await sys.shot(page, 'stations-coordinator-new-station')
})
