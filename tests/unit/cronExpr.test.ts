// The local timers' cron matcher (WeChat 7-field format, UTC+8) and the scheduler around it: due triggers run
// once per matching second, never two runs of one trigger at once.
import fs from 'fs'
import os from 'os'
import path from 'path'
import { cronMatches, parseCron, readTriggers, startTimers } from '../../localcloud/src/timers'

/** A moment given in China time (UTC+8), whatever the machine's zone. */
const cn = (iso: string) => new Date(`${iso}+08:00`)

describe('cronMatches', () => {
  it('matches every minute at second 0 only', () => {
    expect(cronMatches('0 * * * * * *', cn('2025-03-04T10:15:00'))).toBe(true)
    expect(cronMatches('0 * * * * * *', cn('2025-03-04T10:15:01'))).toBe(false)
  })

  it('reads the hour in China time: 02:30 nightly is 18:30 UTC the day before', () => {
    expect(cronMatches('0 30 2 * * * *', cn('2025-03-04T02:30:00'))).toBe(true)
    expect(cronMatches('0 30 2 * * * *', new Date('2025-03-03T18:30:00Z'))).toBe(true)
    expect(cronMatches('0 30 2 * * * *', new Date('2025-03-04T02:30:00Z'))).toBe(false)
  })

  it('supports comma lists, */n, a/n and ranges', () => {
    expect(cronMatches('0 0 10,14,16 * * * *', cn('2025-03-04T14:00:00'))).toBe(true)
    expect(cronMatches('0 0 10,14,16 * * * *', cn('2025-03-04T15:00:00'))).toBe(false)
    expect([0, 5, 55].map((s) => cronMatches('*/5 * * * * * *', cn(`2025-03-04T10:00:${String(s).padStart(2, '0')}`)))).toEqual([true, true, true])
    expect(cronMatches('*/5 * * * * * *', cn('2025-03-04T10:00:07'))).toBe(false)
    expect(cronMatches('0 1/10 * * * * *', cn('2025-03-04T10:21:00'))).toBe(true)
    expect(cronMatches('0 1/10 * * * * *', cn('2025-03-04T10:20:00'))).toBe(false)
    expect(cronMatches('0 */30 9-17 * * * *', cn('2025-03-04T17:30:00'))).toBe(true)
    expect(cronMatches('0 */30 9-17 * * * *', cn('2025-03-04T18:00:00'))).toBe(false)
  })

  it('knows months, weekdays (0 = Sunday, names too) and years', () => {
    // 2025-03-02 is a Sunday.
    expect(cronMatches('0 0 12 * * 0 *', cn('2025-03-02T12:00:00'))).toBe(true)
    expect(cronMatches('0 0 12 * * SUN *', cn('2025-03-02T12:00:00'))).toBe(true)
    expect(cronMatches('0 15 10 * * MON-FRI *', cn('2025-03-02T10:15:00'))).toBe(false)
    expect(cronMatches('0 15 10 * * MON-FRI *', cn('2025-03-03T10:15:00'))).toBe(true)
    expect(cronMatches('0 0 2 1 JAN * *', cn('2025-01-01T02:00:00'))).toBe(true)
    expect(cronMatches('0 0 2 1 * * 2026', cn('2025-01-01T02:00:00'))).toBe(false)
  })

  it('matches day OR weekday when both are restricted, as the platform does', () => {
    // The 15th (a Saturday in March 2025) or any Monday.
    expect(cronMatches('0 0 8 15 * 1 *', cn('2025-03-15T08:00:00'))).toBe(true)
    expect(cronMatches('0 0 8 15 * 1 *', cn('2025-03-17T08:00:00'))).toBe(true)
    expect(cronMatches('0 0 8 15 * 1 *', cn('2025-03-18T08:00:00'))).toBe(false)
  })

  it('refuses what it does not understand rather than never firing', () => {
    expect(() => parseCron('0 * * * * *')).toThrow(/7 fields/)
    expect(() => parseCron('60 * * * * * *')).toThrow(/second/)
    expect(() => parseCron('0 * * * * L *')).toThrow(/week/)
    expect(() => parseCron('*/0 * * * * * *')).toThrow(/step/)
  })
})

describe('timers', () => {
  it("reads the cron function's triggers from its config.json", () => {
    const triggers = readTriggers(path.resolve('cloudfunctions'))
    expect(triggers.filter((t) => t.fn === 'cron').map((t) => `${t.name}=${t.config}`)).toContain('everyMinute=0 * * * * * *')
  })

  // WeChat 定时触发器: "triggers 字段是触发器数组，目前仅支持一个触发器，即数组只能填写一个，不可添加多个" — a second
  // entry is not deployed, so its jobs would silently never run in production.
  it('declares at most one timer trigger per function, as the platform accepts', () => {
    const triggers = readTriggers(path.resolve('cloudfunctions'))
    const perFunction = Object.fromEntries([...new Set(triggers.map((t) => t.fn))].map((fn) => [fn, triggers.filter((t) => t.fn === fn).map((t) => t.name)]))
    for (const [fn, names] of Object.entries(perFunction)) expect({ fn, names: names.slice(0, 1) }).toEqual({ fn, names })
  })

  it('fires each due trigger once per matching second with the Timer event, and never overlaps runs', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timers-'))
    fs.mkdirSync(path.join(dir, 'job'))
    fs.writeFileSync(path.join(dir, 'job', 'config.json'), JSON.stringify({ triggers: [{ name: 'tick', type: 'timer', config: '*/2 * * * * * *' }] }))
    let clock = cn('2025-03-04T10:00:00').getTime()
    const calls: any[] = []
    const pending: Array<() => void> = []
    const invoke = (name: string, event: any, openid: string) => {
      calls.push({ name, event, openid })
      return new Promise<any>((resolve) => pending.push(() => resolve({ result: 'ok', counters: {}, requestId: 'r' })))
    }
    const settle = () => new Promise((r) => setTimeout(r, 30)) // several 5 ms ticks
    const stop = startTimers({ runtime: { invoke } as any }, { functionsDir: dir, now: () => new Date(clock), tickMs: 5 })
    try {
      await settle()
      expect(calls).toEqual([]) // 10:00:00 was the start, not a tick
      clock += 2000
      await settle()
      expect(calls).toEqual([{ name: 'job', event: { Type: 'Timer', TriggerName: 'tick', Time: '2025-03-04T02:00:02Z' }, openid: '' }])
      clock += 2000 // due again while the first run is still going: skipped
      await settle()
      expect(calls).toHaveLength(1)
      pending.shift()!()
      await settle()
      clock += 3000 // 10:00:05–07: only :06 is due
      await settle()
      expect(calls.map((c) => c.event.Time)).toEqual(['2025-03-04T02:00:02Z', '2025-03-04T02:00:06Z'])
    } finally {
      stop()
    }
  })
})
