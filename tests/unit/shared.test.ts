// Pure shared code: error codes, time helpers, contracts, the database manifest.
import { execFileSync } from 'child_process'
import path from 'path'
import { AppError, ERROR_MESSAGES, messageFor } from '../../src/shared/errors'
import { formatMinutes, formatShanghai, minutesBetween, shanghaiDay, toUtcIso } from '../../src/shared/time'
import { contracts } from '../../src/shared/contracts'
import { MANIFEST } from '../../src/shared/db/manifest'
import { formatPlan } from '../../localcloud/src/plan'

describe('error codes', () => {
  it('has a Chinese message for every code', () => {
    for (const [code, message] of Object.entries(ERROR_MESSAGES)) {
      expect(code).toMatch(/^[A-Z_]+$/)
      expect(message).toMatch(/[\u4e00-\u9fa5]/)
    }
  })

  it('falls back to the INTERNAL message for an unknown code', () => {
    expect(messageFor('NO_SUCH_CODE')).toBe(ERROR_MESSAGES.INTERNAL)
  })

  it('serialises AppError with fields only when present', () => {
    expect(new AppError('FORBIDDEN').toJSON()).toEqual({ code: 'FORBIDDEN', message: '您没有权限执行此操作' })
    expect(new AppError('BAD_INPUT', { phone: '手机号格式不正确' }).toJSON().fields).toEqual({ phone: '手机号格式不正确' })
  })
})

describe('time helpers', () => {
  it('shows UTC instants in China Standard Time', () => {
    expect(formatShanghai('2026-01-31T16:30:00Z')).toBe('2026-02-01 00:30')
    expect(shanghaiDay('2026-06-30T15:59:59Z')).toBe('2026-06-30')
    expect(shanghaiDay('2026-06-30T16:00:00Z')).toBe('2026-07-01')
  })

  it('stores ISO UTC and counts whole minutes', () => {
    expect(toUtcIso(new Date(Date.UTC(2026, 0, 1, 8)))).toBe('2026-01-01T08:00:00.000Z')
    expect(minutesBetween('2026-01-01T08:00:00Z', '2026-01-01T09:29:59Z')).toBe(89)
  })

  it('formats minutes as hours and minutes in Chinese', () => {
    expect(formatMinutes(45)).toBe('45分钟')
    expect(formatMinutes(120)).toBe('2小时')
    expect(formatMinutes(150)).toBe('2小时30分钟')
    expect(formatMinutes(-90)).toBe('-1小时30分钟')
  })
})

describe('contracts', () => {
  it('gives every action an input and an output schema', () => {
    for (const [name, c] of Object.entries(contracts)) {
      expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/)
      expect(typeof c.input.safeParse).toBe('function')
      expect(typeof c.output.safeParse).toBe('function')
    }
  })

  it('parses without code generation (the mini-program runtime forbids new Function)', () => {
    const script = `
      require('tsx/cjs')
      const { contracts } = require('./src/shared/contracts')
      const ok = contracts['users.me'].output.safeParse({ id: 'a', nickname: '王', avatarUrl: null, roles: ['resident'], community: null, uploadKey: 'k', createdAt: 'x', consent: null, privacyVersion: '2026-11-23' })
      const bad = contracts['system.ping'].input.safeParse({ echo: 1 })
      let evalBlocked = false
      try { new Function('return 1') } catch { evalBlocked = true }
      const jitless = require('zod').config().jitless
      console.log(JSON.stringify({ ok: ok.success, bad: bad.success, message: bad.error.issues[0].message, evalBlocked, jitless }))`
    const out = execFileSync(process.execPath, ['--disallow-code-generation-from-strings', '-e', script], { cwd: path.resolve(__dirname, '../..') }).toString()
    const result = JSON.parse(out.trim().split('\n').pop()!)
    expect(result).toEqual({ ok: true, bad: false, message: expect.stringMatching(/[\u4e00-\u9fa5]/), evalBlocked: true, jitless: true })
  })
})

describe('database manifest', () => {
  it('denies direct client access to every collection', () => {
    for (const c of MANIFEST) expect(c.rule).toEqual({ read: false, write: false })
  })

  it('prints a deploy plan naming every collection, index and rule', () => {
    const plan = formatPlan(MANIFEST)
    for (const c of MANIFEST) {
      expect(plan).toContain(`\`${c.name}\``)
      for (const i of c.indexes) expect(plan).toContain(`\`${i.name}\``)
    }
    expect(plan).toContain('2dsphere')
    expect(plan).toContain('唯一 unique')
  })
})
