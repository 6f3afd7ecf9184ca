// WeChat's message push for an asynchronous image check (security.mediaCheckAsync v2), delivered to this function:
//   { ToUserName, FromUserName, CreateTime, MsgType: 'event', Event: 'wxa_media_check', appid, trace_id,
//     version: 2, errcode, result: { suggest: 'pass' | 'risky' | 'review', label } }
// Only 'pass' shows the photo; 'review' counts as risky (nobody reviews it afterwards), and so does a failed check.
//
// Security: any client can invoke the `api` function with any event, including one shaped like this push. A forged
// verdict is useless because it must name a trace id, and trace ids are random, made by WeChat, kept server-side
// only (never in a view or a log), so a forger cannot name one — neither their own risky photo's nor anyone
// else's. Do not add anything here that acts on other fields (FromUserName, appid) without the same guarantee.
import { randomBytes } from 'crypto'
import { logCall } from '../lib/log'
import { setPhotoVerdict } from '../repos/orderPhotos'
import { setReportPhotoVerdict } from '../repos/reports'

export const MEDIA_CHECK_EVENT = 'wxa_media_check'

interface MediaCheckPush {
  MsgType: 'event'
  Event: typeof MEDIA_CHECK_EVENT
  trace_id?: unknown
  result?: { suggest?: unknown } | null
}

export function isMediaCheckPush(event: unknown): event is MediaCheckPush {
  const e = event as Record<string, unknown> | null
  return !!e && typeof e === 'object' && e.MsgType === 'event' && e.Event === MEDIA_CHECK_EVENT
}

/** Records the verdict; answers 'success' (what WeChat expects) whether or not a photo matched. */
export async function handleMediaCheckPush(event: MediaCheckPush): Promise<'success'> {
  const started = Date.now()
  const traceId = event.trace_id
  let code = 'BAD_INPUT'
  if (typeof traceId === 'string' && traceId.length > 0 && traceId.length <= 128) {
    const status = event.result?.suggest === 'pass' ? 'pass' : 'risky'
    // A database failure propagates: the push is then not acknowledged and WeChat may deliver it again.
    // The trace id names an order photo or a report photo (随手拍, before or after); either lookup is by the id alone.
    code = (await setPhotoVerdict(traceId, status)) || (await setReportPhotoVerdict(traceId, status)) ? 'OK' : 'NO_MATCH'
  }
  logCall({ requestId: `push-${randomBytes(6).toString('hex')}`, action: `event.${MEDIA_CHECK_EVENT}`, code, ms: Date.now() - started })
  return 'success'
}
