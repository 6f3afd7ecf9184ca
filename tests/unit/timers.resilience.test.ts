// Issue 14 item 2, in process: whatever a timer's function does, the timer logs one JSON line per failed firing,
// fires again at its next due second, and nothing escapes as an exception or an unhandled rejection (either would
// take the gateway process down). Driven by a fake clock: each test moves it and waits for the outcome.
import fs from 'fs'
import os from 'os'
import path from 'path'
import { FunctionRuntime } from '../../localcloud/src/runtime'
import { startTimers } from '../../localcloud/src/timers'

const cn = (iso: string) => new Date(`${iso}+08:00`).getTime()
const every2s = { triggers: [{ name: 'tick', type: 'timer', config: '*/2 * * * * * *' }] }

/** A functions folder: each entry is a function name → its index.js source (null: config.json only, never built). */
function functionsDir(fns: Record<string, string | null>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timers-resilience-'))
  for (const [name, source] of Object.entries(fns)) {
    fs.mkdirSync(path.join(dir, name))
    fs.writeFileSync(path.join(dir, name, 'config.json'), JSON.stringify(every2s))
    if (source !== null) fs.writeFileSync(path.join(dir, name, 'index.js'), source)
  }
  return dir
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setImmediate(r))
}

let errors: string[]
let unhandled: unknown[]
const onUnhandled = (e: unknown) => unhandled.push(e)
beforeEach(() => {
  errors = []
  unhandled = []
  jest.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line))
  process.on('unhandledRejection', onUnhandled)
})
afterEach(() => {
  jest.restoreAllMocks()
  process.off('unhandledRejection', onUnhandled)
})

it('logs one line per firing for a missing, a broken-at-load, a throwing and a rejecting function, and fires them again', async () => {
  const dir = functionsDir({
    missing: null,
    broken: "throw new Error('broken at load')",
    throws: "exports.main = () => { throw new Error('thrown synchronously') }",
    rejects: "exports.main = async () => { throw new Error('rejected') }"
  })
  let clock = cn('2025-03-04T10:00:00')
  const stop = startTimers({ runtime: new FunctionRuntime(dir) }, { now: () => new Date(clock), tickMs: 2 })
  try {
    const lines = () => errors.map((l) => JSON.parse(l))
    for (const second of [2, 4]) {
      clock = cn(`2025-03-04T10:00:0${second}`)
      await until(() => lines().length === 4 * (second / 2))
    }
    const byTimer = (timer: string) =>
      lines()
        .filter((l) => l.timer === timer)
        .map((l) => `${l.time} ${l.errCode ?? ''} ${l.error}`)
    expect(byTimer('missing/tick')).toEqual([
      expect.stringMatching(/^2025-03-04T02:00:02Z -504001 FunctionName parameter could not be found: missing/),
      expect.stringMatching(/^2025-03-04T02:00:04Z -504001 FunctionName parameter could not be found: missing/)
    ])
    expect(byTimer('broken/tick')).toEqual([
      '2025-03-04T02:00:02Z -504002 broken failed to load: broken at load',
      '2025-03-04T02:00:04Z -504002 broken failed to load: broken at load'
    ])
    expect(byTimer('throws/tick')).toEqual(['2025-03-04T02:00:02Z  thrown synchronously', '2025-03-04T02:00:04Z  thrown synchronously'])
    expect(byTimer('rejects/tick')).toEqual(['2025-03-04T02:00:02Z  rejected', '2025-03-04T02:00:04Z  rejected'])
    expect(unhandled).toEqual([])
  } finally {
    stop()
  }
})

it('survives a runtime whose invoke throws synchronously and an onRun hook that throws', async () => {
  const dir = functionsDir({ job: null })
  let clock = cn('2025-03-04T10:00:00')
  let calls = 0
  const invoke = () => {
    calls++
    throw new Error('invoke threw synchronously') // what FunctionRuntime.load used to do for a missing function
  }
  const onRun = () => {
    throw new Error('hook failed')
  }
  const stop = startTimers({ runtime: { invoke } as unknown as FunctionRuntime }, { functionsDir: dir, now: () => new Date(clock), tickMs: 2, onRun })
  try {
    clock = cn('2025-03-04T10:00:02')
    await until(() => errors.length === 2)
    clock = cn('2025-03-04T10:00:04')
    await until(() => errors.length === 4)
    expect(calls).toBe(2)
    expect(errors.map((l) => JSON.parse(l).error)).toEqual(['invoke threw synchronously', 'hook failed', 'invoke threw synchronously', 'hook failed'])
    expect(unhandled).toEqual([])
  } finally {
    stop()
  }
})

it('skips a function whose config.json cannot be parsed, logging it, and runs the others', async () => {
  const dir = functionsDir({ good: 'exports.main = async (event) => event.Time' })
  fs.mkdirSync(path.join(dir, 'garbled'))
  fs.writeFileSync(path.join(dir, 'garbled', 'config.json'), '{ not json')
  let clock = cn('2025-03-04T10:00:00')
  const ran: unknown[] = []
  const stop = startTimers({ runtime: new FunctionRuntime(dir) }, { now: () => new Date(clock), tickMs: 2, onRun: (_t, o) => ran.push(o.result) })
  try {
    expect(errors.map((l) => JSON.parse(l).timer)).toEqual(['garbled/config.json'])
    clock = cn('2025-03-04T10:00:02')
    await until(() => ran.length === 1)
    expect(ran).toEqual(['2025-03-04T02:00:02Z'])
  } finally {
    stop()
  }
})
