// Renders pages of the compiled weapp build (dist/weapp) in Node with miniprogram-simulate: the official wcc
// compiler turns the built wxml into render functions, j-component + jsdom play the view layer, and Taro's own
// runtime from the build drives React → setData. wx.cloud.callFunction reaches the real `api` function on a
// local cloud, so pages render real data; wx.navigateTo is a jest mock to assert where a tap leads.
// Invariants: call weappSim() once per test file, before anything touches the api; each page path loads once per
// file (the page's JS runs once), but may be opened (rendered) any number of times.
import path from 'path'
import { invokeMain } from '../../localcloud/src/runtime'
import { startTestCloud, type TestCloud } from '../fixtures/localCloud'

export const DIST = path.resolve(__dirname, '../../dist/weapp')
const POLL_MS = 20
const WAIT_MS = 10000

export interface SimPage {
  /** The rendered page's text, as the user reads it. */
  text(): string
  /**
   * The text of the tree Taro last sent with setData (what WeChat draws), in order. j-component reorders keyed
   * wx:for children wrongly when React moves them (the DOM then differs from the data): assert order on this.
   */
  dataText(): string
  /** Polls until the page's text contains `s` (fails with the page text after WAIT_MS). */
  waitForText(s: string): Promise<void>
  /** Labels of the elements matching `selector` (default: every `.cv-btn` button). */
  labels(selector?: string): string[]
  /** Taps the element matching `selector` whose text is `label`. */
  tap(label: string, selector?: string): Promise<void>
  /** Unmounts the page (stops its timers). */
  close(): void
}

type TaroNode = { v?: string; cn?: TaroNode[] }
const nodeText = (n: TaroNode): string => (n.v ?? '') + (n.cn ?? []).map(nodeText).join('')

export function weappSim() {
  // jsdom globals first: miniprogram-simulate and j-component read them when loaded.
  const { JSDOM } = require('jsdom')
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { pretendToBeVisual: true })
  const g = global as any
  g.window = dom.window
  for (const k of ['document', 'Event', 'CustomEvent', 'Node', 'Element', 'HTMLElement', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame'])
    g[k] = dom.window[k]
  const simulate = require('miniprogram-simulate')

  // The mini-program globals Taro's build calls: App, getApp, getCurrentPages and Page (mapped onto Component, the
  // only constructor j-component knows; the page's lifecycle runs from the component's).
  let app: any = null
  const stack: any[] = []
  let query: Record<string, string> = {}
  g.App = (options: any) => {
    app = options
    options.onLaunch?.({ path: 'pages/resident/index', query: {}, scene: 1001 })
  }
  g.getApp = () => app
  g.getCurrentPages = () => stack
  g.Page = (options: any) => {
    const methods: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(options)) if (typeof v === 'function') methods[k] = v
    g.Component({
      data: options.data ?? {},
      methods,
      lifetimes: {
        attached(this: any) {
          stack.push(this)
          this.onLoad?.(query)
          this.onShow?.()
          this.onReady?.()
        },
        detached(this: any) {
          this.onUnload?.()
          stack.splice(stack.indexOf(this), 1)
        }
      }
    })
  }

  // The cloud: the `api` function's source on a fresh local cloud, called as `openid` (see as()).
  const cloud: TestCloud = startTestCloud({ manifest: true })
  const main = require('../../cloudfunctions/api/src/index').main
  let openid = ''
  const actions: string[] = []
  g.wx.cloud = {
    init() {},
    async callFunction({ name, data }: { name: string; data: { action: string } }) {
      if (name !== 'api') throw { errCode: -504002, errMsg: `no function ${name}` }
      if (!openid) throw new Error('weappSim: call as(openid) before opening a page')
      actions.push(data.action)
      try {
        const { result } = await invokeMain(main, data, openid, { name, timeoutMs: 20000 })
        return { errMsg: 'cloud.callFunction:ok', result }
      } catch (e: any) {
        throw { errCode: e?.errCode ?? -504002, errMsg: e?.message ?? String(e) }
      }
    }
  }
  const navigateTo = jest.fn((o: { url: string; success?: (r: unknown) => void; complete?: (r: unknown) => void }) => {
    o.success?.({ errMsg: 'navigateTo:ok' })
    o.complete?.({ errMsg: 'navigateTo:ok' })
  })
  g.wx.navigateTo = navigateTo

  // The build's own bootstrap order: webpack runtime, then the app (it requires taro.js, vendors and common).
  require(path.join(DIST, 'runtime.js'))
  require(path.join(DIST, 'app.js'))
  if (!app) throw new Error(`no App() from ${DIST}/app.js: is dist/weapp a weapp build?`)

  const loaded = new Map<string, string>()
  const open: SimPage[] = []

  async function waitFor(what: () => boolean, describe: () => string): Promise<void> {
    const until = Date.now() + WAIT_MS
    while (!what()) {
      if (Date.now() > until) throw new Error(describe())
      await simulate.sleep(POLL_MS)
    }
  }

  return {
    cloud,
    /** The user the mini program runs as (wx.cloud passes this OPENID to the function). */
    as(id: string) {
      openid = id
    },
    /** Every api action called so far, in order. */
    actions,
    navigateTo,
    /** Opens `page` (e.g. 'pages/resident/index') with route `params` and waits for its first render. */
    async open(page: string, params: Record<string, string> = {}): Promise<SimPage> {
      let id = loaded.get(page)
      if (!id) {
        id = simulate.load(path.join(DIST, page), { compiler: 'official', rootPath: DIST }) as string
        loaded.set(page, id)
      }
      query = params
      const comp = simulate.render(id)
      comp.attach(document.createElement('parent-wrapper'))
      const text = () => (comp.dom.textContent as string).trim()
      // Taro mounts React asynchronously, then sends the whole tree in one setData under `root`.
      await waitFor(
        () => (comp.data.root?.cn?.length ?? 0) > 0,
        () => `${page} rendered nothing`
      )
      const found = (selector: string) => comp.querySelectorAll(selector) as Array<{ dom: Element; dispatchEvent(name: string): void }>
      const handle: SimPage = {
        text,
        dataText: () => nodeText(comp.data.root),
        waitForText: (s) =>
          waitFor(
            () => text().includes(s),
            () => `${page}: no "${s}" in: ${text()}`
          ),
        labels: (selector = '.cv-btn') => found(selector).map((c) => (c.dom.textContent ?? '').trim()),
        async tap(label, selector = '.cv-btn') {
          const target = found(selector).find((c) => (c.dom.textContent ?? '').trim() === label)
          if (!target) throw new Error(`${page}: no ${selector} "${label}" in: ${handle.labels(selector).join(' | ')}`)
          target.dispatchEvent('tap')
          await simulate.sleep(POLL_MS)
        },
        close() {
          if (open.includes(handle)) {
            open.splice(open.indexOf(handle), 1)
            comp.detach()
          }
        }
      }
      open.push(handle)
      return handle
    },
    /** Unmounts every open page and closes jsdom (afterAll). */
    close() {
      ;[...open].forEach((p) => p.close())
      dom.window.close()
    }
  }
}
