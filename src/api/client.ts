// callApi: the only way the UI talks to the server. One requestId per call (reused by retries, so the server can
// replay a write safely), up to 2 retries with backoff on network failures only, `{ ok:false }` replies thrown as
// ApiClientError, and every `data` checked against the action's output contract.
import { contracts, type ActionInput, type ActionName, type ActionOutput } from '../shared/contracts'
import { messageFor } from '../shared/errors'
import { ApiClientError, TransportError } from './errors'
import { transport } from './transport'

export { ApiClientError }

const RETRY_DELAYS_MS = [400, 1200]

function newRequestId(): string {
  const rand = Array.from({ length: 3 }, () => Math.random().toString(36).slice(2, 10)).join('')
  return `${Date.now().toString(36)}${rand}`.slice(0, 40)
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

async function send(event: { action: string; input: unknown; requestId: string }): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await transport(event)
    } catch (e) {
      const network = e instanceof TransportError ? e.network : true
      if (!network) throw new ApiClientError('INTERNAL', undefined, undefined, event.requestId)
      if (attempt >= RETRY_DELAYS_MS.length) throw new ApiClientError('NETWORK', undefined, undefined, event.requestId)
      await sleep(RETRY_DELAYS_MS[attempt])
    }
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null
}

export async function callApi<A extends ActionName>(action: A, input: ActionInput<A>): Promise<ActionOutput<A>> {
  const requestId = newRequestId()
  const reply = await send({ action, input, requestId })
  const badResponse = () => new ApiClientError('BAD_RESPONSE', messageFor('BAD_RESPONSE'), undefined, requestId)

  if (!isObject(reply) || typeof reply.ok !== 'boolean') throw badResponse()
  if (reply.ok === false) {
    const error = isObject(reply.error) ? reply.error : {}
    const code = typeof error.code === 'string' ? error.code : 'INTERNAL'
    const message = typeof error.message === 'string' && error.message ? error.message : messageFor(code)
    const fields = isObject(error.fields) ? (error.fields as Record<string, string>) : undefined
    const rid = typeof error.requestId === 'string' ? error.requestId : requestId
    throw new ApiClientError(code, message, fields, rid)
  }
  const parsed = contracts[action].output.safeParse(reply.data)
  if (!parsed.success) throw badResponse()
  return parsed.data as ActionOutput<A>
}
