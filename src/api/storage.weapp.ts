import Taro from '@tarojs/taro'
import { ApiClientError } from './errors'

// Mini-program: wx.cloud.uploadFile to the environment's storage; the fileID (cloud://…) is what the server keeps.

/** Uploads a local temp file under `folder/` and returns its cloud fileID (cloud://…). */
export async function uploadImage(folder: string, tempFilePath: string): Promise<string> {
  const ext = /\.(\w{1,5})$/.exec(tempFilePath)?.[1] ?? 'jpg'
  const name = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}.${ext}`
  try {
    const r = await Taro.cloud.uploadFile({ cloudPath: `${folder}/${name}`, filePath: tempFilePath })
    return r.fileID
  } catch {
    throw new ApiClientError('NETWORK')
  }
}
