// Entry point of the `api` cloud function (bundled to ../index.js by `npm run build:functions`).
// Two kinds of event arrive: client calls `{ action, input, requestId? }` (the router), and WeChat's message push
// for asynchronous image checks (events/mediaCheck.ts; a client can send that shape too — see why it is harmless).
import { handleMediaCheckPush, isMediaCheckPush } from './events/mediaCheck'
import { handle } from './router'

export async function main(event: unknown): Promise<unknown> {
  if (isMediaCheckPush(event)) return handleMediaCheckPush(event)
  return handle(event)
}
