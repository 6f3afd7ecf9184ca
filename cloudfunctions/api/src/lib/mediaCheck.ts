// Image content security (WeChat security.mediaCheckAsync v2). The check is asynchronous: WeChat fetches the image
// from a temporary URL and later pushes a `wxa_media_check` event naming the returned trace id (see
// events/mediaCheck.ts). Invariants:
// - a photo is stored as 'checking' with its trace id and is shown to nobody until its verdict is 'pass';
// - trace ids stay server-side (never put into a view or a log): knowing one is what a verdict needs, so a client
//   cannot forge a verdict for any photo;
// - only files of this environment's storage, in the caller's own upload folder, are accepted, so nobody can attach
//   a file someone else uploaded (e.g. a photo they saw on another order: its temp URL reveals the path).
import { createHash } from 'crypto'
import { AppError } from '../../../../src/shared/errors'
import type { OrderPhotoDoc } from '../repos/orderTypes'
import { cloud } from './cloud'
import { tempFileUrls } from './storage'

/**
 * The caller's upload key: a one-way digest of the OPENID, so a photo's path (visible in its temp URL) does not
 * reveal whose it is. The upload folder for order photos is `orders/<key>/`. The local cloud's H5 upload endpoint
 * (localcloud/src/gateway.ts) derives the same key; the mini-program must upload there too (it needs the key from
 * the server: it cannot compute the digest without the OPENID, which only the server knows for sure).
 */
export function uploadKeyOf(openid: string): string {
  return createHash('sha256').update(`upload-folder\u0000${openid}`).digest('hex').slice(0, 16)
}

export function orderPhotoFolder(openid: string): string {
  return `orders/${uploadKeyOf(openid)}`
}

const FILE_ID = /^cloud:\/\/([^/]+)\/(.+)$/
const FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,79}$/

/** True when `fileId` is `cloud://<this env>.<bucket>/orders/<caller key>/<file name>`. */
export function isOwnOrderPhoto(openid: string, fileId: string): boolean {
  const env = cloud.getWXContext().ENV
  const m = FILE_ID.exec(fileId)
  if (!env || !m || !m[1].startsWith(`${env}.`)) return false
  const parts = m[2].split('/')
  return parts.length === 3 && `${parts[0]}/${parts[1]}` === orderPhotoFolder(openid) && FILE_NAME.test(parts[2]) && !parts[2].includes('..')
}

// WeChat fetches the image some time after the call (usually seconds, at worst tens of minutes): the URL must
// outlive that.
const URL_MAX_AGE_S = 86400

/**
 * Starts the content check of each photo the caller uploaded: one getTempFileURL for all, then one
 * mediaCheckAsync per photo (in parallel). Refuses with BAD_INPUT (field `photos`) any file that is not the
 * caller's or does not exist; a failing check call propagates (the caller may retry: nothing has been stored).
 */
export async function startImageChecks(openid: string, fileIds: string[]): Promise<OrderPhotoDoc[]> {
  const unique = [...new Set(fileIds)]
  if (!unique.length) return []
  if (!unique.every((f) => isOwnOrderPhoto(openid, f))) throw new AppError('BAD_INPUT', { photos: '图片来源不正确，请重新上传' })
  const urls = await tempFileUrls(unique.map((fileID) => ({ fileID, maxAge: URL_MAX_AGE_S })))
  const byId = new Map(urls.map((f) => [f.fileID, f]))
  const mediaUrls = unique.map((f) => byId.get(f))
  if (mediaUrls.some((u) => !u || u.status !== 0 || !u.tempFileURL)) throw new AppError('BAD_INPUT', { photos: '图片不存在或已过期，请重新上传' })
  return Promise.all(
    unique.map(async (fileId, i) => {
      const res = (await cloud.openapi.security.mediaCheckAsync({ mediaUrl: mediaUrls[i]!.tempFileURL, mediaType: 2, version: 2, openid, scene: 1 })) as {
        traceId?: string
      }
      if (!res?.traceId) throw new Error('mediaCheckAsync returned no traceId')
      return { fileId, traceId: res.traceId, status: 'checking' as const }
    })
  )
}
