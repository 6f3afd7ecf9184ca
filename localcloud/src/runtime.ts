// Runs cloud functions in-process, each call under its own caller context (OPENID) and time limit, the way
// CloudBase runs them: `main(event, context)`, timeout from the function's config.json (default 3 s).
import fs from 'fs'
import path from 'path'
import { randomBytes } from 'crypto'
import { callContext, runAs, type CallCounters } from './context'

export interface Invocation { result: unknown; counters: CallCounters; requestId: string }
type Main = (event: unknown, context: unknown) => unknown

export class FunctionError extends Error {
  constructor(readonly errCode: number, message: string) {
    super(message)
  }
}

export class FunctionRuntime {
  private cache = new Map<string, { main: Main; timeoutMs: number }>()

  constructor(readonly functionsDir: string, private timeoutScale = Number(process.env.LOCALCLOUD_TIMEOUT_SCALE ?? 1)) {}

  private load(name: string): { main: Main; timeoutMs: number } {
    if (!/^[A-Za-z0-9_-]{1,60}$/.test(name)) throw new FunctionError(-504001, `function name invalid: ${name}`)
    const cached = this.cache.get(name)
    if (cached) return cached
    const dir = path.join(this.functionsDir, name)
    const entry = path.join(dir, 'index.js')
    if (!fs.existsSync(entry)) throw new FunctionError(-504001, `FunctionName parameter could not be found: ${name} (run npm run build:functions)`)
    const configFile = path.join(dir, 'config.json')
    const config = fs.existsSync(configFile) ? JSON.parse(fs.readFileSync(configFile, 'utf8')) : {}
    const mod = require(entry)
    const loaded = { main: mod.main as Main, timeoutMs: Number(config.timeout ?? 3) * 1000 * this.timeoutScale }
    this.cache.set(name, loaded)
    return loaded
  }

  invoke(name: string, event: unknown, openid: string, source = 'wx_client'): Promise<Invocation> {
    const { main, timeoutMs } = this.load(name)
    return invokeMain(main, event, openid, { name, timeoutMs, source })
  }
}

/** Calls a function's `main` as `openid`; rejects with -504003 when it runs past its time limit. */
export async function invokeMain(main: Main, event: unknown, openid: string, opts: { name?: string; timeoutMs?: number; source?: string } = {}): Promise<Invocation> {
  const ctx = callContext(openid, opts.source)
  const requestId = randomBytes(8).toString('hex')
  const context = { request_id: requestId, function_name: opts.name ?? 'local', namespace: ctx.wx.ENV, time_limit_in_ms: opts.timeoutMs ?? 3000, memory_limit_in_mb: 256 }
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new FunctionError(-504003, `Invoking task timed out after ${(opts.timeoutMs ?? 3000) / 1000} seconds`)), opts.timeoutMs ?? 3000)
  })
  try {
    const result = await Promise.race([runAs(ctx, async () => main(event, context)), timeout])
    return { result, counters: ctx.counters, requestId }
  } finally {
    clearTimeout(timer)
  }
}
