import Taro from '@tarojs/taro'
import { callApi } from './client'
import { ApiClientError } from './errors'

// Mini-program: wx.cloud.uploadFile to the environment's storage; the fileID (cloud://…) is what the server keeps.
// Files go under `<folder>/<uploadKey>/`: the server accepts an order photo only from the caller's own folder
// (so nobody can attach a photo someone else uploaded). The key comes from users.me, once per launch.

let uploadKey: Promise<string> | null = null

function myUploadKey(): Promise<string> {
  uploadKey ??= callApi('users.me', {})
    .then((me) => me.uploadKey)
    .catch((e) => {
      uploadKey = null // try again next time
      throw e
    })
  return uploadKey
}

/** Uploads a local temp file under `folder/<uploadKey>/` and returns its cloud fileID (cloud://…). */
export async function uploadImage(folder: string, tempFilePath: string): Promise<string> {
  const ext = /\.(\w{1,5})$/.exec(tempFilePath)?.[1] ?? 'jpg'
  const name = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}.${ext}`
  const key = await myUploadKey()
  try {
    const r = await Taro.cloud.uploadFile({ cloudPath: `${folder}/${key}/${name}`, filePath: tempFilePath })
    return r.fileID
  } catch {
    throw new ApiClientError('NETWORK')
  }
}
