// Runs a deploy: read the environment, plan, apply the plan call by call (in order: a collection exists before its
// indexes and rule; a function exists before its triggers). Also prints calls without secrets.
import { relative } from 'node:path'
import { SECRET_VARS, type DeployInputs } from './inputs'
import { planCalls } from './plan'
import { readState } from './state'
import type { Call, ManagerLike } from './types'

/** Replaces secret values and absolute paths so a call can be printed or logged. */
export function redact(value: unknown, root: string): unknown {
  if (Array.isArray(value)) return value.map((v) => redact(v, root))
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        SECRET_VARS.includes(k) ? '<secret>' : k === 'functionRootPath' ? relative(process.cwd(), root) || '.' : redact(v, root)
      ])
    )
  }
  return value
}

export const formatCall = (call: Call, root: string): string =>
  `${call.service}.${call.method}(${(redact(call.args, root) as unknown[]).map((a) => JSON.stringify(a)).join(', ')})`

export function formatPlan(calls: Call[], root: string): string {
  if (!calls.length) return '云端已是最新，无需更改 / Nothing to change: every collection, index, rule and function is up to date.'
  return [`# 部署计划 / Deploy plan: ${calls.length} 个调用 calls`, ...calls.map((c, i) => `${String(i + 1).padStart(3)}. ${formatCall(c, root)}`)].join('\n')
}

export async function applyCall(manager: ManagerLike, call: Call): Promise<void> {
  const service = manager[call.service] as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
  await service[call.method].call(service, ...(call.args as unknown[]))
}

/** Reads, plans and applies; returns the calls made (empty when the environment was already up to date). */
export async function runDeploy(manager: ManagerLike, inputs: DeployInputs, log: (line: string) => void = () => undefined): Promise<Call[]> {
  const state = await readState(
    manager,
    inputs.collections.map((c) => c.name),
    inputs.functions.map((f) => f.name)
  )
  const calls = planCalls(inputs, state)
  log(formatPlan(calls, inputs.functionsRoot))
  for (const [i, call] of calls.entries()) {
    log(`[${i + 1}/${calls.length}] ${call.service}.${call.method} ${typeof call.args[0] === 'string' ? call.args[0] : ''}`.trimEnd())
    await applyCall(manager, call)
  }
  if (calls.length) log(`完成 / Done: ${calls.length} 个调用 calls.`)
  return calls
}
