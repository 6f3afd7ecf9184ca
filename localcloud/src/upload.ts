// H5 (local mode) stand-in for wx.cloud.uploadFile: `POST /api/storage/upload?cloudPath=<folder>/<file>` with the
// image as the raw body, acting as the x-wx-openid caller; answers `{ fileID }`. Invariants:
// - the file lands in the caller's own folder `<folder>/<upload key>/<file>`, the key derived from the OPENID exactly
//   as cloudfunctions/api/src/lib/mediaCheck.ts derives it (tests/integration/orderPhotos.test.ts proves they agree);
// - only JPEG/PNG/GIF/WEBP up to 5 MB, the extension matching the declared type (the gateway serves /files by
//   extension, with nosniff), so nothing uploaded here is ever served as HTML or script;
// - an existing file is never replaced: once checked, the bytes behind a fileID must not change.
import { createHash } from 'crypto'
import fs from 'fs'
import http from 'http'
import path from 'path'
import type { LocalCloud } from './install'
import { localStorage, safeCloudPath } from './storage'

const MAX_IMAGE = 5 * 1024 * 1024
const OPENID_RE = /^[A-Za-z0-9_-]{1,64}$/
const FOLDER_RE = /^[a-z][a-z0-9_-]{0,31}$/
const NAME_RE = /^[A-Za-z0-9_-]{1,64}\.([a-z0-9]{1,5})$/
const IMAGE_TYPES: Record<string, string[]> = { 'image/jpeg': ['jpg', 'jpeg'], 'image/png': ['png'], 'image/gif': ['gif'], 'image/webp': ['webp'] }
/** The folder `rosters` takes roster files (volunteers.importRoster) instead of images: CSV or XLSX, never served as pages. */
const ROSTER_TYPES: Record<string, string[]> = { 'text/csv': ['csv'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'] }

/** Must equal uploadKeyOf in cloudfunctions/api/src/lib/mediaCheck.ts (the local cloud never imports functions). */
export function uploadKeyOf(openid: string): string {
  return createHash('sha256').update(`upload-folder\u0000${openid}`).digest('hex').slice(0, 16)
}

/** The request body, refused with status 413 past `limit` bytes. */
export function readRaw(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let size = 0
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > limit) reject(Object.assign(new Error('body too large'), { status: 413 }))
      else chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function reply(req: http.IncomingMessage, res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(JSON.stringify(body))
  req.resume() // drain whatever body was not read, so the client sees the answer rather than a reset
}

const refuse = (req: http.IncomingMessage, res: http.ServerResponse, status: number, errMsg: string) =>
  reply(req, res, status, { errCode: -503004, errMsg: `uploadFile:fail ${errMsg}` })

export async function uploadImage(local: LocalCloud, req: http.IncomingMessage, res: http.ServerResponse, requested: string): Promise<void> {
  const openid = String(req.headers['x-wx-openid'] ?? '')
  if (!OPENID_RE.test(openid)) return refuse(req, res, 401, 'x-wx-openid required')
  let parts: string[]
  try {
    parts = safeCloudPath(requested).split('/')
  } catch {
    return refuse(req, res, 400, 'invalid cloudPath')
  }
  const name = parts.length === 2 && FOLDER_RE.test(parts[0]) ? NAME_RE.exec(parts[1]) : null
  if (!name) return refuse(req, res, 400, 'cloudPath must be <folder>/<name>.<ext>')
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase()
  const types = parts[0] === 'rosters' ? ROSTER_TYPES : IMAGE_TYPES
  if (!types[type]) return refuse(req, res, 415, parts[0] === 'rosters' ? 'only CSV or XLSX rosters' : 'only JPEG, PNG, GIF or WEBP images')
  if (!types[type].includes(name[1])) return refuse(req, res, 400, `extension .${name[1]} does not match ${type}`)
  if (Number(req.headers['content-length'] ?? 0) > MAX_IMAGE) return refuse(req, res, 413, 'image larger than 5 MB')
  let body: Buffer
  try {
    body = await readRaw(req, MAX_IMAGE)
  } catch (e) {
    return refuse(req, res, (e as { status?: number }).status ?? 400, 'image larger than 5 MB')
  }
  if (!body.length) return refuse(req, res, 400, 'empty body')
  const cloudPath = `${parts[0]}/${uploadKeyOf(openid)}/${parts[1]}`
  if (fs.existsSync(path.join(local.dataDir, 'files', cloudPath))) return refuse(req, res, 409, 'file exists')
  try {
    const { fileID } = await localStorage(path.join(local.dataDir, 'files'), () => local.publicUrl).uploadFile({ cloudPath, fileContent: body })
    reply(req, res, 200, { fileID })
  } catch (e) {
    console.error(JSON.stringify({ level: 'error', endpoint: 'storage.upload', error: (e as Error).message }))
    refuse(req, res, 500, 'storage error')
  }
}
