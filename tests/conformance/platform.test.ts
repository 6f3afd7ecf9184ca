// The WeChat platform around the database, as documented for cloud functions: getWXContext() gives each call
// its own caller OPENID (even when calls run concurrently in one process), a function past its time limit fails;
// openapi stand-ins keep WeChat's call and reply shapes (security.msgSecCheck v2 → result.suggest,
// subscribeMessage.send, phonenumber.getPhoneNumber → phoneInfo); storage upload → temp URL → download → delete.
import { LOCAL_RISKY_WORDS } from '../../localcloud/src/openapi'
import { invokeMain } from '../../localcloud/src/runtime'
import { startTestCloud } from '../fixtures/localCloud'
import { rejectionOf } from './helpers'

const tc = startTestCloud()
const { cloud, db } = tc

describe('getWXContext', () => {
  it('4 concurrent calls with different OPENIDs each see their own, before and after awaiting', async () => {
    await db.createCollection('visits')
    let started = 0
    let release!: () => void
    const allStarted = new Promise<void>((r) => (release = r))
    const main = async (event: any) => {
      const first = cloud.getWXContext().OPENID
      if (++started === 4) release()
      await allStarted // every call is in flight before any continues
      await db.collection('visits').add({ data: { who: first, n: event.n } })
      return { first, second: cloud.getWXContext().OPENID, n: event.n }
    }
    const openids = ['oU1', 'oU2', 'oU3', 'oU4']
    const results = await Promise.all(openids.map((o, n) => invokeMain(main, { n }, o)))
    expect(results.map((r) => r.result)).toEqual(openids.map((o, n) => ({ first: o, second: o, n })))
    const stored = (await db.collection('visits').orderBy('n', 'asc').get()).data.map((d: any) => d.who)
    expect(stored).toEqual(openids)
  })

  it('the context carries APPID and ENV, and each call is counted separately', async () => {
    const { result, counters } = await invokeMain(
      async () => {
        await db.collection('visits').count()
        return cloud.getWXContext()
      },
      {},
      'oCtx'
    )
    expect(result).toMatchObject({ OPENID: 'oCtx', APPID: expect.any(String), ENV: expect.any(String) })
    expect(counters.roundTrips).toBe(1)
  })

  it('a function running past its time limit fails with -504003', async () => {
    const e = await rejectionOf(invokeMain(() => new Promise(() => undefined), {}, 'oSlow', { timeoutMs: 20 }))
    expect(e.errCode).toBe(-504003)
  })
})

describe('openapi stand-ins', () => {
  it('security.msgSecCheck (v2) suggests pass for normal text and risky for a listed word', async () => {
    const ok = await cloud.openapi.security.msgSecCheck({ content: '周六上午社区义诊，欢迎参加', version: 2, scene: 2, openid: 'oU1' })
    expect(ok).toMatchObject({ errCode: 0, result: { suggest: 'pass' } })
    for (const word of [LOCAL_RISKY_WORDS[0], LOCAL_RISKY_WORDS[LOCAL_RISKY_WORDS.length - 1]]) {
      const bad = await cloud.openapi.security.msgSecCheck({ content: `出售${word}，私聊`, version: 2, scene: 2, openid: 'oU1' })
      expect(bad).toMatchObject({ errCode: 0, result: { suggest: 'risky' } })
    }
  })

  it('subscribeMessage.send writes the message to _local_outbox', async () => {
    const r = await cloud.openapi.subscribeMessage.send({
      touser: 'oU2',
      templateId: 'TPL_1',
      page: 'pages/index/index',
      data: { thing1: { value: '活动提醒' } }
    })
    expect(r.errCode).toBe(0)
    const sent = (await db.collection('_local_outbox').where({ touser: 'oU2' }).get()).data
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ templateId: 'TPL_1', page: 'pages/index/index', data: { thing1: { value: '活动提醒' } } })
    expect(sent[0].sentAt).toBeInstanceOf(Date)
  })

  it('subscribeMessage.send without touser fails like WeChat (47003) and sends nothing', async () => {
    const before = (await db.collection('_local_outbox').count()).total
    const e = await rejectionOf(cloud.openapi.subscribeMessage.send({ templateId: 'TPL_1', data: {} }))
    expect(e.errCode).toBe(47003)
    expect((await db.collection('_local_outbox').count()).total).toBe(before)
  })

  it("phonenumber.getPhoneNumber turns the local code into WeChat's phoneInfo; a bad code fails", async () => {
    const r = await cloud.openapi.phonenumber.getPhoneNumber({ code: 'local-phone:13800138000' })
    expect(r).toMatchObject({ errCode: 0, phoneInfo: { phoneNumber: '13800138000', purePhoneNumber: '13800138000', countryCode: '86' } })
    expect((await rejectionOf(cloud.openapi.phonenumber.getPhoneNumber({ code: 'forged' }))).errCode).toBe(40029)
  })

  it('security.mediaCheckAsync accepts the image with a traceId and queues the check', async () => {
    const r = await cloud.openapi.security.mediaCheckAsync({ mediaUrl: 'https://example.invalid/a.png', mediaType: 2, version: 2, scene: 1, openid: 'oU3' })
    expect(r.errCode).toBe(0)
    expect(typeof r.traceId).toBe('string')
    expect((await db.collection('_local_media_checks').where({ traceId: r.traceId }).count()).total).toBe(1)
  })
})

describe('storage', () => {
  it('uploadFile → getTempFileURL → downloadFile → deleteFile round trip', async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255, 10, 13])
    const up = await cloud.uploadFile({ cloudPath: 'avatars/头像 1.png', fileContent: bytes })
    expect(up.fileID).toMatch(/^cloud:\/\//)
    const urls = await cloud.getTempFileURL({ fileList: [up.fileID] })
    expect(urls.fileList[0]).toMatchObject({ fileID: up.fileID, status: 0 })
    expect(urls.fileList[0].tempFileURL).toMatch(/^https?:\/\/.+\/avatars\/%E5%A4%B4%E5%83%8F%201\.png$/)
    const down = await cloud.downloadFile({ fileID: up.fileID })
    expect(Buffer.compare(down.fileContent, bytes)).toBe(0)
    const del = await cloud.deleteFile({ fileList: [up.fileID] })
    expect(del.fileList[0]).toMatchObject({ fileID: up.fileID, status: 0 })
    expect((await rejectionOf(cloud.downloadFile({ fileID: up.fileID }))).errCode).toBe(-503003)
    expect((await cloud.getTempFileURL({ fileList: [up.fileID] })).fileList[0]).toMatchObject({ status: -503003, tempFileURL: '' })
  })

  it('refuses cloud paths that escape the bucket', async () => {
    for (const cloudPath of ['../outside.txt', 'a/../../b.txt', '']) {
      expect((await rejectionOf(cloud.uploadFile({ cloudPath, fileContent: Buffer.from('x') }))).errCode).toBe(-503004)
    }
  })
})
