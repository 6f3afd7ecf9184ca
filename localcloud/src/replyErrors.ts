// The genuine transport's reaction to an error reply. @cloudbase/node-sdk's request() (utils/tcbapirequester)
// throws `new TcbError({ ...reply })` for every reply that carries a `code` (processReturn; wx-server-sdk passes
// `throwOnCode: false` at init, but node-sdk 3.17 never reads it). So callers of the inner database object
// (`cloud.database()._db`) see a rejection, not a reply; wx-server-sdk's own wrappers catch it: most turn its code
// into an errCode (maybeTransformError: -502005, -501001, …) while createCollection does not (errCode -1, the
// code kept on the error).
import { requireFromNodeSdk } from './sdkPaths'

type TcbErrorClass = new (info: { code?: string; message?: string; requestId?: string }) => Error
const { TcbError } = requireFromNodeSdk<{ TcbError: TcbErrorClass }>('dist/utils/utils.js')

/** Passes a reply through, or throws the SDK's own TcbError for an error reply, as the genuine transport does. */
export function throwOnErrorReply<T extends { code?: unknown; message?: unknown; requestId?: unknown }>(reply: T): T {
  if (reply?.code) throw new TcbError({ code: String(reply.code), message: String(reply.message ?? ''), requestId: String(reply.requestId ?? '') })
  return reply
}
