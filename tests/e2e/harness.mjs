// Browser-test harness: a real gateway process (bundled functions, fresh data folder, demo data) and headless
// Chromium from Debian driven by playwright-core. Screenshots go to test-results/e2e/ for people to look at.
import { spawn } from 'child_process'
import fs from 'fs'
import net from 'net'
import os from 'os'
import path from 'path'
import { after, before } from 'node:test'
import { chromium } from 'playwright-core'

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
export const SHOTS = path.join(ROOT, 'test-results/e2e')

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })
}

const STILL_TRIES = 20
/** Up to 60 s: on a loaded 2-core CI machine the demo seed (a year of activity, the nightly checks) is slow. */
const START_LIMIT_MS = 60000

/** Resolves when the gateway prints `ready on` (it listens only after seeding); rejects if it exits first. */
function gatewayReady(child) {
  return new Promise((resolve, reject) => {
    let seen = ''
    const limit = setTimeout(() => done(new Error(`gateway not ready within ${START_LIMIT_MS / 1000} s`)), START_LIMIT_MS)
    const onData = (b) => {
      seen = (seen + b.toString()).slice(-4096)
      if (seen.includes('ready on')) done()
    }
    const onExit = (code) => done(new Error(`gateway exited (${code}) before it was ready`))
    function done(error) {
      clearTimeout(limit)
      child.off('exit', onExit)
      child.stdout.off('data', onData)
      child.stdout.resume() // keep draining: a full pipe would block the gateway's writes
      if (error) reject(error)
      else resolve()
    }
    child.stdout.on('data', onData)
    child.once('exit', onExit)
  })
}

/** `seed: false` starts from an EMPTY store (no demo data); `env` adds to the gateway's environment. */
export async function startSystem({ seed = true, env = {} } = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-'))
  const port = await freePort()
  const child = spawn(process.execPath, [path.join(ROOT, 'localcloud/bin/cloud.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, SEED: seed ? '1' : '0', API_LOG: 'off', ...env },
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const url = `http://127.0.0.1:${port}`
  await gatewayReady(child)
  // Listening comes after the demo seed, so health must be 200 now; 503 says which function cannot load.
  const health = await fetch(`${url}/api/health`)
  if (!health.ok) throw new Error(`gateway unhealthy: ${JSON.stringify(await health.json())}`)
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-chromium-'))
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    hasTouch: true,
    isMobile: true,
    locale: 'zh-CN',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
  fs.mkdirSync(SHOTS, { recursive: true })
  return {
    url,
    browser,
    /** Calls the api function as `openid` straight through the gateway (setting the scene behind the UI's back). */
    async api(openid, action, input = {}) {
      const res = await fetch(`${url}/api/functions/api`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
        body: JSON.stringify({ action, input })
      })
      return res.json()
    },
    /**
     * Saves a screenshot once the page is still: finite CSS animations and transitions (Taro's page slide) are
     * run to their end by `animations: 'disabled'`, and the shot is kept when two successive screenshots are
     * identical (canvas charts animate by script). A page that never stills (a spinner) is shot after
     * STILL_TRIES pairs rather than hang: screenshots are for people, never asserted on.
     */
    async shot(page, name) {
      const file = path.join(SHOTS, `${name}.png`)
      const take = () => page.screenshot({ animations: 'disabled', caret: 'hide' })
      let last = await take()
      for (let i = 0; i < STILL_TRIES; i++) {
        const next = await take()
        if (next.equals(last)) break
        last = next
      }
      fs.writeFileSync(file, last)
      return file
    },
    async stop() {
      await browser.close()
      child.kill('SIGTERM')
      fs.rmSync(dataDir, { recursive: true, force: true })
      fs.rmSync(profile, { recursive: true, force: true })
    }
  }
}

/**
 * Helpers for driving one page of the H5 app: the page on screen (Taro keeps earlier pages hidden in the DOM),
 * form fields by name (#field-<name>), acting as a demo identity, tab entries and api replies.
 */
export function appHelpers(sys, page) {
  const current = () => page.locator('.taro_page:visible').last()
  const field = (name) => current().locator(`#field-${name}`)
  const isCall = (r, action) => r.url().endsWith('/api/functions/api') && r.request().postDataJSON()?.action === action
  const nextReply = (action) => page.waitForResponse((r) => isCall(r, action)).then((r) => r.json())
  return {
    current,
    field,
    fill: (name, value) => field(name).locator('input').fill(value),
    nextReply,
    /** Act as `openid` from a fresh document load at `route`; waits for the page's first call made as them. */
    async actAs(openid, route = '/pages/resident/index') {
      await page.evaluate((id) => window.localStorage.setItem('localcloud.openid', id), openid)
      const first = page.waitForResponse((r) => r.url().endsWith('/api/functions/api') && r.request().headers()['x-wx-openid'] === openid)
      await page.goto(`${sys.url}/?as=${openid}&t=${Date.now()}#${route}`)
      await first
    },
    async openEntry(tab, label, urlPart) {
      await page.locator('.taro-tabbar__tabbar').getByText(tab, { exact: true }).tap()
      await current().locator('.cv-btn', { hasText: label }).first().tap()
      await page.waitForURL(urlPart)
    },
    /** Taps and returns the `data` of the reply to `action`, failing on `{ ok: false }`. */
    async tapAndReply(locator, action) {
      const reply = nextReply(action)
      await locator.tap()
      const body = await reply
      if (body.ok !== true) throw new Error(`${action}: ${JSON.stringify(body.error)}`)
      return body.data
    }
  }
}

/**
 * An OPENID nobody has used yet (no user document, no consent to 《用户隐私保护指引》): acting as it is a first
 * launch. Demo users have all agreed to the current guide, so every other test opens straight into the app.
 */
export function freshOpenid(label = 'fresh') {
  return `e2e-${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
}

/** Resolves once no toast (已保存, 已任命 …) is on screen: Taro H5 hides them after their 1.5 s. For screenshots. */
export const toastGone = (page) =>
  page.waitForFunction(() => [...document.querySelectorAll('.taro__toast')].every((e) => getComputedStyle(e).display === 'none' || e.style.opacity === '0'))

/** Agrees on the first-launch consent screen (components/ConsentGate) and waits for the server to record it. */
export async function agreeToPrivacyGuide(page) {
  const reply = page.waitForResponse((r) => r.url().endsWith('/api/functions/api') && r.request().postDataJSON()?.action === 'me.consent').then((r) => r.json())
  await page.locator('.cv-gate:visible .cv-gate__agree').tap()
  const body = await reply
  if (body.ok !== true) throw new Error(`me.consent: ${JSON.stringify(body.error)}`)
  await page.locator('.cv-gate:visible').first().waitFor({ state: 'hidden' })
  return body.data
}

/** The whole system with one page open at the app's first screen (after its first api reply), and the app helpers. */
/**
 * One app for a whole test file: opened before its first test and stopped after its last (node:test hooks),
 * read through these live bindings — an ES module's importers see them once the hook has set them.
 */
export let sys
export let page
export let app
export function openAppForFile(options) {
  before(async () => {
    ;({ sys, page, app } = await openApp(options))
  })
  after(async () => sys?.stop())
}

export async function openApp(options) {
  const sys = await startSystem(options)
  const page = await sys.browser.newPage()
  const app = appHelpers(sys, page)
  const first = page.waitForResponse((r) => r.url().endsWith('/api/functions/api'))
  await page.goto(sys.url + '/')
  await first
  return { sys, page, app }
}
