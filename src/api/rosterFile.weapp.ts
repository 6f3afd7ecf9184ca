import Taro from '@tarojs/taro'
import { callApi } from './client'
import { ApiClientError } from './errors'
import type { PickedRoster } from './rosterFile'

// Mini-program: the roster comes from a chat (wx.chooseMessageFile — a phone has no file picker) and goes to
// `rosters/<uploadKey>/` in the environment's storage, the only folder volunteers.importRoster reads from.

export type { PickedRoster }

export async function pickAndUploadRoster(): Promise<PickedRoster | null> {
  let picked: { path: string; name: string; size: number } | undefined
  try {
    picked = (await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv', 'xlsx'] })).tempFiles[0]
  } catch {
    return null // cancelled
  }
  if (!picked) return null
  const ext = /\.(csv|xlsx)$/i.exec(picked.name)?.[1]?.toLowerCase()
  if (!ext) throw new ApiClientError('BAD_INPUT', '请选择 .csv 或 .xlsx 格式的名册文件')
  if (picked.size > 5 * 1024 * 1024) throw new ApiClientError('BAD_INPUT', '名册文件不能超过5MB，请拆分后导入')
  const { uploadKey } = await callApi('users.me', {})
  const name = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}.${ext}`
  try {
    const r = await Taro.cloud.uploadFile({ cloudPath: `rosters/${uploadKey}/${name}`, filePath: picked.path })
    return { fileId: r.fileID, name: picked.name }
  } catch {
    throw new ApiClientError('NETWORK', '名册上传失败，请检查网络后重试')
  }
}
