// wx-server-sdk types getTempFileURL as promise-or-void (a call given callbacks returns nothing). Called without
// callbacks it always returns the promise: this checks that instead of each caller casting the reply.
import { cloud } from './cloud'

export interface TempFile {
  fileID: string
  tempFileURL: string
  status: number
}

/** Temporary download URLs, one entry per file asked for (status 0 and a URL when the file exists). */
export async function tempFileUrls(fileList: Array<string | { fileID: string; maxAge?: number }>): Promise<TempFile[]> {
  const res = await cloud.getTempFileURL({ fileList })
  if (!res) throw new Error('wx-server-sdk getTempFileURL returned no promise')
  return res.fileList
}

/** Stores `content` at `cloudPath` (replacing a file there) and returns its fileID. */
export async function uploadFile(cloudPath: string, content: Buffer): Promise<string> {
  const res = await cloud.uploadFile({ cloudPath, fileContent: content })
  if (!res?.fileID) throw new Error('wx-server-sdk uploadFile returned no fileID')
  return res.fileID
}
