// The local cloud's HTTP gateway:
//   POST /api/functions/<name>   event as JSON body → the function's result (caller from header x-wx-openid)
//   POST /api/storage/upload     an image as the raw body → { fileID } (H5 stand-in for wx.cloud.uploadFile)
//   GET  /api/health             200 when every function in the functions folder loads; else 503 with the reason
//   GET  /api/local/users        demo identities for the H5 role switcher (local mode only)
//   GET  /files/<cloudPath>      files from local cloud storage (temp URLs point here)
//   GET  /*                      the H5 build (dist/h5)
import fs from 'fs'
import http from 'http'
import path from 'path'
import type { LocalCloud } from './install'
import { FunctionError } from './runtime'
import { listDemoUsers } from './demo/users'
import { readRaw, uploadImage } from './upload'

const MAX_BODY = 1024 * 1024
const OPENID_RE = /^[A-Za-z0-9_-]{1,64}$/
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
  // CSV exports (exports.* upload them from the function): UTF-8 with a BOM, downloaded rather than shown.
  '.csv': 'text/csv; charset=utf-8'
}

export interface GatewayOptions {
  staticDir: string
  defaultOpenid: string
  /** Functions whose build failed at start: their index.js, if any, is an older build, so health is not ok. */
  buildFailures?: Array<{ name: string; reason: string }>
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(text)
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  return (await readRaw(req, MAX_BODY)).toString('utf8')
}

/** Serves a file from under `dir`, never outside it. */
function serveFile(res: http.ServerResponse, dir: string, rel: string, fallback?: string): void {
  const file = path.resolve(dir, '.' + path.posix.normalize('/' + decodeURIComponent(rel)))
  const target = file.startsWith(path.resolve(dir)) && fs.existsSync(file) && fs.statSync(file).isFile() ? file : fallback
  if (!target || !fs.existsSync(target)) return send(res, 404, { error: 'not found' })
  // Exports are data for a spreadsheet, not pages: saved even when a link is opened directly.
  const download = path.extname(target) === '.csv' ? { 'content-disposition': 'attachment' } : {}
  res.writeHead(200, {
    'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    'cache-control': target.endsWith('.html') ? 'no-cache' : 'public, max-age=300',
    ...download
  })
  fs.createReadStream(target).pipe(res)
}

/** HTTP status per runtime error: not found (-504001), failed to load (-504002), ran past its limit (-504003). */
const FUNCTION_STATUS: Record<number, number> = { [-504001]: 404, [-504002]: 500, [-504003]: 504 }

/**
 * 200 only when every function in the folder loads (each is loaded here if it was not yet, and a load that failed
 * is retried on every check, so a rebuild turns health green without a restart) and none failed to build at start.
 * Otherwise 503 with `reason`, one sentence per function naming it, so whoever polls health learns what to fix.
 */
function health(local: LocalCloud, opts: GatewayOptions, res: http.ServerResponse): void {
  const collections = local.store.listCollections().length
  const functions = local.runtime.listFunctions()
  const problems = [
    ...(opts.buildFailures ?? []).map((f) => ({ name: f.name, reason: `${f.name}: build failed at start (an older index.js may be served): ${f.reason}` })),
    ...local.runtime.problems()
  ]
  if (!functions.length) problems.push({ name: '*', reason: `no cloud functions in ${local.runtime.functionsDir}` })
  if (problems.length) return send(res, 503, { ok: false, collections, functions, reason: problems.map((p) => p.reason).join('; '), problems })
  send(res, 200, { ok: true, collections, functions })
}

async function callFunction(local: LocalCloud, req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
  const openid = String(req.headers['x-wx-openid'] ?? '')
  if (openid && !OPENID_RE.test(openid)) return send(res, 400, { errCode: -501007, errMsg: 'invalid x-wx-openid' })
  let event: unknown
  try {
    const text = await readBody(req)
    event = text ? JSON.parse(text) : {}
  } catch (e) {
    const status = (e as { status?: number }).status ?? 400
    return send(res, status, { errCode: -501007, errMsg: status === 413 ? 'request body too large' : 'body must be JSON' })
  }
  try {
    const { result, counters } = await local.runtime.invoke(name, event, openid)
    res.setHeader('x-local-round-trips', String(counters.roundTrips))
    send(res, 200, result ?? null)
  } catch (e) {
    if (e instanceof FunctionError) return send(res, FUNCTION_STATUS[e.errCode] ?? 500, { errCode: e.errCode, errMsg: e.message })
    console.error(JSON.stringify({ level: 'error', fn: name, error: (e as Error).name, stack: (e as Error).stack?.split('\n').slice(0, 4).join(' | ') }))
    send(res, 500, { errCode: -504002, errMsg: 'functions execute fail' })
  }
}

export function createGateway(local: LocalCloud, opts: GatewayOptions): http.Server {
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local')
    const fn = /^\/api\/functions\/([^/]+)$/.exec(url.pathname)
    if (fn && req.method === 'POST') return void callFunction(local, req, res, fn[1])
    if (url.pathname === '/api/storage/upload' && req.method === 'POST') return void uploadImage(local, req, res, url.searchParams.get('cloudPath') ?? '')
    if (url.pathname === '/api/health') return health(local, opts, res)
    if (url.pathname === '/api/local/users') return send(res, 200, { defaultOpenid: opts.defaultOpenid, users: listDemoUsers(local) })
    if (url.pathname.startsWith('/files/')) return serveFile(res, path.join(local.dataDir, 'files'), url.pathname.slice('/files'.length))
    if (url.pathname.startsWith('/api/')) return send(res, 404, { errCode: -1, errMsg: 'no such endpoint' })
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'method not allowed' })
    serveFile(res, opts.staticDir, url.pathname === '/' ? '/index.html' : url.pathname, path.join(opts.staticDir, 'index.html'))
  })
}
