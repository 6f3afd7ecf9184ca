// Runs cloud functions in-process, each call under its own caller context (OPENID) and time limit, the way
// CloudBase runs them: `main(event, context)`, timeout from the function's config.json (default 3 s).
import fs from 'fs'
import path from 'path'
import { randomBytes } from 'crypto'
import { callContext, runAs, type CallCounters } from './context'

export interface Invocation {
  result: unknown
  counters: CallCounters
  requestId: string
}
type Main = (event: unknown, context: unknown) => unknown
const NAME_RE = /^[A-Za-z0-9_-]{1,60}$/

export class FunctionError extends Error {
  constructor(
    readonly errCode: number,
    message: string
  ) {
    super(message)
  }
}

/** Why a function cannot run: not built (-504001) or its module/config failed to load (-504002). */
export interface LoadProblem {
  name: string
  errCode: number
  reason: string
}

export class FunctionRuntime {
  private cache = new Map<string, { main: Main; timeoutMs: number }>()

  constructor(
    readonly functionsDir: string,
    private timeoutScale = Number(process.env.LOCALCLOUD_TIMEOUT_SCALE ?? 1)
  ) {}

  /**
   * The functions this folder holds: every sub-folder with function sources, a package.json, a config.json or a
   * bundle. These are what /api/health waits for (a folder with sources but no index.js is "not built").
   */
  listFunctions(): string[] {
    if (!fs.existsSync(this.functionsDir)) return []
    return fs
      .readdirSync(this.functionsDir, { withFileTypes: true })
      .filter((d) => (d.isDirectory() || d.isSymbolicLink()) && d.name !== 'node_modules' && NAME_RE.test(d.name))
      .filter((d) => ['index.js', 'package.json', 'config.json', 'src/index.ts'].some((f) => fs.existsSync(path.join(this.functionsDir, d.name, f))))
      .map((d) => d.name)
      .sort()
  }

  /** Loads every function (cached ones cost nothing) and returns those that cannot run, with why. */
  problems(): LoadProblem[] {
    const out: LoadProblem[] = []
    for (const name of this.listFunctions()) {
      try {
        this.load(name)
      } catch (e) {
        out.push({ name, errCode: e instanceof FunctionError ? e.errCode : -504002, reason: (e as Error).message })
      }
    }
    return out
  }

  /**
   * Only successful loads are cached: a function that is missing or throws while loading is tried again on the
   * next call, so rebuilding it (npm run build:functions) heals a running gateway. Node does not keep a module
   * whose top level threw in require.cache, so the retry really re-runs it.
   */
  private load(name: string): { main: Main; timeoutMs: number } {
    if (!NAME_RE.test(name)) throw new FunctionError(-504001, `function name invalid: ${name}`)
    const cached = this.cache.get(name)
    if (cached) return cached
    const dir = path.join(this.functionsDir, name)
    const entry = path.join(dir, 'index.js')
    if (!fs.existsSync(entry))
      throw new FunctionError(
        -504001,
        `FunctionName parameter could not be found: ${name} (${path.relative(process.cwd(), entry) || entry} is not built: run npm run build:functions)`
      )
    let loaded: { main: Main; timeoutMs: number }
    try {
      const configFile = path.join(dir, 'config.json')
      const config = fs.existsSync(configFile) ? JSON.parse(fs.readFileSync(configFile, 'utf8')) : {}
      const mod = require(entry)
      if (typeof mod?.main !== 'function') throw new Error('index.js exports no main function')
      loaded = { main: mod.main as Main, timeoutMs: Number(config.timeout ?? 3) * 1000 * this.timeoutScale }
    } catch (e) {
      delete require.cache[fs.realpathSync(entry)] // a module that loaded but exports no main would stay cached
      throw new FunctionError(-504002, `${name} failed to load: ${(e as Error)?.message ?? String(e)}`)
    }
    this.cache.set(name, loaded)
    return loaded
  }

  /** Never throws synchronously: a missing or unloadable function is a rejected promise like any other failure. */
  async invoke(name: string, event: unknown, openid: string, source = 'wx_client'): Promise<Invocation> {
    const { main, timeoutMs } = this.load(name)
    return invokeMain(main, event, openid, { name, timeoutMs, source })
  }
}

/** Calls a function's `main` as `openid`; rejects with -504003 when it runs past its time limit. */
export async function invokeMain(
  main: Main,
  event: unknown,
  openid: string,
  opts: { name?: string; timeoutMs?: number; source?: string } = {}
): Promise<Invocation> {
  const ctx = callContext(openid, opts.source)
  const requestId = randomBytes(8).toString('hex')
  const context = {
    request_id: requestId,
    function_name: opts.name ?? 'local',
    namespace: ctx.wx.ENV,
    time_limit_in_ms: opts.timeoutMs ?? 3000,
    memory_limit_in_mb: 256
  }
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new FunctionError(-504003, `Invoking task timed out after ${(opts.timeoutMs ?? 3000) / 1000} seconds`)),
      opts.timeoutMs ?? 3000
    )
  })
  try {
    const result = await Promise.race([runAs(ctx, async () => main(event, context)), timeout])
    return { result, counters: ctx.counters, requestId }
  } finally {
    clearTimeout(timer)
  }
}
