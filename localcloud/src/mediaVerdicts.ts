// Local stand-in for WeChat's verdict push after security.mediaCheckAsync: takes the checks openapi.ts queued in
// `_local_media_checks`, decides each locally (LOCAL_RISKY_IMAGE_MARKER in the file's bytes or cloudPath → risky,
// else pass) and invokes the `api` function with the `wxa_media_check` push event, without an OPENID, as WeChat's
// message push does. The running local cloud runs this every second (server.ts); tests call it directly.
// Invariants: every read and write here is uncounted (this is WeChat's work, not the function's database traffic);
// a check is claimed (queued → delivering) by one conditional update before it is pushed, so overlapping runs never
// deliver it twice; a push the function does not acknowledge with 'success' is retried up to MAX_ATTEMPTS times.
import fs from 'fs'
import path from 'path'
import { LOCAL_APPID } from './context'
import { parseEjson, toCanonical, type Doc } from './ejson'
import type { LocalCloud } from './install'
import { LOCAL_RISKY_IMAGE_MARKER } from './openapi'
import type { FunctionRuntime } from './runtime'
import { safeCloudPath } from './storage'

const COLL = '_local_media_checks'
const BATCH = 50
const MAX_ATTEMPTS = 5

export type VerdictTarget = Pick<LocalCloud, 'db' | 'dataDir'> & { runtime: Pick<FunctionRuntime, 'invoke'> }

const dbOf = (local: Pick<VerdictTarget, 'db'>) => {
  const q = (action: string, params: Record<string, unknown>) => local.db.handle(action, { collectionName: COLL, ...params }, { uncounted: true })
  const update = async (query: Doc, set: Doc, multi = false) =>
    ((await q('database.modifyDocument', { query: toCanonical(query), data: toCanonical({ $set: set }), multi })).data?.updated ?? 0) as number
  return { q, update }
}

/**
 * Delivers the queued verdicts of checks at least `minAgeMs` old; resolves to how many the function acknowledged.
 * The running local cloud waits a little (WeChat takes seconds): a verdict must not overtake the function that
 * started the check and has yet to store its trace id (orders.create inserts the order after mediaCheckAsync).
 */
export async function deliverMediaVerdicts(local: VerdictTarget, { minAgeMs = 0 } = {}): Promise<number> {
  const { q, update } = dbOf(local)
  const due = { status: 'queued', createdAt: { $lte: new Date(Date.now() - minAgeMs) } }
  const reply = await q('database.getDocument', { query: toCanonical(due), order: JSON.stringify({ createdAt: 1 }), limit: BATCH })
  const checks = ((reply.data?.list ?? []) as string[]).map((text) => parseEjson<Doc>(text))
  let delivered = 0
  for (const check of checks) {
    if ((await update({ _id: check._id, status: 'queued' }, { status: 'delivering' })) !== 1) continue // another run has it
    const suggest = isRisky(local.dataDir, String(check.mediaUrl ?? '')) ? 'risky' : 'pass'
    let acknowledged = false
    try {
      const { result } = await local.runtime.invoke('api', pushEvent(check, suggest), '', 'wx_msg_push')
      acknowledged = result === 'success'
    } catch (e) {
      console.error(JSON.stringify({ level: 'error', fn: 'api', event: 'wxa_media_check', error: (e as Error).message }))
    }
    const attempts = Number(check.attempts ?? 0) + 1
    const status = acknowledged ? 'delivered' : attempts >= MAX_ATTEMPTS ? 'failed' : 'queued'
    await update({ _id: check._id }, { status, attempts, verdict: suggest, deliveredAt: acknowledged ? new Date() : null })
    if (acknowledged) delivered++
  }
  return delivered
}

/** At start-up: checks a stopped process was delivering go back to the queue (their push may not have happened). */
export async function requeueInterrupted(local: Pick<VerdictTarget, 'db'>): Promise<number> {
  return dbOf(local).update({ status: 'delivering' }, { status: 'queued' }, true)
}

/** The push WeChat sends for a finished check (message push, JSON form). */
function pushEvent(check: Doc, suggest: 'pass' | 'risky'): Doc {
  const label = suggest === 'pass' ? 100 : 20002
  return {
    ToUserName: 'gh_localcloud',
    FromUserName: String(check.openid ?? ''),
    CreateTime: Math.floor(Date.now() / 1000),
    MsgType: 'event',
    Event: 'wxa_media_check',
    appid: LOCAL_APPID,
    trace_id: check.traceId,
    version: 2,
    detail: [{ strategy: 'content_model', errcode: 0, suggest, label, prob: 90 }],
    errcode: 0,
    errmsg: 'ok',
    result: { suggest, label }
  }
}

/**
 * The local verdict. mediaUrl is a temp URL the gateway serves (`<publicUrl>/files/<cloudPath>`); only its path
 * matters (the port may differ after a restart). A file that cannot be read is risky: it must not show unchecked.
 */
function isRisky(dataDir: string, mediaUrl: string): boolean {
  try {
    const pathname = new URL(mediaUrl).pathname
    if (!pathname.startsWith('/files/')) return true
    const cloudPath = safeCloudPath(pathname.slice('/files/'.length).split('/').map(decodeURIComponent).join('/'))
    if (cloudPath.includes(LOCAL_RISKY_IMAGE_MARKER)) return true
    return fs.readFileSync(path.join(dataDir, 'files', cloudPath)).includes(LOCAL_RISKY_IMAGE_MARKER)
  } catch {
    return true
  }
}
