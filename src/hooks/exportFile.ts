// Getting an export's CSV to the coordinator: the server put it in cloud storage and answered a temporary URL.
// - H5: the browser downloads the URL under the file's Chinese name (an <a download> clicked for them);
// - weapp: the file is downloaded into the mini-program's temp folder right after the export, so that the tap on
//   发送到聊天 calls wx.shareFileMessage at once (WeChat wants it inside the tap); openDocument cannot open CSV
//   (doc/xls/ppt/pdf only), so the way to a computer is a chat (文件传输助手) or the copied link.
// process.env.TARO_ENV is replaced at build time: the other platform's branch is removed from each bundle.
import Taro from '@tarojs/taro'
import type { ExportFile } from '../shared/contracts'

/** H5: starts the browser download; weapp: downloads to a temp file and returns its path (null if it failed). */
export async function fetchExportFile(file: ExportFile): Promise<string | null> {
  if (process.env.TARO_ENV === 'h5') {
    const a = document.createElement('a')
    a.href = file.url
    a.download = file.fileName
    a.rel = 'noopener'
    a.style.display = 'none'
    document.body.appendChild(a)
    a.click()
    a.remove()
    return null
  }
  try {
    const res = await Taro.downloadFile({ url: file.url })
    if (res.statusCode === 200) return res.tempFilePath
  } catch {
    // e.g. the URL's domain is not among the mini-program's downloadFile domains: try cloud storage itself
  }
  try {
    return (await Taro.cloud.downloadFile({ fileID: file.fileId })).tempFilePath
  } catch {
    return null
  }
}

/** weapp: sends the downloaded file to a chat under its Chinese name. False if the user cancelled or it failed. */
export async function shareExportFile(filePath: string, fileName: string): Promise<boolean> {
  try {
    await Taro.shareFileMessage({ filePath, fileName })
    return true
  } catch {
    return false
  }
}

/** The download link on the clipboard, to open in a computer's browser (valid for an hour). */
export async function copyExportLink(file: ExportFile): Promise<void> {
  await Taro.setClipboardData({ data: file.url })
  await Taro.showToast({ title: '链接已复制，1小时内有效', icon: 'none' })
}

/** 12.3 KB / 1.2 MB */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
