// The `api` function's router: event `{ action, input, requestId? }` → `{ ok: true, data }` or
// `{ ok: false, error: { code, message, fields? } }`. It owns identity (OPENID from WeChat, never from the
// client), input parsing with the shared contract, authorization, output shaping and error mapping.
// Invariants: nothing is written before the input has parsed; no stack or internal detail reaches the client.
import { randomBytes } from 'crypto'
import { ApiEvent, contracts, isActionName, type ActionName } from '../../../src/shared/contracts'
import { AppError, type ApiResult } from '../../../src/shared/errors'
import { hasAnyRole } from '../../../src/shared/domain/roles'
import { actions } from './actions'
import type { ActionContext, ActionDef } from './actions/define'
import { callerOpenid } from './lib/cloud'
import { clockNow } from './lib/clock'
import { isConflictError } from './lib/dbErrors'
import { logCall, logInternal } from './lib/log'
import { enforceRateLimit } from './lib/rateLimit'
import { effectiveRoles } from './lib/roles'
import { zodFieldErrors } from './lib/zodErrors'
import { findCaller } from './repos/caller'
import { PRIVACY_VERSION } from '../../../src/shared/privacy/guide'

export async function handle(rawEvent: unknown): Promise<ApiResult<unknown>> {
  const started = Date.now()
  const parsedEvent = ApiEvent.safeParse(rawEvent)
  const requestId = (parsedEvent.success && parsedEvent.data.requestId) || `srv-${randomBytes(6).toString('hex')}`
  const action = parsedEvent.success ? parsedEvent.data.action : 'invalid'
  const reply = await run(parsedEvent, requestId)
  logCall({ requestId, action, code: reply.ok ? 'OK' : reply.error.code, ms: Date.now() - started })
  return reply
}

async function run(parsedEvent: ReturnType<typeof ApiEvent.safeParse>, requestId: string): Promise<ApiResult<unknown>> {
  try {
    if (!parsedEvent.success) throw new AppError('BAD_INPUT', zodFieldErrors(parsedEvent.error))
    const { action, input } = parsedEvent.data
    if (!isActionName(action) || !actions[action]) throw new AppError('UNKNOWN_ACTION')
    const openid = callerOpenid()
    if (!openid) throw new AppError('UNAUTHENTICATED')
    const def = actions[action] as unknown as ActionDef<ActionName>
    const contract = contracts[action]
    const parsedInput = contract.input.safeParse(input ?? {})
    if (!parsedInput.success) throw new AppError('BAD_INPUT', zodFieldErrors(parsedInput.error))
    const ctx: ActionContext = { openid, requestId, now: clockNow(), ...(await authorize(def, openid, parsedInput.data)) }
    // After authorization (a refused caller uses no quota), before the handler (a limited call writes nothing).
    if (def.rateLimit) await enforceRateLimit(def.rateLimit, ctx, parsedInput.data)
    const data = await def.handler(parsedInput.data as never, ctx)
    // Parsing the output strips any field the contract does not name: least exposure by construction.
    return { ok: true, data: contract.output.parse(data) }
  } catch (e) {
    return { ok: false, error: toApiError(e, requestId, parsedEvent.success ? parsedEvent.data.action : 'invalid') }
  }
}

/** The caller's documents (one round trip), refused unless they hold one of the action's roles. */
async function authorize(
  def: ActionDef<ActionName>,
  openid: string,
  input: unknown
): Promise<Pick<ActionContext, 'user' | 'community' | 'volunteer' | 'account' | 'addresses' | 'order' | 'assignee'>> {
  const { orderId, volunteerId } = (input ?? {}) as { orderId?: unknown; volunteerId?: unknown }
  const str = (x: unknown) => (typeof x === 'string' ? x : undefined)
  const { user, community, volunteer, account, addresses, order, assignee } = await findCaller(openid, def.needs, {
    orderId: str(orderId),
    volunteerId: str(volunteerId)
  })
  const withRoles = user ? { ...user, roles: effectiveRoles(user) } : null
  if (def.allow !== 'anyone' && (!withRoles || !hasAnyRole(withRoles.roles, def.allow))) throw new AppError('FORBIDDEN')
  if (def.personal && user?.consent?.version !== PRIVACY_VERSION) throw new AppError('CONSENT_REQUIRED')
  return { user: withRoles, community, volunteer, account, addresses, order, assignee }
}

function toApiError(e: unknown, requestId: string, action: string) {
  if (e instanceof AppError) return e.toJSON()
  if (isConflictError(e)) return new AppError('CONFLICT').toJSON()
  logInternal({ requestId, action, error: e })
  return { ...new AppError('INTERNAL').toJSON(), requestId }
}
