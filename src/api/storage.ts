// Uploading an image the user picked (chooseAvatar, chooseMedia) to cloud storage. The mini-program implementation
// is storage.weapp.ts; this one is H5 against the local cloud: Taro.chooseMedia gives a blob: URL, whose bytes are
// POSTed to the gateway's /api/storage/upload as the current demo identity. The gateway puts the file in the
// caller's own folder (`<folder>/<upload key>/<name>`), the only place the server accepts order photos from.
import { ApiClientError } from './errors'
import { ensureOpenid } from './localIdentity'

const MAX_BYTES = 5 * 1024 * 1024
const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp' }

async function readPicked(tempFilePath: string): Promise<Blob> {
  try {
    const res = await fetch(tempFilePath)
    if (!res.ok) throw new Error(`HTTP ${res.status}`)
    return await res.blob()
  } catch {
    throw new ApiClientError('BAD_INPUT', '读取图片失败，请重新选择')
  }
}

/** Uploads a local temp file under `folder/` and returns its cloud fileID (cloud://…). */
export async function uploadImage(folder: string, tempFilePath: string): Promise<string> {
  const blob = await readPicked(tempFilePath)
  const ext = EXTENSIONS[blob.type]
  if (!ext) throw new ApiClientError('BAD_INPUT', '仅支持 JPG、PNG、GIF、WEBP 格式的图片')
  if (blob.size > MAX_BYTES) throw new ApiClientError('BAD_INPUT', '图片不能超过5MB，请换一张')
  const name = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}.${ext}`
  const openid = await ensureOpenid()
  let res: Response
  try {
    res = await fetch(`/api/storage/upload?cloudPath=${encodeURIComponent(`${folder}/${name}`)}`, {
      method: 'POST',
      headers: { 'content-type': blob.type, ...(openid ? { 'x-wx-openid': openid } : {}) },
      body: blob
    })
  } catch {
    throw new ApiClientError('NETWORK', '图片上传失败，请检查网络后重试')
  }
  const body = (await res.json().catch(() => null)) as { fileID?: unknown } | null
  if (res.status === 413) throw new ApiClientError('BAD_INPUT', '图片不能超过5MB，请换一张')
  if (res.status === 415) throw new ApiClientError('BAD_INPUT', '仅支持 JPG、PNG、GIF、WEBP 格式的图片')
  if (!res.ok || typeof body?.fileID !== 'string') throw new ApiClientError('INTERNAL', '图片上传失败，请稍后再试')
  return body.fileID
}
