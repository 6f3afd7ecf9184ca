// Local stand-in for `cloud.openapi` (WeChat's server APIs), with the same call and reply shapes:
// - security.msgSecCheck (v2): a local word list decides pass / risky;
// - security.mediaCheckAsync: accepted with a traceId and queued in `_local_media_checks` (uncounted: not a
//   database call on CloudBase); mediaVerdicts.ts later pushes the verdict to the `api` function as WeChat's
//   wxa_media_check message push does, so images stay hidden until then;
// - subscribeMessage.send: written to the `_local_outbox` collection instead of a phone;
// - phonenumber.getPhoneNumber: the local "code" is `local-phone:<11 digits>` (the H5 form makes it);
// - wxacode.getUnlimited: a PNG QR code encoding the scene (wxacode.ts).
import { randomBytes } from 'crypto'
import type { LocalDatabase } from './transport'
import { toCanonical } from './ejson'
import { localWxacode } from './wxacode'

export const SYSTEM_COLLECTIONS = ['_local_outbox', '_local_media_checks']

/** Words the local content check treats as risky. Real WeChat checks are far broader; this proves the path. */
export const LOCAL_RISKY_WORDS = ['赌博', '博彩', '色情', '毒品', '代开发票', '枪支弹药', '违禁品', 'risky-test-word']

/**
 * Images: the local check cannot look at pictures, so an image is risky when its bytes or its cloudPath contain
 * this marker, and passes otherwise (mediaVerdicts.ts decides and delivers the verdict about a second later).
 * Tests and demos make a "risky" image by embedding the marker, e.g. in a PNG text chunk or the file name.
 */
export const LOCAL_RISKY_IMAGE_MARKER = 'risky-test-image'

const ok = (api: string, extra: Record<string, unknown> = {}) => ({ errCode: 0, errMsg: `openapi.${api}:ok`, ...extra })

function fail(api: string, errCode: number, message: string): never {
  const err = Object.assign(new Error(`openapi.${api}:fail ${errCode} ${message}`), { errCode, errMsg: '' })
  err.errMsg = err.message
  throw err
}

export function localOpenApi(db: LocalDatabase) {
  const insert = (coll: string, doc: Record<string, unknown>) =>
    db.handle('database.insertDocument', { collectionName: coll, data: [toCanonical(doc)] }, { uncounted: true })
  return {
    wxacode: localWxacode(fail),
    security: {
      async msgSecCheck(params: { content?: string; openid?: string; scene?: number; version?: number }) {
        if (typeof params?.content !== 'string') fail('security.msgSecCheck', 47001, 'data format error')
        const hit = LOCAL_RISKY_WORDS.find((w) => params.content!.includes(w))
        const result = hit ? { suggest: 'risky', label: 20001 } : { suggest: 'pass', label: 100 }
        return ok('security.msgSecCheck', {
          traceId: randomBytes(8).toString('hex'),
          result,
          detail: hit ? [{ strategy: 'keyword', errcode: 0, suggest: 'risky', label: 20001, keyword: hit }] : []
        })
      },
      async mediaCheckAsync(params: { mediaUrl: string; mediaType: number; openid?: string; scene?: number }) {
        if (!params?.mediaUrl) fail('security.mediaCheckAsync', 47001, 'data format error')
        const traceId = randomBytes(8).toString('hex')
        await insert('_local_media_checks', { traceId, ...params, status: 'queued', createdAt: new Date() })
        return ok('security.mediaCheckAsync', { traceId })
      }
    },
    subscribeMessage: {
      async send(params: { touser: string; templateId: string; page?: string; data: Record<string, unknown>; miniprogramState?: string }) {
        if (!params?.touser || !params?.templateId) fail('subscribeMessage.send', 47003, 'argument invalid')
        await insert('_local_outbox', { ...params, sentAt: new Date() })
        return ok('subscribeMessage.send')
      }
    },
    phonenumber: {
      async getPhoneNumber(params: { code?: string }) {
        const m = /^local-phone:(1\d{10})$/.exec(params?.code ?? '')
        if (!m) fail('phonenumber.getPhoneNumber', 40029, 'invalid code')
        return ok('phonenumber.getPhoneNumber', {
          phoneInfo: {
            phoneNumber: m![1],
            purePhoneNumber: m![1],
            countryCode: '86',
            watermark: { timestamp: Math.floor(Date.now() / 1000), appid: 'wx-local-appid' }
          }
        })
      }
    }
  }
}
