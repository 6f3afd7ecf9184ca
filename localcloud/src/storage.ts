// Local cloud storage: files under DATA_DIR/files, with fileIDs shaped like CloudBase's
// (`cloud://<env>.<bucket>/<cloudPath>`) and temporary URLs served by the gateway at /files/<cloudPath>.
import fs from 'fs'
import path from 'path'
import { LOCAL_ENV } from './context'

const PREFIX = `cloud://${LOCAL_ENV}.local-bucket/`

export function safeCloudPath(cloudPath: string): string {
  const clean = String(cloudPath ?? '').replace(/^\/+/, '')
  if (!clean || clean.split('/').some((p) => p === '..' || p === '.' || p === '') || /[\\\0]/.test(clean)) {
    throw Object.assign(new Error('uploadFile:fail invalid cloudPath'), { errCode: -503004 })
  }
  return clean
}

export function fileIdToPath(fileID: string): string {
  if (!String(fileID).startsWith(PREFIX)) throw Object.assign(new Error(`storage:fail unknown fileID ${fileID}`), { errCode: -503003 })
  return safeCloudPath(String(fileID).slice(PREFIX.length))
}

export function localStorage(filesDir: string, publicUrl: () => string) {
  const abs = (cloudPath: string) => path.join(filesDir, safeCloudPath(cloudPath))
  return {
    async uploadFile({ cloudPath, fileContent }: { cloudPath: string; fileContent: Buffer | NodeJS.ReadableStream | string }) {
      const target = abs(cloudPath)
      fs.mkdirSync(path.dirname(target), { recursive: true })
      const body = Buffer.isBuffer(fileContent) || typeof fileContent === 'string' ? fileContent : await streamToBuffer(fileContent)
      fs.writeFileSync(target, body)
      return { fileID: PREFIX + safeCloudPath(cloudPath), statusCode: 200, errMsg: 'uploadFile:ok' }
    },
    async downloadFile({ fileID }: { fileID: string }) {
      const file = path.join(filesDir, fileIdToPath(fileID))
      if (!fs.existsSync(file)) throw Object.assign(new Error('downloadFile:fail file not exist'), { errCode: -503003 })
      return { fileContent: fs.readFileSync(file), statusCode: 200, errMsg: 'downloadFile:ok' }
    },
    async getTempFileURL({ fileList }: { fileList: Array<string | { fileID: string; maxAge?: number }> }) {
      return {
        errMsg: 'getTempFileURL:ok',
        fileList: fileList.map((item) => {
          const fileID = typeof item === 'string' ? item : item.fileID
          try {
            const rel = fileIdToPath(fileID)
            const exists = fs.existsSync(path.join(filesDir, rel))
            return {
              fileID,
              tempFileURL: exists ? `${publicUrl()}/files/${rel.split('/').map(encodeURIComponent).join('/')}` : '',
              status: exists ? 0 : -503003,
              errMsg: exists ? 'ok' : 'file not exist',
              maxAge: typeof item === 'string' ? 86400 : (item.maxAge ?? 86400)
            }
          } catch (e) {
            return { fileID, tempFileURL: '', status: -503003, errMsg: (e as Error).message }
          }
        })
      }
    },
    async deleteFile({ fileList }: { fileList: string[] }) {
      return {
        errMsg: 'deleteFile:ok',
        fileList: fileList.map((fileID) => {
          const file = path.join(filesDir, fileIdToPath(fileID))
          const existed = fs.existsSync(file)
          if (existed) fs.unlinkSync(file)
          return { fileID, status: existed ? 0 : -503003, errMsg: existed ? 'ok' : 'file not exist' }
        })
      }
    }
  }
}

async function streamToBuffer(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream as AsyncIterable<Buffer | string>) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk))
  return Buffer.concat(chunks)
}
