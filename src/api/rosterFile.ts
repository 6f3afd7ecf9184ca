// Picking a roster file (CSV or XLSX) and uploading it to the caller's roster folder, where volunteers.importRoster
// reads it. This is the H5 version (local cloud): an <input type=file> picks it — Taro's chooseMessageFile does not
// exist in a browser — and its bytes are POSTed to the gateway's /api/storage/upload, which files it under
// `rosters/<upload key>/`. The mini-program version is rosterFile.weapp.ts (wx.chooseMessageFile from a chat).
import { ApiClientError } from './errors'
import { ensureOpenid } from './localIdentity'

const MAX_BYTES = 5 * 1024 * 1024
const TYPES: Record<string, string> = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }

export interface PickedRoster {
  fileId: string
  /** The name the user's file had (shown on the page). */
  name: string
}

function pick(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.csv,.xlsx'
    input.style.display = 'none'
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null)
      input.remove()
    })
    input.addEventListener('cancel', () => resolve(null))
    document.body.appendChild(input)
    input.click()
  })
}

/** Lets the user choose a roster file and uploads it; null if they chose nothing. */
export async function pickAndUploadRoster(): Promise<PickedRoster | null> {
  const file = await pick()
  if (!file) return null
  const ext = /\.(csv|xlsx)$/i.exec(file.name)?.[1]?.toLowerCase()
  if (!ext) throw new ApiClientError('BAD_INPUT', '请选择 .csv 或 .xlsx 格式的名册文件')
  if (file.size > MAX_BYTES) throw new ApiClientError('BAD_INPUT', '名册文件不能超过5MB，请拆分后导入')
  const name = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}.${ext}`
  const openid = await ensureOpenid()
  let res: Response
  try {
    res = await fetch(`/api/storage/upload?cloudPath=${encodeURIComponent(`rosters/${name}`)}`, {
      method: 'POST',
      headers: { 'content-type': TYPES[ext], ...(openid ? { 'x-wx-openid': openid } : {}) },
      body: file
    })
  } catch {
    throw new ApiClientError('NETWORK', '名册上传失败，请检查网络后重试')
  }
  const body = (await res.json().catch(() => null)) as { fileID?: unknown } | null
  if (!res.ok || typeof body?.fileID !== 'string') throw new ApiClientError('INTERNAL', '名册上传失败，请稍后再试')
  return { fileId: body.fileID, name: file.name }
}
