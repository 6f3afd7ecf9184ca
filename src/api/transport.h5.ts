import { TransportError } from './errors'
import { ensureOpenid } from './localIdentity'
import type { Transport } from './transport'

// H5 (local mode): POST the event to the local cloud gateway, acting as the chosen demo identity.
// The gateway answers 200 with the function's result, or 4xx/5xx with { errCode, errMsg } when the call failed.
export const transport: Transport = async (event) => {
  const openid = await ensureOpenid()
  let res: Response
  try {
    res = await fetch('/api/functions/api', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(openid ? { 'x-wx-openid': openid } : {}) },
      body: JSON.stringify(event)
    })
  } catch (e) {
    throw new TransportError((e as Error)?.message ?? 'fetch failed', true)
  }
  // 502/503: a proxy could not reach the gateway (e.g. the dev server while the gateway restarts).
  if (res.status === 502 || res.status === 503) throw new TransportError(`HTTP ${res.status}`, true)
  let body: unknown
  try {
    body = await res.json()
  } catch {
    throw new TransportError(`HTTP ${res.status}: response is not JSON`, false)
  }
  if (!res.ok) {
    const errMsg = (body as { errMsg?: unknown } | null)?.errMsg
    throw new TransportError(`HTTP ${res.status}: ${typeof errMsg === 'string' ? errMsg : 'request failed'}`, false)
  }
  return body
}
