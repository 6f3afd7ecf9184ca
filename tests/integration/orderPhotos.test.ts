// Order photos end to end on the local cloud (genuine wx-server-sdk): H5 upload through the gateway, orders.create
// starting mediaCheckAsync, the local verdict push into the `api` function, and what a forged push can do (nothing).
import fs from 'fs'
import http from 'http'
import os from 'os'
import path from 'path'
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'
import { createGateway } from '../../localcloud/src/gateway'
import type { LocalCloud } from '../../localcloud/src/install'
import { deliverMediaVerdicts, requeueInterrupted } from '../../localcloud/src/mediaVerdicts'
import { invokeMain } from '../../localcloud/src/runtime'
import { uploadKeyOf as gatewayKey } from '../../localcloud/src/upload'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const main = require('../../cloudfunctions/api/src/index').main
const local = { ...tc, db: tc.local } as unknown as LocalCloud
// The verdict push runs the function's TypeScript source (the running local cloud runs the bundle).
const target = {
  db: tc.local,
  dataDir: tc.dataDir,
  runtime: { invoke: (name: string, event: unknown, openid: string, source?: string) => invokeMain(main, event, openid, { name, source, timeoutMs: 20000 }) }
}
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
const RISKY_PNG = Buffer.concat([PNG, Buffer.from('risky-test-image')])
const order = (id: string) => tc.store.get('orders', id)!.doc
const checks = () => [...tc.store.all('_local_media_checks').values()].map((r) => r.doc)

let server: http.Server
let base = ''
let addressId = ''

async function upload(openid: string | null, cloudPath: string, body: Buffer | string, type = 'image/png'): Promise<{ status: number; body: any }> {
  const res = await fetch(`${base}/api/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: { 'content-type': type, ...(openid ? { 'x-wx-openid': openid } : {}) },
    body: typeof body === 'string' ? body : new Uint8Array(body)
  })
  return { status: res.status, body: await res.json() }
}

const createInput = (requestId: string, photos: string[]) => ({
  requestId,
  category: 'elder_visit' as const,
  description: '陪老人聊聊天',
  photos,
  addressId,
  windowStart: new Date(Date.now() + 3600e3).toISOString(),
  windowEnd: new Date(Date.now() + 3 * 3600e3).toISOString()
})

beforeAll(async () => {
  server = createGateway(local, { staticDir: fs.mkdtempSync(path.join(os.tmpdir(), 'no-h5-')), defaultOpenid: '' })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as any).port}`
  await aCommunity(tc.db, 'c1', 'WC01')
  await aUser(tc.db, 'wx-res', 'c1')
  await aUser(tc.db, 'wx-other', 'c1')
  const a = await call('wx-res', 'addresses.add', { label: '家', detail: '文昌路1号', contactName: '李阿姨', contactPhone: '13800138000', location: null })
  expect(a.ok).toBe(true)
  addressId = (a as any).data.id
})

afterAll(() => new Promise<void>((r) => server.close(() => r())))

describe('H5 upload endpoint', () => {
  it("stores an image in the caller's own folder and answers its fileID", async () => {
    const r = await upload('wx-res', 'orders/a1.png', PNG)
    expect(r).toEqual({ status: 200, body: { fileID: `cloud://local-dev.local-bucket/orders/${gatewayKey('wx-res')}/a1.png` } })
    expect(fs.readFileSync(path.join(tc.dataDir, 'files/orders', gatewayKey('wx-res'), 'a1.png'))).toEqual(PNG)
    const served = await fetch(`${base}/files/orders/${gatewayKey('wx-res')}/a1.png`)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('refuses a non-image, a path escape, a mismatched extension, no caller, an overwrite and more than 5 MB', async () => {
    expect((await upload('wx-res', 'orders/x.html', '<script>alert(1)</script>', 'text/html')).status).toBe(415)
    expect((await upload('wx-res', 'orders/x.svg', '<svg/>', 'image/svg+xml')).status).toBe(415)
    expect((await upload('wx-res', '../x.png', PNG)).status).toBe(400)
    expect((await upload('wx-res', 'orders/../../x.png', PNG)).status).toBe(400)
    expect((await upload('wx-res', 'orders/%2e%2e/x.png', PNG)).status).toBe(400)
    expect((await upload('wx-res', 'orders/deep/x.png', PNG)).status).toBe(400)
    expect((await upload('wx-res', 'orders/x.html', PNG)).status).toBe(400)
    expect((await upload(null, 'orders/anon.png', PNG)).status).toBe(401)
    expect((await upload('wx-res', 'orders/a1.png', RISKY_PNG)).status).toBe(409)
    expect((await upload('wx-res', 'orders/big.png', Buffer.alloc(5 * 1024 * 1024 + 1))).status).toBe(413)
    expect(fs.readdirSync(path.join(tc.dataDir, 'files/orders', gatewayKey('wx-res')))).toEqual(['a1.png'])
  })
})

describe('photos on an order', () => {
  let orderId = ''

  it('orders.create starts one check per photo: every photo is "checking" and shows no image', async () => {
    const plain = (await upload('wx-res', 'orders/p1.jpg', PNG, 'image/jpeg')).body.fileID
    const markedBytes = (await upload('wx-res', 'orders/p2.png', RISKY_PNG)).body.fileID
    const markedPath = (await upload('wx-res', 'orders/risky-test-image-3.png', PNG)).body.fileID
    const r = await call('wx-res', 'orders.create', createInput('req-photos-1', [plain, markedBytes, markedPath]))
    expect(r).toMatchObject({
      ok: true,
      data: {
        photos: [
          { status: 'checking', url: null },
          { status: 'checking', url: null },
          { status: 'checking', url: null }
        ]
      }
    })
    orderId = (r as any).data.id
    const photos = order(orderId).photos
    expect(photos.map((p: any) => [p.fileId, p.status])).toEqual([
      [plain, 'checking'],
      [markedBytes, 'checking'],
      [markedPath, 'checking']
    ])
    expect(new Set(photos.map((p: any) => p.traceId)).size).toBe(3)
    expect(JSON.stringify(r)).not.toContain(photos[0].traceId) // trace ids never leave the server
    // The order alone (the 工作台 counts it later, in the settle worker): the queued checks are not database traffic.
    expect(r.counters.byAction['database.insertDocument']).toBe(1)
    expect(checks().filter((c) => c.status === 'queued')).toHaveLength(3)
  })

  it('a forged push naming no real trace id changes nothing', async () => {
    const before = JSON.stringify(order(orderId))
    const forged = {
      ToUserName: 'gh_x',
      FromUserName: 'wx-res',
      CreateTime: 1,
      MsgType: 'event',
      Event: 'wxa_media_check',
      appid: 'wx-local-appid',
      version: 2,
      result: { suggest: 'pass', label: 100 }
    }
    for (const trace_id of ['0123456789abcdef', { $exists: true }, { $ne: 'x' }, '', null]) {
      const { result } = await invokeMain(main, { ...forged, trace_id }, 'wx-res')
      expect(result).toBe('success')
    }
    expect(JSON.stringify(order(orderId))).toBe(before)
  })

  it('after the verdicts arrive a plain image passes and a marked one (bytes or path) is risky', async () => {
    expect(await deliverMediaVerdicts(target)).toBe(3)
    expect(order(orderId).photos.map((p: any) => p.status)).toEqual(['pass', 'risky', 'risky'])
    expect(checks().map((c) => c.status)).toEqual(['delivered', 'delivered', 'delivered'])
    expect(await deliverMediaVerdicts(target)).toBe(0) // each check is delivered once
    const view = await call('wx-res', 'orders.get', { orderId })
    expect(view.ok && view.data.photos).toEqual([
      { status: 'pass', url: expect.stringMatching(/\/files\/orders\/[0-9a-f]{16}\/p1\.jpg$/) },
      { status: 'risky', url: null },
      { status: 'risky', url: null }
    ])
  })

  it('a repeated push of a real verdict is harmless (same status)', async () => {
    const traceId = order(orderId).photos[0].traceId
    const { result } = await invokeMain(main, { MsgType: 'event', Event: 'wxa_media_check', trace_id: traceId, result: { suggest: 'pass' } }, '')
    expect(result).toBe('success')
    expect(order(orderId).photos.map((p: any) => p.status)).toEqual(['pass', 'risky', 'risky'])
  })

  it("refuses a photo from someone else's folder or another environment, and a missing file", async () => {
    const others = (await upload('wx-other', 'orders/o1.png', PNG)).body.fileID
    const foreign = `cloud://other-env.bucket/orders/${gatewayKey('wx-res')}/p1.jpg`
    const missing = `cloud://local-dev.local-bucket/orders/${gatewayKey('wx-res')}/never.png`
    const avatar = (await upload('wx-res', 'avatars/me.png', PNG)).body.fileID
    for (const [i, photo] of [others, foreign, missing, avatar].entries()) {
      const r = await call('wx-res', 'orders.create', createInput(`req-bad-${i}`, [photo]))
      expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { photos: expect.any(String) } } })
    }
    expect(checks()).toHaveLength(3) // nothing new was queued
  })
})

describe('local verdict delivery', () => {
  const queue = async (fileName: string) => {
    const fileID = (await upload('wx-other', `orders/${fileName}`, PNG)).body.fileID
    const [url] = (await tc.cloud.getTempFileURL({ fileList: [fileID] })).fileList
    return (await tc.cloud.openapi.security.mediaCheckAsync({ mediaUrl: url.tempFileURL, mediaType: 2, version: 2, openid: 'wx-other', scene: 1 })).traceId
  }
  const check = (traceId: string) => checks().find((c) => c.traceId === traceId)!

  it('waits until a check is old enough, retries a push the function does not acknowledge, then gives up', async () => {
    const traceId = await queue('d1.png')
    expect(await deliverMediaVerdicts(target, { minAgeMs: 60000 })).toBe(0)
    expect(check(traceId).status).toBe('queued')
    const failing = { ...target, runtime: { invoke: async () => ({ result: null, counters: {} as any, requestId: 'x' }) } }
    for (let i = 1; i <= 4; i++) {
      expect(await deliverMediaVerdicts(failing)).toBe(0)
      expect(check(traceId)).toMatchObject({ status: 'queued', attempts: i })
    }
    await deliverMediaVerdicts(failing)
    expect(check(traceId)).toMatchObject({ status: 'failed', attempts: 5 })
  })

  it('puts checks a stopped process was delivering back in the queue', async () => {
    const traceId = await queue('d2.png')
    await tc.db
      .collection('_local_media_checks')
      .where({ traceId })
      .update({ data: { status: 'delivering' } })
    expect(await requeueInterrupted(target)).toBe(1)
    expect(check(traceId).status).toBe('queued')
    expect(await deliverMediaVerdicts(target)).toBe(1) // no order holds it: acknowledged, nothing changes
    expect(check(traceId)).toMatchObject({ status: 'delivered', verdict: 'pass' })
  })
})
